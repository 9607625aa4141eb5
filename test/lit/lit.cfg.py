"""lit configuration for taskgroup-tidy's clang-tidy check tests.

Loaded by the lit.site.cfg.py that test/lit/CMakeLists.txt generates in the
build tree, which sets the config.taskgroup_* paths used here.

Substitutions:
  %check_clang_tidy        check_clang_tidy.py through every taskgroup front end:
                           `plugin` (clang-tidy-22 --load=libTaskGroupTidy.so) and
                           `driver` (taskgroup-tidy); TASKGROUP_TIDY_FRONT_ENDS
                           in the environment restricts them. With the library's
                           precompiled header (--pch-dir, under the build tree).
  %check_clang_tidy_stock  check_clang_tidy.py through stock clang-tidy-22 only
                           (front end `stock`, whatever TASKGROUP_TIDY_FRONT_ENDS
                           says), for the runner's self-tests.
  %check_clang_tidy_runner check_clang_tidy.py with no front end: give them with
                           --front-end=name=command (runner self-tests).
  %clang_tidy              clang-tidy-22.
"""

import os
import shlex

import lit.formats

if not hasattr(config, "taskgroup_lit_binary_dir"):
    lit_config.fatal(
        "lit was pointed at the source tree; run it on the build tree instead, "
        "e.g. `lit -sv <build>/test/lit/checks`, where CMake generates lit.site.cfg.py"
    )

config.name = "taskgroup-tidy"
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".cpp"]
config.excludes = ["Inputs"]
config.test_source_root = os.path.dirname(os.path.abspath(__file__))
config.test_exec_root = config.taskgroup_lit_binary_dir

# RUN lines may call FileCheck (and LLVM's other test tools) by name.
config.environment["PATH"] = os.pathsep.join(
    [os.path.dirname(config.taskgroup_filecheck), config.environment["PATH"]]
)
FRONT_ENDS_ENV = "TASKGROUP_TIDY_FRONT_ENDS"
# The front-end list, and in a sanitizer build the sanitizers' options (.ci/sanitize).
for name in (FRONT_ENDS_ENV, "ASAN_OPTIONS", "UBSAN_OPTIONS"):
    if os.environ.get(name):
        config.environment[name] = os.environ[name]


def runner_command(front_ends, pch=False):
    """The shell words running check_clang_tidy.py with these (name, command) front ends;
    `pch`: with the library's precompiled headers, kept in the build tree."""
    words = [
        config.taskgroup_python,
        os.path.join(config.test_source_root, "check_clang_tidy.py"),
        "--filecheck=" + config.taskgroup_filecheck,
        "--clangxx=" + config.taskgroup_clangxx,
        "--include-dir=" + config.taskgroup_include_dir,
    ]
    if pch:
        words.append("--pch-dir=" + os.path.join(config.taskgroup_lit_binary_dir, "pch"))
    words += ["--front-end=%s=%s" % (name, shlex.join(command)) for name, command in front_ends]
    return " ".join(shlex.quote(word) for word in words)


plugin_preload = []
if getattr(config, "taskgroup_plugin_preload", ""):
    plugin_preload = ["env", "LD_PRELOAD=" + config.taskgroup_plugin_preload]
taskgroup_front_ends = []
if config.taskgroup_plugin and config.taskgroup_driver:
    taskgroup_front_ends = [
        ("plugin", plugin_preload + [config.taskgroup_clang_tidy, "--load=" + config.taskgroup_plugin]),
        ("driver", [config.taskgroup_driver]),
    ]

# Longer names first: lit applies substitutions in order.
config.substitutions.append(("%check_clang_tidy_runner", runner_command([])))
config.substitutions.append(
    (
        "%check_clang_tidy_stock",
        "env -u %s %s"
        % (FRONT_ENDS_ENV, runner_command([("stock", [config.taskgroup_clang_tidy])])),
    )
)
config.substitutions.append(
    ("%check_clang_tidy", runner_command(taskgroup_front_ends, pch=True)))
config.substitutions.append(("%clang_tidy", shlex.quote(config.taskgroup_clang_tidy)))
