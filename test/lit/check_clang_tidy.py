#!/usr/bin/env python3
"""Run a clang-tidy lit test through every front end and verify it.

Modelled on LLVM 22's clang-tools-extra/test/clang-tidy/check_clang_tidy.py,
which Debian does not ship, with extra steps of our own.

Usage (from a lit RUN line, where the substitution adds the --front-end,
--filecheck, --clangxx and --include-dir options):

  %check_clang_tidy [-check-suffix=A[,B]] [-std=c++20] [-expect-clang-tidy-error]
                    [-no-fix-roundtrip] [-strict-whitespace-fixes] %s <check-name(s)> %t
                    [-- <clang-tidy args> [-- <extra compile flags>]]

For each front end (and each -std) the runner:
  1. copies the test to <temp>.<front end>.cpp with every `// CHECK-...:` comment
     replaced by `//`, so that line numbers stay the same;
  2. runs `<front end> <copy> -fix --checks=-*,<checks> [clang-tidy args]
     -- -std=<std> -I<include dir> <extra compile flags>`; when the clang-tidy
     args name no config (file) --config={} is added, as upstream does, and when
     they set no --exclude-header-filter the library's include dir is excluded,
     so that -fix never rewrites the library's own headers;
  3. matches CHECK-FIXES against the fixed copy (FileCheck --match-full-lines,
     as upstream: each CHECK-FIXES line must be a whole line of the fixed file,
     leading and trailing whitespace aside; with -strict-whitespace-fixes the
     text after `CHECK-FIXES:` is the whole line, indentation included, for
     fixes whose point is the layout they leave), CHECK-MESSAGES against the output
     (-implicit-check-not='{{warning|error}}:') and CHECK-NOTES against the
     output without its "FIX-IT applied" notes
     (-implicit-check-not='{{note|warning|error}}:');
     a test without CHECK-MESSAGES and CHECK-NOTES lines must make clang-tidy
     report no warning or error at all;
  4. unless -no-fix-roundtrip or -expect-clang-tidy-error, and when fixes were
     applied: compiles the fixed copy with `<clang++> -fsyntax-only`, then runs
     clang-tidy -fix again on it and requires the file to stay byte-identical
     (the fixes are idempotent).

--pch-dir=DIR speeds the runs up: a test whose first line of code includes
<taskgroup/taskgroup.hpp> and whose compile flags define no macro is compiled
with a precompiled header of the library (built once per standard under DIR,
under a lock, again when a header of the library is newer). Parsing the
library and the standard headers is most of each run's time, and the PCH holds
exactly what the test's own #include would read (the include is then skipped).

-check-suffix=A,B selects the prefixes CHECK-MESSAGES-A, CHECK-FIXES-B, ...
exactly as upstream; -std takes a comma-separated list and expands
`c++20-or-later` to every later standard.

The environment variable TASKGROUP_TIDY_FRONT_ENDS (comma-separated front-end
names) restricts the run to some of the front ends given with --front-end.
Every front end is tried even after one has failed; the summary at the end
says which front end failed at which step. The exit status is 0 when all
passed, 1 otherwise.
"""

import argparse
import difflib
import fcntl
import glob
import os
import re
import shlex
import subprocess
import sys
from dataclasses import dataclass
from typing import List, Optional, Sequence, Tuple

FRONT_ENDS_ENV = "TASKGROUP_TIDY_FRONT_ENDS"
DEFAULT_INCLUDE_DIR = os.path.normpath(
    os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "include"))
CPP_STANDARDS = ["c++98", "c++11", "c++14", "c++17", "c++20", "c++23", "c++26"]

# Upstream's rule: a CHECK comment is blanked out up to the end of its line.
CHECK_COMMENT = re.compile(r"// *CHECK-[A-Z0-9\-]*:[^\r\n]*")
# What FileCheck accepts after a prefix: `P:`, `P-NOT:`, `P-COUNT-3:`, ...
DIRECTIVE_TAIL = r"(-(NOT|NEXT|SAME|DAG|LABEL|EMPTY|COUNT-[0-9]+))?:"
DIAGNOSTIC = re.compile(r"\b(warning|error):")
CONFIG_ARG = re.compile(r"^--?config(-file)?=")
EXCLUDE_HEADER_FILTER_ARG = re.compile(r"^--?exclude-header-filter(=|$)")
FIX_IT_NOTE = "note: FIX-IT applied"
LIBRARY_INCLUDE = "#include <taskgroup/taskgroup.hpp>"


class TestFailure(Exception):
    """A test step failed (or the test itself is malformed); the message says why."""


@dataclass(frozen=True)
class FrontEnd:
    """A named clang-tidy front end: a command prefix taking clang-tidy's flags."""

    name: str
    command: List[str]


@dataclass
class Prefixes:
    """The FileCheck prefixes of each kind that the test file uses."""

    fixes: List[str]
    messages: List[str]
    notes: List[str]


def write_file(path: str, text: str) -> None:
    """Write text to path, keeping its line endings as they are."""
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text)


def read_file(path: str) -> str:
    """Read path as UTF-8 text, keeping its line endings as they are."""
    with open(path, "r", encoding="utf-8", newline="") as f:
        return f.read()


def run_command(command: Sequence[str]) -> Tuple[int, str]:
    """Run command, echoing it; return its exit status and its stdout+stderr.

    Raises TestFailure when the command cannot be started (e.g. not built yet).
    """
    print("Running: " + shlex.join(command), flush=True)
    try:
        process = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                 check=False)
    except OSError as error:
        raise TestFailure(f"cannot run {command[0]}: {error.strerror}") from error
    return process.returncode, process.stdout.decode("utf-8", errors="replace")


def print_section(title: str, body: str) -> None:
    """Print body between two rulers, the first one titled."""
    print(f"{'-' * 24} {title} {'-' * max(0, 40 - len(title))}")
    print(body.rstrip("\n"))
    print("-" * 66, flush=True)


def unified_diff(before: str, after: str, before_name: str, after_name: str) -> str:
    """Return the unified diff between two texts."""
    return "".join(difflib.unified_diff(before.splitlines(keepends=True),
                                        after.splitlines(keepends=True),
                                        fromfile=before_name, tofile=after_name))


def uses_prefix(text: str, prefix: str) -> bool:
    """Whether text has a FileCheck directive with exactly this prefix."""
    return re.search(r"\b" + re.escape(prefix) + DIRECTIVE_TAIL, text) is not None


def find_prefixes(text: str, suffixes: Sequence[str]) -> Prefixes:
    """Work out the CHECK-FIXES/-MESSAGES/-NOTES prefixes in use, as upstream does.

    Every suffix must select at least one prefix unless no suffix selects any
    (then the test asserts silence); CHECK-MESSAGES and CHECK-NOTES exclude
    each other for a suffix.
    """
    prefixes = Prefixes([], [], [])
    suffixes_without_checks = []
    for suffix in suffixes:
        if suffix and not re.fullmatch(r"[A-Z0-9\-]+", suffix):
            raise TestFailure('only A..Z, 0..9 and "-" are allowed in check suffixes, '
                              f'but "{suffix}" was given')
        tail = "-" + suffix if suffix else ""
        found = {kind: uses_prefix(text, f"CHECK-{kind.upper()}{tail}")
                 for kind in ("fixes", "messages", "notes")}
        if found["messages"] and found["notes"]:
            raise TestFailure(f"use either CHECK-MESSAGES{tail} or CHECK-NOTES{tail}, not both")
        for kind, present in found.items():
            if present:
                getattr(prefixes, kind).append(f"CHECK-{kind.upper()}{tail}")
        if not any(found.values()):
            suffixes_without_checks.append(tail)
    if suffixes_without_checks and (prefixes.fixes or prefixes.messages or prefixes.notes):
        tail = suffixes_without_checks[0]
        raise TestFailure(f"CHECK-FIXES{tail}, CHECK-MESSAGES{tail} or CHECK-NOTES{tail} "
                          "not found in the input")
    return prefixes


def expand_std(std: str) -> List[str]:
    """Expand `c++NN-or-later` into c++NN and every later C++ standard."""
    base, or_later, _ = std.partition("-or-later")
    if or_later and base in CPP_STANDARDS:
        return CPP_STANDARDS[CPP_STANDARDS.index(base):]
    return [std]


def ere_escape(text: str) -> str:
    """Escape text for a POSIX extended regular expression (llvm::Regex)."""
    return re.sub(r"([.\[\]()*+?{}|^$\\])", r"\\\1", text)


def parse_front_end(text: str) -> FrontEnd:
    """Parse a --front-end value `name=command` (command split like a shell would)."""
    name, equals, command = text.partition("=")
    if not equals or not re.fullmatch(r"[A-Za-z0-9_\-]+", name) or not command.strip():
        raise argparse.ArgumentTypeError(f"expected name=command, got {text!r}")
    return FrontEnd(name, shlex.split(command))


def select_front_ends(offered: Sequence[FrontEnd], restriction: Optional[str]) -> List[FrontEnd]:
    """Keep the offered front ends named in restriction (a comma-separated list), if set."""
    if not offered:
        raise TestFailure("no front end given (--front-end=name=command); when run from "
                          "lit, the TaskGroupTidy and taskgroup-tidy targets are missing "
                          "from this build tree")
    names = [name.strip() for name in (restriction or "").split(",") if name.strip()]
    if not names:
        return list(offered)
    offered_names = [front_end.name for front_end in offered]
    unknown = [name for name in names if name not in offered_names]
    if unknown:
        raise TestFailure(f"{FRONT_ENDS_ENV} names {', '.join(unknown)}, but this test "
                          f"offers only {', '.join(offered_names)}")
    return [front_end for front_end in offered if front_end.name in names]


def split_arguments(argv: Sequence[str]) -> Tuple[List[str], List[str], List[str]]:
    """Split argv at `--` into runner arguments, clang-tidy arguments, compile flags."""
    argv = list(argv)
    if "--" not in argv:
        return argv, [], []
    cut = argv.index("--")
    runner_args, rest = argv[:cut], argv[cut + 1:]
    if "--" not in rest:
        return runner_args, rest, []
    cut = rest.index("--")
    return runner_args, rest[:cut], rest[cut + 1:]


def starts_with_library(text: str) -> bool:
    """Whether the first line of code includes the library (comments and blanks aside)."""
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("//"):
            return line == LIBRARY_INCLUDE
    return False


def library_pch(args: argparse.Namespace, std: str) -> str:
    """The library's precompiled header for one standard, built if missing or stale."""
    os.makedirs(args.pch_dir, exist_ok=True)
    include_dir = os.path.abspath(args.include_dir)
    pch = os.path.join(args.pch_dir, f"taskgroup-{std}.pch")
    headers = glob.glob(os.path.join(include_dir, "**", "*.hpp"), recursive=True)
    newest = max((os.path.getmtime(h) for h in headers), default=0)
    with open(pch + ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # lit runs tests in parallel: one builds it
        if os.path.exists(pch) and os.path.getmtime(pch) >= newest:
            return pch
        header = os.path.join(args.pch_dir, "taskgroup-pch.hpp")
        write_file(header, LIBRARY_INCLUDE + "\n")
        status, output = run_command([args.clangxx, f"-std={std}", "-I" + include_dir,
                                      "-x", "c++-header", header, "-Xclang", "-emit-pch",
                                      "-o", pch + ".tmp"])
        if status != 0:
            raise TestFailure("cannot build the library's precompiled header:\n" + output)
        os.replace(pch + ".tmp", pch)
    return pch


def parse_arguments(argv: Sequence[str]) -> Tuple[argparse.Namespace, List[str], List[str]]:
    """Parse the command line; return the options, clang-tidy args and compile flags."""
    parser = argparse.ArgumentParser(
        prog="check_clang_tidy", description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("input_file_name", help="the test file (%%s)")
    parser.add_argument("check_name", help="the check(s) to enable, comma-separated")
    parser.add_argument("temp_file_name", help="base name for temporary files (%%t)")
    parser.add_argument("-check-suffix", "-check-suffixes", default=[""],
                        type=lambda value: value.split(","),
                        help="comma-separated list of FileCheck prefix suffixes")
    parser.add_argument("-std", default="c++20",
                        help="comma-separated C++ standards; c++NN-or-later expands")
    parser.add_argument("-expect-clang-tidy-error", action="store_true",
                        help="clang-tidy must exit with an error (no fix round trip)")
    parser.add_argument("-no-fix-roundtrip", action="store_true",
                        help="skip compiling the fixed file and the idempotence run")
    parser.add_argument("-strict-whitespace-fixes", action="store_true",
                        help="CHECK-FIXES lines match whitespace exactly: the text after "
                             "the colon is the whole line, indentation included")
    parser.add_argument("--front-end", dest="front_ends", action="append", default=[],
                        type=parse_front_end, metavar="NAME=COMMAND",
                        help="a front end to run the test through; may repeat")
    parser.add_argument("--filecheck", default="FileCheck", help="FileCheck to use")
    parser.add_argument("--clangxx", default="clang++-22",
                        help="compiler for the fixed-file syntax check")
    parser.add_argument("--include-dir", default=DEFAULT_INCLUDE_DIR,
                        help="the library's include directory")
    parser.add_argument("--pch-dir", help="where to keep precompiled headers of the library")
    runner_args, tidy_args, compile_args = split_arguments(argv)
    return parser.parse_args(runner_args), tidy_args, compile_args


class CheckRunner:
    """Runs one test file through front ends and checks each step."""

    def __init__(self, args: argparse.Namespace, tidy_args: List[str],
                 compile_args: List[str]) -> None:
        """Read the test, find its prefixes and complete the clang-tidy arguments."""
        self.args = args
        self.input_text = read_file(args.input_file_name)
        self.prefixes = find_prefixes(self.input_text, args.check_suffix)
        self.cleaned_text = CHECK_COMMENT.sub("//", self.input_text)
        self.tidy_args = list(tidy_args)
        if not any(CONFIG_ARG.match(arg) for arg in tidy_args):
            self.tidy_args.append("--config={}")
        if not any(EXCLUDE_HEADER_FILTER_ARG.match(arg) for arg in tidy_args):
            include_dir = os.path.abspath(args.include_dir)
            self.tidy_args.append(f"--exclude-header-filter=^{ere_escape(include_dir)}/")
        self.compile_args = compile_args
        self.pch_allowed = bool(args.pch_dir) and starts_with_library(self.input_text) and \
            not any(arg.startswith(("-D", "-U", "-include")) for arg in compile_args)

    def compile_flags(self, std: str) -> List[str]:
        """The compile flags for one standard: ours, then the test's."""
        flags = [f"-std={std}", "-I" + os.path.abspath(self.args.include_dir)]
        if self.pch_allowed:
            flags += ["-include-pch", library_pch(self.args, std)]
        return flags + self.compile_args

    def tidy_command(self, front_end: FrontEnd, path: str, std: str) -> List[str]:
        """The clang-tidy -fix command line for path through front_end."""
        return (front_end.command + [path, "-fix", "--checks=-*," + self.args.check_name]
                + self.tidy_args + ["--"] + self.compile_flags(std))

    def filecheck(self, input_path: str, prefixes: Sequence[str], extra: Sequence[str],
                  what: str) -> None:
        """FileCheck input_path against the test file's lines with these prefixes."""
        status, output = run_command([self.args.filecheck, "--input-file=" + input_path,
                                      self.args.input_file_name,
                                      "--check-prefixes=" + ",".join(prefixes), *extra])
        if status != 0:
            print(output, flush=True)
            raise TestFailure(f"{what} do not match")

    def run_clang_tidy(self, front_end: FrontEnd, path: str, std: str) -> str:
        """Run clang-tidy -fix on path; check its exit status; return its output."""
        status, output = run_command(self.tidy_command(front_end, path, std))
        print_section("clang-tidy output", output)
        if self.args.expect_clang_tidy_error and status == 0:
            raise TestFailure("clang-tidy was expected to fail, but exited with 0")
        if not self.args.expect_clang_tidy_error and status != 0:
            raise TestFailure(f"clang-tidy failed with exit status {status}")
        return output

    def check_output(self, output: str, temp: str) -> None:
        """Check the fixed file and clang-tidy's output against the CHECK lines."""
        if not (self.prefixes.messages or self.prefixes.notes):
            if DIAGNOSTIC.search(output):
                raise TestFailure("the test has no CHECK-MESSAGES or CHECK-NOTES lines, "
                                  "so it expects no diagnostics, but clang-tidy reported "
                                  "the ones above")
        if self.prefixes.fixes:
            strict = ["--strict-whitespace"] if self.args.strict_whitespace_fixes else []
            self.filecheck(temp, self.prefixes.fixes, ["--match-full-lines", *strict],
                           "CHECK-FIXES and the fixed file")
        if self.prefixes.messages:
            write_file(temp + ".msg", output)
            self.filecheck(temp + ".msg", self.prefixes.messages,
                           ["-implicit-check-not={{warning|error}}:"],
                           "CHECK-MESSAGES and clang-tidy's output")
        if self.prefixes.notes:
            notes = "\n".join(line for line in output.splitlines() if FIX_IT_NOTE not in line)
            write_file(temp + ".notes", notes)
            self.filecheck(temp + ".notes", self.prefixes.notes,
                           ["-implicit-check-not={{note|warning|error}}:"],
                           "CHECK-NOTES and clang-tidy's output")

    def check_round_trip(self, front_end: FrontEnd, temp: str, std: str) -> None:
        """The fixed file must compile, and fixing it again must change nothing."""
        status, output = run_command([self.args.clangxx, "-fsyntax-only",
                                      *self.compile_flags(std), temp])
        if status != 0:
            print_section("compiler errors in the fixed file", output)
            raise TestFailure("the fixed file does not compile")
        fixed = read_file(temp)
        refixed_path = temp + ".refix.cpp"
        write_file(refixed_path, fixed)
        status, output = run_command(self.tidy_command(front_end, refixed_path, std))
        print_section("clang-tidy output on the fixed file", output)
        if status != 0:
            raise TestFailure(f"clang-tidy on the fixed file failed with exit status {status}")
        refixed = read_file(refixed_path)
        if refixed != fixed:
            print_section("Second fixes",
                          unified_diff(fixed, refixed, temp, refixed_path))
            raise TestFailure("the fixes are not idempotent: clang-tidy -fix changed "
                              "the fixed file again")

    def run_front_end(self, front_end: FrontEnd, std: str) -> None:
        """Run every step through one front end; raise TestFailure at the first failure."""
        temp = f"{self.args.temp_file_name}.{front_end.name}.cpp"
        write_file(temp, self.cleaned_text)
        write_file(temp + ".orig", self.cleaned_text)
        output = self.run_clang_tidy(front_end, temp, std)
        fixed = read_file(temp)
        print_section("Fixes", unified_diff(self.cleaned_text, fixed, temp + ".orig", temp))
        self.check_output(output, temp)
        if self.args.no_fix_roundtrip or self.args.expect_clang_tidy_error:
            print("Fix round trip: skipped", flush=True)
        elif fixed == self.cleaned_text:
            print("Fix round trip: no fixes were applied, nothing to check", flush=True)
        else:
            self.check_round_trip(front_end, temp, std)


def main(argv: Sequence[str]) -> int:
    """Run the test through each selected front end and standard; print a summary."""
    args, tidy_args, compile_args = parse_arguments(argv)
    try:
        front_ends = select_front_ends(args.front_ends, os.environ.get(FRONT_ENDS_ENV))
        runner = CheckRunner(args, tidy_args, compile_args)
    except (TestFailure, OSError) as failure:
        print(f"check_clang_tidy: error: {failure}", flush=True)
        return 1
    standards = [std for listed in args.std.split(",") for std in expand_std(listed)]
    results = []
    for front_end in front_ends:
        for std in standards:
            title = f"front end '{front_end.name}', -std={std}"
            print(f"{'=' * 24} {title} {'=' * max(0, 40 - len(title))}", flush=True)
            try:
                runner.run_front_end(front_end, std)
                results.append((title, None))
            except TestFailure as failure:
                results.append((title, str(failure)))
    print("=" * 66)
    for title, failure in results:
        print(f"check_clang_tidy: {title}: " + (f"FAIL: {failure}" if failure else "PASS"))
    return 1 if any(failure for _, failure in results) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
