#!/usr/bin/env python3
"""crosstu.sample: DAGs whose groups come from factories defined in other translation units.

  crosstu_test.py --taskgroup PATH --include DIR

The sample (sample/: a header declaring the factories, one `.cpp` per factory, two DAG
programs) is compiled and linked into two programs, and analysed with a compilation database
of its six units:

- `inspect` of the units, linked, shows the etl DAG exactly as the linked program's `--json`
  does; the same unit analysed alone says where the model stops (a factory defined elsewhere),
  so the comparison is known to bite;
- the audited DAG's two factories (src/load.cpp, src/audit.cpp) both create `load` under the
  DAG's root: the program refuses the DAG at run time, the gate reports the conflict in the unit
  that creates the second `load` and names where the first is created, and with `--no-link`
  (each unit alone) it finds nothing;
- `fix` reports that conflict as refused (it has no fix-it), and with `--no-link` finds
  nothing to fix;
- a rename of a node that only a factory of another unit creates is refused, naming the
  factory's file, instead of "no such node".
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "support"))
from expectations import expect, summary  # noqa: E402
SAMPLE = HERE / "sample"

# The program of each DAG: its own unit and the units defining the factories it calls.
PROGRAMS = {
    "etl": ["etl", "extract", "load", "quality"],
    "audited": ["audited", "load", "audit"],
}


def run(*cmd: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(list(cmd), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                          cwd=cwd, timeout=600)


def write_database(root: Path, include: str) -> list[str]:
    units = sorted(str(u) for u in (root / "src").glob("*.cpp"))
    json.dump([{"directory": str(root), "file": u,
                "arguments": ["clang++-22", "-std=c++20", f"-I{include}",
                              f"-I{root / 'include'}", "-c", u]} for u in units],
              (root / "compile_commands.json").open("w"), indent=1)
    return units


def build_program(root: Path, include: str, name: str) -> Path:
    exe = root / name
    sources = [str(root / "src" / f"{unit}.cpp") for unit in PROGRAMS[name]]
    built = run("clang++-22", "-std=c++20", f"-I{include}", f"-I{root / 'include'}", *sources,
                "-o", str(exe))
    expect(built.returncode == 0, f"the {name} program builds from {len(sources)} units",
           built.stderr)
    return exe


def check_linked_model(args: argparse.Namespace, root: Path, units: list[str]) -> None:
    runtime = run(str(build_program(root, args.include, "etl")), "--json")
    linked = run(args.taskgroup, "inspect", *units, "-p", str(root), "--format=json",
                 "--compare", "--dag", "etl")
    expect(runtime.returncode == 0 and linked.returncode == 0 and runtime.stdout != ""
           and linked.stdout == runtime.stdout,
           "the linked static model of etl equals the program's --json",
           f"runtime:\n{runtime.stdout}\nstatic:\n{linked.stdout}{linked.stderr}")
    for group in ("staging.extract_orders", "staging.extract_users", "staging.load", "quality"):
        expect(f'"{group}"' in runtime.stdout, f"the etl DAG holds {group}", runtime.stdout)

    alone = run(args.taskgroup, "inspect", str(root / "src" / "etl.cpp"), "-p", str(root))
    expect(alone.returncode == 0 and "add_extract is defined in another translation unit"
           in alone.stdout and "staging.load" not in alone.stdout,
           "etl.cpp alone: the model says the factories are defined elsewhere",
           alone.stdout + alone.stderr)


def check_conflict(args: argparse.Namespace, root: Path) -> None:
    runtime = run(str(build_program(root, args.include, "audited")), "--json")
    expect(runtime.returncode != 0 and "DuplicateTaskIdFound" in runtime.stdout + runtime.stderr,
           "the audited program refuses its DAG at run time (DuplicateTaskIdFound)",
           runtime.stdout + runtime.stderr)

    gate = run(args.taskgroup, "gate", "-p", str(root), "--root", str(root), "-j", "2")
    warnings = [line for line in gate.stdout.splitlines() if ": warning: " in line]
    expect(gate.returncode == 1 and len(warnings) == 1
           and warnings[0].startswith("src/audit.cpp:4:25: warning: group id 'load' is already "
                                      "used in DAG 'audited'")
           and "first created at src/load.cpp:4:24" in gate.stdout
           and "[taskgroup-id-conflict]" in warnings[0],
           "the gate links the units: one conflict between src/audit.cpp and src/load.cpp",
           gate.stdout + gate.stderr)

    unlinked = run(args.taskgroup, "gate", "-p", str(root), "--root", str(root), "-j", "2",
                   "--no-link")
    expect(unlinked.returncode == 0 and ": warning: " not in unlinked.stdout,
           "--no-link: each unit alone shows no conflict", unlinked.stdout + unlinked.stderr)


def sources(root: Path) -> dict[Path, str]:
    return {p: p.read_text() for p in (root / "src").glob("*.cpp")}


def check_fix_refusal(args: argparse.Namespace, root: Path) -> None:
    before = sources(root)
    fixed = run(args.taskgroup, "fix", "-p", str(root), "-j", "2")
    expect(fixed.returncode == 1 and "cannot fix " in fixed.stderr
           and "src/audit.cpp:4:25: group id 'load' is already used in DAG 'audited'"
           in fixed.stderr and "src/load.cpp:4:24" in fixed.stderr
           and "1 finding(s) without a fix" in fixed.stderr and before == sources(root),
           "fix: the conflict between two units is reported as refused, nothing written",
           fixed.stdout + fixed.stderr)
    unlinked = run(args.taskgroup, "fix", "-p", str(root), "-j", "2", "--no-link")
    expect(unlinked.returncode == 0 and "cannot fix" not in unlinked.stderr
           and before == sources(root),
           "fix --no-link: nothing to fix in any unit alone", unlinked.stdout + unlinked.stderr)


def check_rename_refusal(args: argparse.Namespace, root: Path) -> None:
    before = sources(root)
    renamed = run(args.taskgroup, "rename", "staging.load", "staging.loading", "-p", str(root),
                  "--dag", "etl")
    output = renamed.stdout + renamed.stderr
    expect(renamed.returncode == 1 and "src/load.cpp:4:" in output
           and "another translation unit" in output
           and before == sources(root),
           "rename of a node a factory of another unit creates: refused, the factory named, "
           "nothing written", output)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--taskgroup", required=True)
    parser.add_argument("--include", required=True)
    args = parser.parse_args()
    args.include = str(Path(args.include).resolve())
    with tempfile.TemporaryDirectory(prefix="crosstu.") as tmp:
        root = Path(tmp) / "sample"
        shutil.copytree(SAMPLE, root)
        units = write_database(root, args.include)
        check_linked_model(args, root, units)
        check_conflict(args, root)
        check_fix_refusal(args, root)
        check_rename_refusal(args, root)
    return summary()


if __name__ == "__main__":
    sys.exit(main())
