#!/usr/bin/env python3
"""Syntax-check the umbrella header and every fixture with a second compiler.

Usage: compile_other.py --compiler g++ --source-dir REPO [-I DIR ...]

The main build uses clang++-22 with -Wall -Wextra -Werror (where TG_ANNOTATE
expands to clang::annotate); this keeps the code warning-clean under the other
compiler too (g++, where the annotations expand to nothing).
Each file is compiled with `-std=c++20 -Wall -Wextra -Werror -fsyntax-only`;
the header is compiled through a one-line translation unit that includes it.
Exit status is non-zero if any file fails.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

FLAGS = ["-std=c++20", "-Wall", "-Wextra", "-Werror", "-fsyntax-only"]
STANDARD_INCLUDE_DIRS = {"/usr/include", "/usr/local/include"}
TIMEOUT_SECONDS = 600


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--compiler", default="clang++-22")
    parser.add_argument("--source-dir", type=Path, required=True)
    parser.add_argument("-I", dest="include_dirs", action="append", default=[],
                        help="extra include directories (e.g. fmt's), separated by ':' or ';'; may repeat")
    parser.add_argument("--jobs", type=int, default=min(2, os.cpu_count() or 1))
    args = parser.parse_args()

    compiler = shutil.which(args.compiler) or args.compiler
    if not Path(compiler).is_file():
        print(f"FAIL: compiler {args.compiler} not found (run scripts/bootstrap.sh)")
        return 1

    root = args.source_dir.resolve()
    include_flags = [f"-I{root / 'include'}", f"-I{root / 'fixtures'}"]
    for extra in args.include_dirs:
        for d in extra.replace(";", os.pathsep).split(os.pathsep):
            if d and d not in STANDARD_INCLUDE_DIRS:
                include_flags.append(f"-isystem{d}")

    header = root / "include" / "taskgroup" / "taskgroup.hpp"
    fixtures = sorted((root / "fixtures").glob("63_*.cpp"))

    jobs: list[tuple[str, list[str], str | None]] = []
    if header.is_file():
        jobs.append((str(header.relative_to(root)),
                     [compiler, *FLAGS, *include_flags, "-x", "c++", "-"],
                     "#include <taskgroup/taskgroup.hpp>\n"))
    else:
        print(f"FAIL: {header} does not exist")
        return 1
    for fixture in fixtures:
        jobs.append((str(fixture.relative_to(root)),
                     [compiler, *FLAGS, *include_flags, str(fixture)], None))

    print(f"{compiler} {' '.join(FLAGS)}: {len(jobs)} file(s)")

    def compile_one(job: tuple[str, list[str], str | None]) -> tuple[str, int, str, float]:
        name, cmd, stdin = job
        start = time.monotonic()
        try:
            proc = subprocess.run(cmd, input=stdin, text=True, cwd=root,
                                  stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                  timeout=TIMEOUT_SECONDS, check=False)
            return name, proc.returncode, proc.stdout, time.monotonic() - start
        except subprocess.TimeoutExpired:
            return name, 1, f"timed out after {TIMEOUT_SECONDS}s\n", time.monotonic() - start

    failed: list[str] = []
    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        for name, rc, output, seconds in pool.map(compile_one, jobs):
            if rc == 0 and not output.strip():
                print(f"ok   {name} ({seconds:.1f}s)")
            else:
                status = "FAIL" if rc != 0 else "WARN"
                print(f"{status} {name} (exit {rc}, {seconds:.1f}s)")
                sys.stdout.write(output)
                if rc != 0:
                    failed.append(name)

    print(f"{len(jobs) - len(failed)} of {len(jobs)} file(s) compiled cleanly with {args.compiler}")
    if failed:
        print("failed: " + ", ".join(failed))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
