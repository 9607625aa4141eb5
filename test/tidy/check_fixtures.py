#!/usr/bin/env python3
"""The checks on the 50 curriculum fixtures (issue 4's proof).

  check_fixtures.py --front-end CMD --source-dir DIR --checks LIST --expected DIR [--update]

For every SOURCE_DIR/fixtures/63_*.cpp:
  1. the findings of LIST (`file:line:col: check: message`, warnings only) must equal
     EXPECTED/<stem>.findings; a fixture without that file must get no finding at all (every
     success fixture);
  2. when EXPECTED/<stem>.fixed.json exists, the fixes are applied to a copy, which must
     compile, run (`--run` exits 0), print that `--json` (the renamed ids), and leave nothing
     for a second `--fix` run to change.
`--update` rewrites the expected files from what the tools do now (review the diff).
"""

from __future__ import annotations

import argparse
import difflib
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

TIMEOUT = 300
WARNING = re.compile(r"^(?P<file>[^:\n]+):(?P<line>\d+):(?P<col>\d+): warning: (?P<msg>.*) "
                     r"\[(?P<check>taskgroup-[a-z-]+)\]$", re.M)


def run(cmd: list[str], cwd: Path | None = None) -> subprocess.CompletedProcess:
    """Runs `cmd`, capturing its output as text (stderr into stdout)."""
    try:
        return subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                              errors="replace", timeout=TIMEOUT, check=False, cwd=cwd)
    except subprocess.TimeoutExpired:
        return subprocess.CompletedProcess(cmd, 124, f"timed out after {TIMEOUT}s: {cmd}")


class Fixtures:
    """What every fixture check needs: the tools, the paths and the checks."""

    def __init__(self, args: argparse.Namespace):
        self.front_end = shlex.split(args.front_end)
        self.source = Path(args.source_dir).resolve()
        self.expected = Path(args.expected).resolve()
        self.checks = args.checks
        self.clangxx = args.clangxx
        self.update = args.update

    def flags(self) -> list[str]:
        return ["-std=c++20", f"-I{self.source / 'include'}", f"-I{self.source / 'fixtures'}"]

    def tidy(self, file: Path, fix: bool) -> subprocess.CompletedProcess:
        # The library's and the fixtures' shared headers are never edited.
        cmd = [*self.front_end, f"--checks=-*,{self.checks}", "--config={}",
               f"--exclude-header-filter=^{re.escape(str(self.source))}/",
               *(["--fix"] if fix else []), str(file), "--", *self.flags()]
        return run(cmd)

    def findings(self, output: str, main: Path) -> str:
        lines = []
        for m in WARNING.finditer(output):
            file = Path(m["file"])
            name = file.name if file.resolve() == main.resolve() else os.path.relpath(
                file.resolve(), self.source)
            lines.append(f"{name}:{m['line']}:{m['col']}: {m['check']}: {m['msg']}")
        return "".join(line + "\n" for line in sorted(set(lines), key=sort_key))

    def compare(self, path: Path, actual: str, what: str) -> str | None:
        """None when `actual` equals the expected file (or after --update); else a diff."""
        if self.update:
            if actual:
                path.write_text(actual)
            elif path.exists():
                path.unlink()
            return None
        expected = path.read_text() if path.exists() else ""
        if expected == actual:
            return None
        diff = difflib.unified_diff(expected.splitlines(True), actual.splitlines(True),
                                    f"expected {what}", f"actual {what}")
        return "".join(list(diff)[:60])

    def check(self, source: Path) -> tuple[bool, str]:
        stem = source.stem
        out = self.tidy(source, fix=False)
        if out.returncode not in (0, 1) or "error:" in out.stdout.replace("warning:", ""):
            return False, f"{stem}: clang-tidy failed ({out.returncode}):\n{out.stdout[-3000:]}"
        found = self.findings(out.stdout, source)
        problem = self.compare(self.expected / f"{stem}.findings", found, "findings")
        if problem:
            return False, f"{stem}: findings differ\n{problem}"
        count = found.count("\n")
        if not (self.expected / f"{stem}.fixed.json").exists() and not (self.update and count):
            return True, f"{stem}: {count} finding(s)"
        fixed = self.round_trip(source)
        if isinstance(fixed, str):
            return False, f"{stem}: {fixed}"
        problem = self.compare(self.expected / f"{stem}.fixed.json", fixed.stdout, "--json")
        if problem:
            return False, f"{stem}: --json after the fixes differs\n{problem}"
        return True, f"{stem}: {count} finding(s); fixed copy compiles, runs, --json as expected"

    def round_trip(self, source: Path) -> subprocess.CompletedProcess | str:
        """Fixes a copy; returns its `--json` run, or what went wrong."""
        with tempfile.TemporaryDirectory(prefix=f"{source.stem}.") as tmp:
            copy = Path(tmp) / source.name
            shutil.copyfile(source, copy)
            self.tidy(copy, fix=True)
            once = copy.read_text()
            exe = Path(tmp) / source.stem
            built = run([self.clangxx, *self.flags(), "-O0", str(copy), "-lfmt", "-o", str(exe)])
            if built.returncode != 0:
                return f"the fixed copy does not compile:\n{built.stdout[-3000:]}"
            again = self.tidy(copy, fix=True)
            if copy.read_text() != once:
                return f"a second --fix run changed the fixed copy:\n{again.stdout[-2000:]}"
            ran = run([str(exe), "--run"])
            if ran.returncode != 0:
                return f"the fixed program's --run exits {ran.returncode}:\n{ran.stdout[-2000:]}"
            return run([str(exe), "--json"])


def sort_key(line: str):
    file, row, col, _ = line.split(":", 3)
    return (file, int(row), int(col), line)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--front-end", required=True, help="clang-tidy command with our module")
    parser.add_argument("--source-dir", required=True)
    parser.add_argument("--expected", required=True)
    parser.add_argument("--checks", required=True)
    parser.add_argument("--clangxx", default="clang++-22")
    parser.add_argument("--update", action="store_true")
    parser.add_argument("-j", "--jobs", type=int, default=min(4, os.cpu_count() or 2))
    args = parser.parse_args()
    fixtures = Fixtures(args)
    sources = sorted((fixtures.source / "fixtures").glob("63_*.cpp"))
    with ThreadPoolExecutor(args.jobs) as pool:
        results = list(pool.map(fixtures.check, sources))
    failures = 0
    for ok, text in results:
        print(("ok   " if ok else "FAIL ") + text)
        failures += not ok
    findings = sum(int(t.split(": ")[1].split()[0]) for ok, t in results
                   if ok and "finding(s)" in t)
    print(f"{len(sources) - failures} of {len(sources)} fixtures as expected; {findings} findings")
    return 1 if failures or not sources else 0


if __name__ == "__main__":
    sys.exit(main())
