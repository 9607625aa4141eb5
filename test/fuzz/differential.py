#!/usr/bin/env python3
"""Differential fuzzing of the analyzer against the runtime (issue 7).

  differential.py --seeds A-B --taskgroup PATH --tidy PATH [--source-dir DIR] [--out DIR]
                  [--clangxx clang++-22] [-j 2] [--batch 8] [--keep]

For every seed, test/fuzz/gen_program.py writes a program, its metadata and its intended
(fixed) form. Then, batch by batch (several programs per compiler and analyzer process, one
precompiled header for the library and fmt shared by the compiler and both analyzers):

  1. compile the program (clang++-22 -std=c++20, fmt) and run `--json`: the runtime model, or
     for a program with a defect the runtime refuses, the expected `error: ...` line (exit 1);
  2. `taskgroup inspect --format=json --compare`: the static model, which must equal the
     runtime's `--json` exactly (every DAG, group, task, edge and option);
  3. `taskgroup-tidy --checks='-*,taskgroup-*' --fix` on a copy: the warnings must be exactly
     the injected ones (check and line; nothing on a clean program), and a clean program's copy
     must stay unchanged;
  4. for a defective program: the fixed copy must compile, `--run` must succeed, its `--json`
     must equal the runtime `--json` of the intended program (the generator's fixed form), its
     static model must equal its runtime model, and a second `--fix` run must change nothing
     and leave only the warnings without fix-its. A fixed program that still throws (a defect
     without fix-it that the runtime refuses) must print the expected error instead.

Prints a summary and exits 1 on any mismatch; each failing seed's files are kept under
OUT/failures/seed_N/ with REPRODUCE (one command).
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.dont_write_bytecode = True  # no __pycache__ in the source tree
import gen_program  # noqa: E402

TIMEOUT = 600
WARNING = re.compile(r"^(?P<file>[^:\n]+):(?P<line>\d+):(?P<col>\d+): warning: (?P<msg>.*) "
                     r"\[(?P<check>taskgroup-[a-z-]+)\]$", re.M)
PCH_HEADER = """#include <taskgroup/taskgroup.hpp>
#include <fmt/format.h>
#include <string>
"""


CPU = collections.Counter()   # seconds of child CPU per tool (the --timing summary)
CPU_LOCK = threading.Lock()


def run(cmd, cwd=None, timeout=TIMEOUT) -> subprocess.CompletedProcess:
    name = Path(str(cmd[0])).name
    name = "runtime" if name.startswith(("batch", "src_", "fixed_", "intended_")) else name
    before = os.times()
    try:
        return subprocess.run([str(c) for c in cmd], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              text=True, errors="replace", timeout=timeout, check=False, cwd=cwd)
    except subprocess.TimeoutExpired:
        return subprocess.CompletedProcess(cmd, 124, "", f"timed out after {timeout}s")
    finally:
        after = os.times()
        with CPU_LOCK:  # children's times are process-wide: approximate with -j1
            CPU[name] += (after.children_user - before.children_user) + (after.children_system - before.children_system)


def parse_seeds(text: str) -> list[int]:
    seeds: list[int] = []
    for part in text.split(","):
        a, _, b = part.partition("-")
        seeds += list(range(int(a), int(b or a) + 1))
    return seeds


class Program:
    def __init__(self, seed: int, work: Path, gen: dict):
        self.seed = seed
        self.dir = work / f"seed_{seed}"
        self.dir.mkdir(parents=True, exist_ok=True)
        self.meta = gen["meta"]
        self.src = self.dir / "prog.cpp"
        self.fixed = self.dir / "fixed.cpp"
        self.intended = self.dir / "intended.cpp"
        self.src.write_text(gen["program"])
        self.fixed.write_text(gen["program"])
        self.intended.write_text(gen["intended"])
        (self.dir / "meta.json").write_text(json.dumps(self.meta, indent=1, sort_keys=True) + "\n")
        self.failures: list[str] = []
        self.compared = False
        self.refused = False
        self.fixed_ok = False
        self.broken = False
        self.found: collections.Counter = collections.Counter()

    @property
    def dag_id(self) -> str:
        return f"fuzz_{self.seed}"

    @property
    def defective(self) -> bool:
        return bool(self.meta["kinds"])

    def fail(self, what: str) -> None:
        self.failures.append(what)


class Fuzzer:
    def __init__(self, args):
        self.args = args
        self.source = Path(args.source_dir).resolve()
        self.out = Path(args.out).resolve()
        self.work = self.out / "work"
        self.lock = threading.Lock()
        self.tidy_cmd = shlex.split(args.tidy)
        self.tool = args.taskgroup
        self.cxx = args.clangxx

    # ----- set-up: a snapshot of the library and one precompiled header ----------------------
    def prepare(self) -> None:
        if self.work.exists():
            shutil.rmtree(self.work)
        self.work.mkdir(parents=True)
        # A snapshot: other engineers may edit include/ while we run, which would invalidate
        # the PCH half-way.
        self.include = self.out / "work" / "include"
        shutil.copytree(self.source / "include", self.include)
        self.flags = ["-std=c++20", f"-I{self.include}"]
        self.link: list[str] = []
        if self.args.no_pch:
            return
        header = self.work / "fuzz_pch.hpp"
        header.write_text(PCH_HEADER)
        pch = self.work / "fuzz_pch.hpp.pch"
        # -fpch-instantiate-templates: the library's templates are instantiated once, in the
        # PCH (every reader saves ~0.6 s); -fpch-codegen: its inline functions are compiled once,
        # into fuzz_pch.o, which every executable links (each program's compile: 1.7 s -> 0.5 s).
        r = run([self.cxx, *self.flags, "-x", "c++-header", header, "-Xclang", "-emit-pch",
                 "-fpch-instantiate-templates", "-fpch-codegen", "-o", pch])
        obj = self.work / "fuzz_pch.o"
        if r.returncode == 0:
            r = run([self.cxx, "-O0", "-c", pch, "-o", obj])
        if r.returncode != 0:
            raise SystemExit(f"cannot build the PCH:\n{r.stderr[-3000:]}")
        self.flags += ["-include-pch", str(pch)]
        self.link = [str(obj)]

    # ----- compile several programs into one executable ---------------------------------------
    def build(self, progs: list[Program], which, tag: str) -> dict:
        """`which` is one of src, fixed, intended (result keyed by seed) or a tuple of them
        (keyed by (seed, which)), all compiled into one executable."""
        kinds = which if isinstance(which, tuple) else (which,)
        units = [(p, w) for p in progs for w in kinds]
        res = self.build_units(units, "_".join(kinds), tag)
        return res if isinstance(which, tuple) else {s: v for (s, _), v in res.items()}

    def build_units(self, units: list, which: str, tag: str) -> dict:
        """Compiles the `which` file (src, fixed, intended) of each program. Returns, per seed,
        (exe, name to pass) or an error text. One executable holds the whole batch (each program
        in its own namespace, `main` renamed); a batch that does not compile is retried one by
        one to find the culprit."""
        result: dict = {}
        if not units:
            return result
        bdir = units[0][0].dir.parent / f"batch_{tag}_{which}"
        bdir.mkdir(exist_ok=True)
        if not self.args.no_batch_compile and len(units) > 1:
            text = [PCH_HEADER]
            for p, w in units:
                text.append(f"#define main fuzz_main\nnamespace {w}{p.seed} {{\n#include \"{getattr(p, w)}\"\n}}\n#undef main\n")
            text.append("#include <cstring>\nint main(int argc, char **argv) {\n")
            for p, w in units:
                text.append(f'  if (argc > 1 && std::strcmp(argv[1], "{w}{p.seed}") == 0) return {w}{p.seed}::fuzz_main(argc - 1, argv + 1);\n')
            text.append("  return 127;\n}\n")
            cpp = bdir / "batch.cpp"
            cpp.write_text("".join(text))
            exe = bdir / "batch"
            r = run([self.cxx, *self.flags, "-O0", "-w", cpp, *self.link, "-lfmt", "-o", exe])
            if r.returncode == 0:
                for p, w in units:
                    result[(p.seed, w)] = [exe, f"{w}{p.seed}"]
                return result
        for p, w in units:
            exe = bdir / f"{w}_{p.seed}"
            r = run([self.cxx, *self.flags, "-O0", getattr(p, w), *self.link, "-lfmt", "-o", exe])
            result[(p.seed, w)] = [exe] if r.returncode == 0 else f"{w} does not compile:\n{r.stderr[-3000:]}"
        return result

    # ----- the analyzers, several files per process -------------------------------------------
    def inspect(self, progs: list[Program], which: str) -> dict[int, object]:
        """Static model per program: the DAG dict, or an error text."""
        files = [getattr(p, which) for p in progs]
        r = run([self.tool, "inspect", "--format=json", "--compare", *files, "--", *self.flags])
        out: dict[int, object] = {}
        if r.returncode != 0 and len(progs) > 1:
            for p in progs:
                out.update(self.inspect([p], which))
            return out
        try:
            doc = json.loads(r.stdout)
            dags = {d["dag_id"]: d for d in doc["dags"]}
        except (ValueError, KeyError, TypeError) as e:
            for p in progs:
                out[p.seed] = f"inspect failed ({r.returncode}, {e}):\n{r.stderr[-2000:]}"
            return out
        for p in progs:
            out[p.seed] = dags.get(p.dag_id, f"inspect has no DAG '{p.dag_id}':\n{r.stderr[-2000:]}")
        return out

    def tidy(self, progs: list[Program], fix: bool) -> dict[int, list[tuple[str, int]] | str]:
        """Runs the checks over each program's fixed.cpp; returns its warnings (check, line)."""
        files = [p.fixed for p in progs]
        before = [p.fixed.read_text() for p in progs]
        cmd = [*self.tidy_cmd, "--checks=-*,taskgroup-*", "--config={}", "--quiet",
               *(["--fix"] if fix else []), *files, "--", *self.flags]
        r = run(cmd)
        out: dict[int, object] = {p.seed: [] for p in progs}
        bad = r.returncode not in (0, 1) or re.search(r"^[^\n]*: error: ", r.stdout + r.stderr, re.M)
        if bad:
            if len(progs) > 1:
                # one by one, from the texts the batch started with
                for p, text in zip(progs, before):
                    p.fixed.write_text(text)
                    out.update(self.tidy([p], fix))
                return out
            for p in progs:
                out[p.seed] = f"taskgroup-tidy failed ({r.returncode}):\n{(r.stdout + r.stderr)[-3000:]}"
            return out
        by_file = {str(p.fixed.resolve()): p.seed for p in progs}
        for m in WARNING.finditer(r.stdout):
            seed = by_file.get(str(Path(m["file"]).resolve()))
            if seed is None:
                for p in progs:
                    out[p.seed] = f"a warning outside the program: {m.group(0)}"
                continue
            if isinstance(out[seed], list):
                out[seed].append((m["check"], int(m["line"]), m["msg"]))
        return out

    # ----- one batch ---------------------------------------------------------------------------
    def runtime(self, exe, arg: str) -> subprocess.CompletedProcess:
        return run([*exe, arg], timeout=60)

    def expect_error(self, p: Program, r: subprocess.CompletedProcess, error: str, what: str) -> bool:
        first = (r.stderr.splitlines() or [""])[0]
        if r.returncode == 1 and first.startswith(error):
            return True
        p.fail(f"{what}: expected exit 1 and '{error}', got exit {r.returncode}, stderr '{first}'")
        return False

    def batch(self, progs: list[Program]) -> None:
        tag = f"b{progs[0].seed}"
        # 1-2: runtime model and static model of the program as generated
        exes = self.build(progs, "src", tag)
        static = self.inspect(progs, "src")
        for p in progs:
            exe = exes[p.seed]
            if isinstance(exe, str):
                p.fail(exe)
                p.broken = True
                continue
            rj = self.runtime(exe, "--json")
            (p.dir / "runtime.json").write_text(rj.stdout + rj.stderr)
            if p.meta["error"]:
                p.refused = self.expect_error(p, rj, p.meta["error"], "the program")
                continue
            if rj.returncode != 0:
                p.fail(f"the program's --json exits {rj.returncode}: {rj.stderr[-500:]}")
                continue
            self.compare(p, rj.stdout, static[p.seed], "program")
            rr = self.runtime(exe, "--run")
            if rr.returncode != 0:
                p.fail(f"the program's --run exits {rr.returncode}:\n{(rr.stdout + rr.stderr)[-1500:]}")
        # 3: findings, with the fixes applied to fixed.cpp
        analysable = [p for p in progs if not p.broken]
        found = self.tidy(analysable, fix=True) if analysable else {}
        for p in analysable:
            f = found[p.seed]
            if isinstance(f, str):
                p.fail(f)
                continue
            (p.dir / "findings.txt").write_text("".join(f"{c}:{ln}: {m}\n" for c, ln, m in f))
            self.match_findings(p, f)
            if not p.defective and p.fixed.read_text() != p.src.read_text():
                p.fail("--fix changed a clean program")
        # 4: the fixed programs
        fixed = [p for p in progs if p.defective and not p.failures]
        if not fixed:
            return
        again_before = {p.seed: p.fixed.read_text() for p in fixed}
        # A file equal to the program (no fix-it applied, or none intended) is not built or
        # analysed again: the same input gives the same result.
        src_text = {p.seed: p.src.read_text() for p in fixed}
        same_fixed = {p.seed for p in fixed if again_before[p.seed] == src_text[p.seed]}
        same_intended = {p.seed for p in fixed
                         if p.intended.read_text().split("\n", 1)[1] == src_text[p.seed].split("\n", 1)[1]}
        units = [(p, w) for p in fixed for w in ("fixed", "intended")
                 if p.seed not in (same_fixed if w == "fixed" else same_intended)]
        both = self.build_units(units, "fixed_intended", tag)
        fexes = {p.seed: exes[p.seed] if p.seed in same_fixed else both[(p.seed, "fixed")] for p in fixed}
        iexes = {p.seed: exes[p.seed] if p.seed in same_intended else both[(p.seed, "intended")] for p in fixed}
        fstatic = {}
        if self.args.inspect_fixed:  # the fixed program's static model too (slower)
            fstatic = self.inspect([p for p in fixed if not isinstance(fexes[p.seed], str)], "fixed")
        changed = [p for p in fixed if p.seed not in same_fixed]
        second = self.tidy(changed, fix=True) if changed else {}
        for p in fixed:
            if p.seed in same_fixed:
                second[p.seed] = found[p.seed]
        for p in fixed:
            ok = True
            s = second[p.seed]
            if isinstance(s, str):
                p.fail("second --fix: " + s)
                ok = False
            else:
                left = sorted(c for c, _, _ in s)
                if left != p.meta["residual"]:
                    p.fail(f"after --fix, the warnings {left} differ from the expected {p.meta['residual']}:\n"
                           + "".join(f"  {c}:{ln}: {m}\n" for c, ln, m in s))
                    ok = False
            if p.fixed.read_text() != again_before[p.seed]:
                p.fail("a second --fix run changed the fixed program")
                ok = False
            fx, ix = fexes[p.seed], iexes[p.seed]
            if isinstance(ix, str):
                p.fail("the intended program: " + ix)
                continue
            if isinstance(fx, str):
                p.fail("the fixed program: " + fx)
                continue
            fj = self.runtime(fx, "--json")
            ij = self.runtime(ix, "--json")
            (p.dir / "fixed.runtime.json").write_text(fj.stdout + fj.stderr)
            (p.dir / "intended.runtime.json").write_text(ij.stdout + ij.stderr)
            if p.meta["fixed_error"]:
                ok &= self.expect_error(p, fj, p.meta["fixed_error"], "the fixed program")
                ok &= self.expect_error(p, ij, p.meta["fixed_error"], "the intended program")
            else:
                if ij.returncode != 0:
                    p.fail(f"the intended program's --json exits {ij.returncode}: {ij.stderr[-500:]}")
                    continue
                if fj.stdout != ij.stdout or fj.returncode != 0:
                    p.fail("the fixed program's --json differs from the intended hierarchy:\n"
                           + diff(ij.stdout, fj.stdout + fj.stderr, "intended", "fixed"))
                    ok = False
                elif self.args.inspect_fixed:
                    ok &= self.compare(p, fj.stdout, fstatic.get(p.seed, "no static model"), "fixed program")
                fr = self.runtime(fx, "--run")
                if fr.returncode != 0:
                    p.fail(f"the fixed program's --run exits {fr.returncode}:\n{(fr.stdout + fr.stderr)[-1500:]}")
                    ok = False
            p.fixed_ok = ok and not p.failures

    def compare(self, p: Program, runtime_text: str, static, what: str) -> bool:
        if isinstance(static, str):
            p.fail(f"{what}: {static}")
            return False
        try:
            doc = json.loads(runtime_text)
        except ValueError as e:
            p.fail(f"{what}: runtime --json is not JSON ({e})")
            return False
        rt = {d["dag_id"]: d for d in doc["dags"]}.get(p.dag_id)
        if self.args.corrupt_static and what == "program":  # proves the test can fail
            static = json.loads(json.dumps(static))
            if static["tasks"]:
                static["tasks"][0]["label"] += "_corrupted"
        if rt != static:
            p.fail(f"{what}: the static model differs from the runtime --json:\n"
                   + diff(render(rt), render(static), "runtime", "static"))
            return False
        if what == "program":
            p.compared = True
        return True

    def match_findings(self, p: Program, found: list) -> None:
        expected = sorted(tuple(x) for x in p.meta["findings"])
        got = sorted((c, ln) for c, ln, _ in found)
        rest = list(got)
        missing = []
        for c, ln in [e for e in expected if e[1]] + [e for e in expected if not e[1]]:
            hit = next((g for g in rest if g[0] == c and (ln == 0 or g[1] == ln)), None)
            if hit is None:
                missing.append((c, ln))
            else:
                rest.remove(hit)
        if missing or rest:
            p.fail(f"findings differ: missing {missing}, unexpected {rest}:\n"
                   + "".join(f"  {c}:{ln}: {m}\n" for c, ln, m in found))
        for c, _ in got:
            p.found[c] += 1

    # ----- driver ------------------------------------------------------------------------------
    def main(self) -> int:
        args = self.args
        seeds = parse_seeds(args.seeds)
        t0 = time.time()
        self.prepare()
        progs = []
        for s in seeds:
            g = gen_program.generate(s)
            if args.wrong_expectation and g["meta"]["kinds"]:  # proves the test can fail
                g["meta"]["findings"] = g["meta"]["findings"][1:]
            progs.append(Program(s, self.work, g))
        batches = [progs[i:i + args.batch] for i in range(0, len(progs), args.batch)]
        with ThreadPoolExecutor(args.jobs) as pool:
            for i, _ in enumerate(pool.map(self.batch, batches)):
                if args.progress:
                    print(f"  batch {i + 1}/{len(batches)} done, {time.time() - t0:.0f}s", flush=True)
        return self.summary(progs, time.time() - t0)

    def summary(self, progs: list[Program], elapsed: float) -> int:
        args = self.args
        injected = collections.Counter(k for p in progs for k in p.meta["kinds"])
        found = collections.Counter()
        for p in progs:
            found.update(p.found)
        failing = [p for p in progs if p.failures]
        print(f"programs: {len(progs)} (seeds {args.seeds}), {sum(not p.defective for p in progs)} clean, "
              f"{sum(p.defective for p in progs)} with defects")
        print(f"static == runtime: {sum(p.compared for p in progs)}; runtime refused as expected: "
              f"{sum(p.refused for p in progs)}")
        print(f"fixed and round-tripped: {sum(p.fixed_ok for p in progs)} of {sum(p.defective for p in progs)}")
        print("defects injected per kind:")
        for k in sorted(injected):
            print(f"  {k:40} {injected[k]}")
        print("warnings per check: " + ", ".join(f"{c.removeprefix('taskgroup-')} {n}" for c, n in sorted(found.items())))
        fdir = self.out / "failures"
        for p in failing:
            keep = fdir / f"seed_{p.seed}"
            if keep.exists():
                shutil.rmtree(keep)
            shutil.copytree(p.dir, keep)
            cmd = (f"python3 {HERE / 'differential.py'} --seeds {p.seed} --source-dir {self.source} "
                   f"--taskgroup {self.tool} --tidy {shlex.quote(args.tidy)} --clangxx {self.cxx} --out {self.out} -v")
            (keep / "REPRODUCE").write_text(cmd + "\n")
            (keep / "FAILURES").write_text("\n\n".join(p.failures) + "\n")
            print(f"FAIL seed {p.seed} ({', '.join(p.meta['kinds']) or 'clean'}): {p.failures[0].splitlines()[0]}")
            if args.verbose:
                print("\n".join(p.failures))
            print(f"  kept in {keep}; reproduce: {cmd}")
        print(f"failures: {len(failing)}{' (seeds ' + ','.join(str(p.seed) for p in failing) + ')' if failing else ''}; "
              f"{elapsed:.0f}s with -j{args.jobs} --batch {args.batch}")
        if args.timing:
            print("child CPU seconds: " + ", ".join(f"{k} {v:.1f}" for k, v in CPU.most_common()))
        if not args.keep and not failing:
            shutil.rmtree(self.work, ignore_errors=True)
        return 1 if failing or not progs else 0


def render(dag) -> str:
    return json.dumps(dag, indent=1, sort_keys=True) + "\n"


def diff(a: str, b: str, na: str, nb: str, limit: int = 40) -> str:
    import difflib
    lines = list(difflib.unified_diff(a.splitlines(True), b.splitlines(True), na, nb))
    return "".join(lines[:limit]) + (f"... ({len(lines) - limit} more lines)\n" if len(lines) > limit else "")


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--seeds", default="1-200", help="A-B, or a comma-separated list of seeds and ranges")
    p.add_argument("--taskgroup", required=True, help="the `taskgroup` tool (inspect)")
    p.add_argument("--tidy", required=True, help="the taskgroup-tidy command (may hold arguments)")
    p.add_argument("--source-dir", default=str(HERE.parent.parent), help="the repository (include/)")
    p.add_argument("--out", default="fuzz-out", help="work and failure directory")
    p.add_argument("--clangxx", default="clang++-22")
    p.add_argument("-j", "--jobs", type=int, default=2)
    p.add_argument("--batch", type=int, default=8, help="programs per compiler/analyzer process")
    p.add_argument("--no-pch", action="store_true")
    p.add_argument("--no-batch-compile", action="store_true", help="one executable per program")
    p.add_argument("--keep", action="store_true", help="keep the work directory")
    p.add_argument("--inspect-fixed", action="store_true",
                   help="also compare the fixed programs' static model with their runtime model")
    p.add_argument("--progress", action="store_true")
    p.add_argument("--timing", action="store_true", help="print the child CPU time per tool")
    p.add_argument("-v", "--verbose", action="store_true", help="print every failure in full")
    p.add_argument("--wrong-expectation", action="store_true",
                   help="self-test: drop one expected finding per defective program (must fail)")
    p.add_argument("--corrupt-static", action="store_true",
                   help="self-test: corrupt the static model before comparing (must fail)")
    return Fuzzer(p.parse_args()).main()


if __name__ == "__main__":
    sys.exit(main())
