#!/usr/bin/env python3
"""Checks of the static model (`taskgroup inspect`).

  check_model.py cases TOOL CASES_DIR
      Every CASES_DIR/*.cpp: `TOOL inspect FILE --format=json --compare` must equal the
      sibling FILE.json (the expected model; for programs whose structure is known before run
      time it is the program's own `--json`). A sibling FILE.static.json instead holds the
      full static model (`loc`, `dynamic`, `conditional`, `multiplicity`, `refs`, `issues`),
      compared with `--format=json` run from CASES_DIR so locations are relative. A sibling
      FILE.args holds other `inspect` arguments (`--format=dot --group g`, `--max-forks=0`)
      and FILE.out the expected text; `--expect-exit=N` there expects that exit status.
  check_model.py fixtures TOOL SOURCE_DIR --floor N [-- EXTRA FLAGS]
      The differential test: for every SOURCE_DIR/fixtures/63_*.cpp whose golden
      fixtures/expected/<name>.json exists, compares the static JSON with it and prints
      `N of 50 fixtures equal`; fails when N is below the floor (regressions).
"""

from __future__ import annotations

import argparse
import os
from concurrent.futures import ThreadPoolExecutor
import difflib
import subprocess
import sys
from pathlib import Path

TIMEOUT = 120
# Parallel inspections (each is a separate process); TASKGROUP_MODEL_JOBS overrides.
JOBS = int(os.environ.get("TASKGROUP_MODEL_JOBS", "0")) or min(8, os.cpu_count() or 2)


def inspect(tool: Path, source: Path, flags: list[str], compare: bool = True,
            cwd: Path | None = None) -> tuple[int, str, str]:
    cmd = [str(tool), "inspect", str(source), "--format=json", *(["--compare"] if compare else []),
           "--", "-std=c++20", *flags]
    try:
        r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=TIMEOUT,
                           check=False, cwd=cwd)
    except subprocess.TimeoutExpired:
        return 124, "", f"timed out after {TIMEOUT}s"
    return r.returncode, r.stdout.decode(errors="replace"), r.stderr.decode(errors="replace")


def diff(expected: str, actual: str, name: str, limit: int = 40) -> str:
    lines = list(difflib.unified_diff(expected.splitlines(True), actual.splitlines(True),
                                      f"expected {name}", f"static {name}"))
    more = f"... ({len(lines) - limit} more lines)\n" if len(lines) > limit else ""
    return "".join(lines[:limit]) + more


def cases(tool: Path, directory: Path) -> int:
    failures = 0
    sources = sorted(directory.glob("*.cpp"))
    def one(source: Path) -> tuple[int, str, str]:
        # FILE.args: extra `inspect` arguments (one line); the expected text is FILE.out
        if source.with_suffix(".args").exists():
            extra = source.with_suffix(".args").read_text().split()
            want = 0  # `--expect-exit=N`: the exit status expected (1: compile errors)
            for a in [a for a in extra if a.startswith("--expect-exit=")]:
                want = int(a.split("=", 1)[1])
                extra.remove(a)
            cmd = [str(tool), "inspect", source.name, *extra, "--", "-std=c++20"]
            try:
                r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                   timeout=TIMEOUT, check=False, cwd=directory)
            except subprocess.TimeoutExpired:
                return 124, "", f"timed out after {TIMEOUT}s"
            out = r.stdout.decode(errors="replace").replace(str(directory) + "/", "")
            return (0 if r.returncode == want else r.returncode or 1), out, r.stderr.decode(errors="replace")
        # FILE.static.json: the full static model (locations relative to the cases directory)
        if source.with_suffix(".static.json").exists():
            rc, out, err = inspect(tool, Path(source.name), [], compare=False, cwd=directory)
            return rc, out.replace(str(directory.resolve()) + "/", ""), err
        return inspect(tool, source, [])

    with ThreadPoolExecutor(JOBS) as pool:
        results = list(pool.map(one, sources))
    for source, (rc, out, err) in zip(sources, results):
        expected_path = source.with_suffix(".out")
        if not source.with_suffix(".args").exists():
            expected_path = source.with_suffix(".static.json")
        if not expected_path.exists():
            expected_path = source.with_suffix(".json")
        if not expected_path.exists():
            print(f"FAIL {source.name}: no {expected_path.name}")
            failures += 1
            continue
        expected = expected_path.read_text()
        if rc == 0 and out == expected:
            print(f"ok   {source.name}")
            continue
        failures += 1
        print(f"FAIL {source.name} (exit {rc})")
        if err:
            print(err[-2000:])
        sys.stdout.write(diff(expected, out, source.name))
    print(f"{len(sources) - failures} of {len(sources)} model cases equal")
    return 1 if failures or not sources else 0


def fixtures(tool: Path, root: Path, floor: int, flags: list[str], verbose: bool) -> int:
    expected_dir = root / "fixtures" / "expected"
    equal, compared, differing = 0, 0, []
    sources = sorted((root / "fixtures").glob("63_*.cpp"))
    with_golden = [s for s in sources if (expected_dir / f"{s.stem}.json").exists()]
    with ThreadPoolExecutor(JOBS) as pool:
        results = list(pool.map(
            lambda s: inspect(tool, s, ["-I" + str(root / "fixtures"), *flags]), with_golden))
    for source, (rc, out, err) in zip(with_golden, results):
        golden = expected_dir / f"{source.stem}.json"
        compared += 1
        if out == golden.read_text():
            equal += 1
            print(f"equal    {source.stem}")
        else:
            differing.append(source.stem)
            print(f"differs  {source.stem} (exit {rc})")
            if verbose:
                sys.stdout.write(diff(golden.read_text(), out, source.stem))
    print(f"{equal} of {len(sources)} fixtures equal ({compared} with a golden --json)")
    if equal < floor:
        print(f"FAIL: {equal} is below the recorded floor {floor}")
        return 1
    return 0


def main() -> int:
    argv = sys.argv[1:]
    extra: list[str] = []
    if "--" in argv:
        extra = argv[argv.index("--") + 1:]
        argv = argv[:argv.index("--")]
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", choices=["cases", "fixtures"])
    parser.add_argument("tool", type=Path)
    parser.add_argument("directory", type=Path)
    parser.add_argument("--floor", type=int, default=0)
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    args.tool, args.directory = args.tool.resolve(), args.directory.resolve()
    if args.mode == "cases":
        return cases(args.tool, args.directory)
    return fixtures(args.tool, args.directory, args.floor, extra, args.verbose)


if __name__ == "__main__":
    sys.exit(main())
