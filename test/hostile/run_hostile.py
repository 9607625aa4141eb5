#!/usr/bin/env python3
"""hostile.inputs: the analyzer on extreme and broken programs (docs/limits.md).

For each case of gen_hostile.py, runs
  - the `taskgroup-tidy` driver with every check (`--checks=-*,taskgroup-*`), and
  - `taskgroup inspect` (the static model, text form),
and fails unless each run
  - ends within the case's bound (seconds, times --time-scale for slow builds such as ASan),
  - exits normally with an expected status (0, or 1 for a file that does not compile or,
    for the driver, when the output holds an error), never by a signal or a crash report,
  - prints each expected line (a regular expression) and none of the forbidden ones.

    run_hostile.py --tidy build/tool/taskgroup-tidy --cli build/tool/taskgroup \\
                   --include include --work-dir DIR [--time-scale 4] [CASE...]
"""
import argparse
import os
import re
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen_hostile  # noqa: E402

# Per case: bound in seconds (per run, Release build, one core of the project's machine; the
# parse alone takes 5-10 s of it), the exit statuses allowed, and per tool the patterns that
# must appear ("tidy", "inspect"), or must not ("tidy!", "inspect!").
EXPECT = {
    "nesting_1000": dict(bound=45, exit=(0,), tidy=[
        r"warning: group 'n3' is nested 4 levels deep, more than 3 \(n0 > n1 > n2 > n3\) \[taskgroup-excessive-nesting\]",
        r"warning: group 'n999' is nested 1000 levels deep, more than 3",
        r"warning: group 'n1' has a single child, group 'n2'.*\[taskgroup-single-purpose\]",
    ], inspect=[r"^ {2002}empty leaf  @ .*nesting_1000\.cpp:1006:", r"group n999 \(prefix_group_id=false\)  @"]),
    # the scoped form is inlined calls: past --max-call-depth (16) the rest is not modelled
    "nesting_lambdas": dict(bound=45, exit=(0,), tidy=[
        r"warning: group 's14' is nested 15 levels deep, more than 3",
        r"warning: DAG 'deep_scoped' is modelled only in part: the lambda is not followed: calls nest past the call depth limit.*\[taskgroup-id-conflict\]",
    ], inspect=[r"group s14 \(prefix_group_id=false\)  @",
                r"unknown: the lambda is not followed: calls nest past the call depth limit, so what it creates is not modelled \(--max-call-depth\)  @ .*nesting_lambdas\.cpp:"], **{"inspect!": [r"group s15 "]}),
    "id_1mb": dict(bound=45, exit=(0,), tidy=[
        r"warning: task id 'a{20}a*' is 1048576 characters long; the limit is 250: the runtime refuses the DAG \(InvalidId\) \[taskgroup-id-misuse\]",
        r"warning: group '\{\?\}' is empty.*the group's id is built at run time \[taskgroup-single-purpose\]",
    ], inspect=[r"task a{1048576}  @"]),
    "loop_1e9": dict(bound=45, exit=(0,), tidy=[
        r"warning: task id 'same' is created on every iteration of a loop.*\[taskgroup-id-conflict\]",
    ], inspect=[r"task t_\{\?\} \(dynamic\) \(conditional\)  @", r"empty t_63  @|task t_63  @",
                r"empty nest\.x_\{\?\}_\{\?\} \(dynamic\) \(conditional\)  @",
                r"error: DuplicateTaskIdFound: Task id 'same' has already been added to the DAG"],
        **{"inspect!": [r"t_64  @"]}),
    # mutual recursion: cut at --max-call-depth (16 inlined calls per path)
    "mutual_recursion": dict(bound=45, exit=(0,), tidy=[
        r"warning: group 'even_1000000\.odd_999999\.even_999998\.odd_999997\.even_999996' is nested 5 levels deep",
        r"warning: DAG 'mutual' is modelled only in part: even is not followed: calls nest past the call depth limit",
        r"warning: DAG 'mutual' is modelled only in part: forever is not followed: it recurses past the recursion limit",
    ], inspect=[r"group even_1000000  @", r"\.odd_999987  @", r"group again \(conditional\)  @",
                r"unknown: forever is not followed: it recurses past the recursion limit, so what it creates is not modelled \(--max-recursion\)"],
        **{"inspect!": [r"even_999986"]}),
    "macro_groups": dict(bound=45, exit=(0,), tidy=[
        r"warning: group id 'root\.m7' is already used.*cannot be fixed automatically.*macro.*\[taskgroup-id-conflict\]",
    ], inspect=[r"group root\.m299  @", r"empty root\.t2  @"]),
    "template_groups": dict(bound=45, exit=(0,), tidy=[
        r"warning: group id 'sibs\.a' is already used.*\[taskgroup-id-conflict\]",
        r"warning: group 'l12\.l11\.l10\.l9' is nested 4 levels deep",
    ], inspect=[r"group l12\.l11\.l10\.l9\.l8\.l7\.l6\.l5\.l4\.l3\.l2\.l1\.l0  @",
                r"error: DuplicateTaskIdFound: group_id 'a' has already been added to the DAG",
                # each Stage<I>::add is another function: cut at --max-call-depth
                r"group stages\.stage27  @",
                r"unknown: Stage<26>::add is not followed: calls nest past the call depth limit"],
        **{"inspect!": [r"group stages\.stage26 "]}),
    "compile_errors": dict(bound=45, exit=(1,), tidy=[
        r"error: use of undeclared identifier 'undeclared' \[clang-diagnostic-error\]",
        r"error: variable has incomplete type 'Incomplete' \[clang-diagnostic-error\]",
    ], inspect=[r"dag broken  @", r"empty g\.before  @"]),
    "non_utf8": dict(bound=45, exit=(0,), tidy=[
        r"warning: task id 'caf.*' contains byte 0xE9 \(not UTF-8\) and byte 0xFF \(not UTF-8\), which are not allowed in a task id.*\[taskgroup-id-misuse\]",
        r"warning: group id 'grp.*' contains byte 0xC0 \(not UTF-8\) and byte 0xAF \(not UTF-8\).*\[taskgroup-id-misuse\]",
        r"warning: task id '.*' contains byte 0xFE \(not UTF-8\) and byte 0x80 \(not UTF-8\)",
        r"warning: ui_color '#.*' of group 'grp.*' is not a CSS colour.*\[taskgroup-ui-params\]",
    ], inspect=[r"dag bytes  @", r"empty ok -> "]),
    # one expression 5000 operands deep: evaluation stops 1000 levels down (it overflowed the
    # stack before), so the innermost edges (t0 >> t1 ...) are unknown, and the cut is said
    "long_chain": dict(bound=45, exit=(0,), tidy=[
        r"long_chain\.cpp:5006:3: warning: the translation unit is modelled only in part: the expression nests deeper than 1000 operands: the inner ones are not evaluated, so the groups, tasks and dependencies they make are not modelled; id conflicts past this point are not found \[taskgroup-id-conflict\]",
    ], inspect=[
        r"empty t4998 -> t4999  @", r"empty t4100 -> t4101  @",
        r"^unknown: the expression nests deeper than 1000 operands: .* not modelled  @ .*long_chain\.cpp:5006:3$"],
        **{"inspect!": [r"empty t0 -> t1  @"]}),
    # a DAG factory recursing without a DAG to hand on: the cut belongs to no DAG
    "dag_recursion": dict(bound=45, exit=(0,), tidy=[
        r"warning: the translation unit is modelled only in part: make_dag is not followed: it recurses past the recursion limit, so what it creates is not modelled \(--max-recursion\)",
    ], inspect=[r"^unknown: make_dag is not followed: it recurses past the recursion limit.*  @ .*dag_recursion\.cpp:"]),
    # the step bound (--max-steps) met in the library's own code: the cut is placed at the
    # program's call that led there
    "step_limit": dict(bound=45, exit=(0,), tidy=[], inspect_args=["--max-steps=300"], inspect=[
        r"^unknown: the translation unit reaches the evaluation limit: later expressions are not evaluated, so what they create is not modelled \(--max-steps\)  @ .*step_limit\.cpp:\d+:\d+$",
        r"empty t0  @"], **{"tidy!": [r"modelled only in part"], "inspect!": [r"empty t99  @"]}),
    "many_siblings": dict(bound=45, exit=(0,), tidy=[
        r"warning: group id 'parent\.g17' is already used.*\[taskgroup-id-conflict\]",
    ], inspect=[r"group parent\.g2999  @"]),
    "max_nodes": dict(bound=45, exit=(0,), tidy=[
        r"warning: DAG 'huge' is modelled only in part: the DAG reaches the node limit: later groups and tasks are not modelled \(--max-nodes\)",
    ], inspect=[r"empty e19998  @", r"unknown: the DAG reaches the node limit.*  @ .*max_nodes\.cpp:"],
                      **{"inspect!": [r"empty e19999  @", r"empty e24999  @"]}),
    "fork_explosion": dict(bound=45, exit=(0,), tidy=[
        r"warning: task id 'a0' is already used.*\[taskgroup-id-conflict\]",
    ], inspect=[r"empty a39 \(conditional\)  @|empty a39 .*conditional", r"empty b0 "]),
}

CRASH = re.compile(r"PLEASE submit a bug report|Stack dump:|Segmentation fault|"
                   r"ERROR: AddressSanitizer|ERROR: LeakSanitizer|runtime error:|"
                   r"UndefinedBehaviorSanitizer|terminate called|Assertion .* failed")


def run(cmd, timeout):
    start = time.monotonic()
    try:
        r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout)
        status = r.returncode
        out = r.stdout.decode("utf-8", "replace") + "\n" + r.stderr.decode("utf-8", "replace")
    except subprocess.TimeoutExpired:
        status, out = None, ""
    return status, out, time.monotonic() - start


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--tidy", required=True, help="the taskgroup-tidy driver")
    ap.add_argument("--cli", required=True, help="the taskgroup command")
    ap.add_argument("--include", required=True, help="the library's include directory")
    ap.add_argument("--work-dir", required=True)
    ap.add_argument("--time-scale", type=float,
                    default=float(os.environ.get("TASKGROUP_HOSTILE_TIME_SCALE", "1")),
                    help="multiply every bound (sanitizer builds are slower)")
    ap.add_argument("--show", action="store_true", help="print each run's output (first 3000 chars)")
    ap.add_argument("--tools", default="tidy,inspect", help="which runs (default: tidy,inspect)")
    ap.add_argument("cases", nargs="*")
    args = ap.parse_args()

    names = args.cases or list(EXPECT)
    paths = gen_hostile.write(args.work_dir, names)
    flags = ["-std=c++20", "-I" + args.include]
    failures = []
    print("%-18s %-8s %8s %6s  %s" % ("case", "tool", "seconds", "exit", "result"))
    for name in names:
        e = EXPECT[name]
        bound = e["bound"] * args.time_scale
        src = paths[name]
        runs = {
            "tidy": [args.tidy, "--checks=-*,taskgroup-*", src, "--"] + flags,
            "inspect": [args.cli, "inspect", src] + e.get("inspect_args", []) + ["--"] + flags,
        }
        for tool, cmd in runs.items():
            if tool not in args.tools.split(","):
                continue
            status, out, secs = run(cmd, bound)
            with open(os.path.join(args.work_dir, "%s.%s.out" % (name, tool)), "w") as f:
                f.write(out)   # kept for a failure's diagnosis
            problems = []
            if status is None:
                problems.append("did not finish within %.0f s" % bound)
            else:
                if status < 0:
                    problems.append("killed by signal %d" % -status)
                elif status not in e["exit"]:
                    problems.append("exit %d, expected %s" % (status, " or ".join(map(str, e["exit"]))))
                crash = CRASH.search(out)
                if crash:
                    problems.append("crash report: %r" % out[max(0, crash.start() - 200):crash.start() + 800])
                for pattern in e.get(tool, []):
                    if not re.search(pattern, out, re.M):
                        problems.append("missing /%s/" % pattern)
                for pattern in e.get(tool + "!", []):
                    if re.search(pattern, out, re.M):
                        problems.append("unexpected /%s/" % pattern)
            print("%-18s %-8s %8.1f %6s  %s" % (name, tool, secs, "-" if status is None else status,
                                                 "ok" if not problems else "FAIL"), flush=True)
            if args.show:
                print(out[:3000])
            for p in problems:
                failures.append("%s (%s): %s" % (name, tool, p))
    for f in failures:
        print("FAIL " + f, file=sys.stderr)
    print("hostile.inputs: %d cases, %d runs, %d failures" % (len(names), 2 * len(names), len(failures)))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
