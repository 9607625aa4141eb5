#!/usr/bin/env python3
"""Cost of the taskgroup checks, as ratios to the parse floor and to a peer check (issue 7).

For each size, bench/gen_dag.py writes a DAG program; then, in the same run, on that file:

  floor   clang++-22 -fsyntax-only                       parsing and semantic analysis only
  peer    clang-tidy-22 --checks=-*,readability-identifier-naming, with a configuration under
          which it renames every function and variable of the program (it walks every
          declaration, as our checks walk every call)
  driver  taskgroup-tidy --checks=-*,taskgroup-*          our checks in our driver
  plugin  clang-tidy-22 --load=libTaskGroupTidy.so --checks=-*,taskgroup-*
  base    taskgroup-tidy --checks=-*,misc-unused-alias-decls  clang-tidy's own cost with a check
          that finds nothing: the AST matchers' walk of every node, freeing the AST. Every
          clang-tidy check pays it, ours and the peer alike; "ours over base" is what our checks
          themselves add, as a share of the floor

and, last, on a large translation unit that does not use the library (the standard library,
fmt, LLVM's ADT/Support and Clang's AST headers: test/foreign's units, merged), the same runs:
there our cost should be zero within noise.

Each figure is the best of --repeat runs of the CPU time (user + system) of the process, from
wait4(2): CPU time is much less disturbed than wall time by the other jobs of a shared
machine. Peak memory is the process's maximum resident set (ru_maxrss), the largest of the
runs. `--clangd` also runs `taskgroup-clangd --check=FILE --check-tidy-time=taskgroup-*` on
the sizes up to --clangd-max-tasks and prints each check's overhead as clangd measures it
(median of 5 builds of the main file's AST, headers in the preamble; clangd's "fast" is <= 8%).

`--instructions` counts the instructions each process executes, under valgrind's cachegrind,
instead of its CPU time: one run per figure, exact to a few parts in a thousand whatever else
the machine runs (so `--jobs 2` may run two at once), about 90 times slower than the real run.
On a VM where CPU times spread by 40%, it is what can tell whether our checks add 3% or 6%.

    bench/run.py --build build-bench [--sizes 1000 10000 100000 200000] [--repeat 3]
                 [--clangd] [--no-foreign]
    bench/run.py --build build --sizes 1000 10000 20000 --instructions --jobs 2
"""
import argparse
import concurrent.futures
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "bench"))
sys.path.insert(0, os.path.join(ROOT, "test", "foreign"))
import gen_dag  # noqa: E402

PEER_CONFIG = """Checks: '-*,readability-identifier-naming'
CheckOptions:
  readability-identifier-naming.FunctionCase: CamelCase
  readability-identifier-naming.VariableCase: CamelCase
  readability-identifier-naming.ParameterCase: CamelCase
  readability-identifier-naming.LocalVariableCase: CamelCase
  readability-identifier-naming.NamespaceCase: CamelCase
  readability-identifier-naming.GlobalConstantCase: UPPER_CASE
"""


def measure(cmd, cwd=None, timeout=3600):
    """Runs cmd; returns (cpu seconds, max rss MiB, exit status, output)."""
    with tempfile.TemporaryFile() as out:
        start = time.monotonic()
        p = subprocess.Popen(cmd, cwd=cwd, stdout=out, stderr=subprocess.STDOUT)
        while True:
            pid, status, ru = os.wait4(p.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() - start > timeout:
                p.kill()
                pid, status, ru = os.wait4(p.pid, 0)
                break
            time.sleep(0.02)
        p.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        text = out.read().decode("utf-8", "replace")
    return ru.ru_utime + ru.ru_stime, ru.ru_maxrss / 1024.0, p.returncode, text


def count_instructions(cmd, cwd=None):
    """Runs cmd under cachegrind; returns (billions of instructions, nan, exit status, output).

    The count of instructions executed does not depend on the other jobs of the machine, so on a
    shared VM, where CPU time spreads by 40% from run to run, it is the only figure that can
    show a difference of a few percent. It leaves out what the CPU time includes and the count
    does not: cache misses, page faults, the kernel. Memory is not measured under valgrind."""
    with tempfile.NamedTemporaryFile(suffix=".log") as log, tempfile.TemporaryFile() as out:
        p = subprocess.run(["valgrind", "--tool=cachegrind", "--cache-sim=no",
                            "--cachegrind-out-file=/dev/null", "--log-file=" + log.name] + cmd,
                           cwd=cwd, stdout=out, stderr=subprocess.STDOUT)
        out.seek(0)
        text = out.read().decode("utf-8", "replace")
        refs = re.search(r"I\s+refs:\s+([\d,]+)", open(log.name).read())
    if not refs:
        sys.exit("no instruction count from valgrind for %s" % " ".join(cmd))
    return int(refs.group(1).replace(",", "")) / 1e9, float("nan"), p.returncode, text


def best(cmd, repeat, cwd=None):
    if INSTRUCTIONS:  # deterministic: one run is enough
        n, m, status, text = count_instructions(cmd, cwd)
        return n, m, status, text, [n]
    times, rss, status, text = [], 0.0, 0, ""
    for _ in range(repeat):
        t, m, status, text = measure(cmd, cwd)
        times.append(t)
        rss = max(rss, m)
    return min(times), rss, status, text, times


INSTRUCTIONS = False


def findings(text):
    return len(re.findall(r": warning: .* \[[\w,.-]+\]$", text, re.M))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--build", default=os.path.join(ROOT, "build"), type=os.path.abspath)
    ap.add_argument("--sizes", type=int, nargs="*", default=[1000, 10000, 100000, 200000])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--clangd", action="store_true")
    ap.add_argument("--clangd-max-tasks", type=int, default=10000)
    ap.add_argument("--no-foreign", action="store_true")
    ap.add_argument("--work-dir")
    ap.add_argument("--instructions", action="store_true",
                    help="count instructions under valgrind's cachegrind instead of CPU time")
    ap.add_argument("--jobs", type=int, default=1,
                    help="with --instructions: runs at once (counts do not depend on the load)")
    args = ap.parse_args()
    global INSTRUCTIONS
    INSTRUCTIONS = args.instructions
    if args.jobs > 1 and not INSTRUCTIONS:
        sys.exit("--jobs > 1 would disturb the CPU times; use it with --instructions")
    unit = "G instructions" if INSTRUCTIONS else "s"

    driver = os.path.join(args.build, "tool", "taskgroup-tidy")
    plugin = os.path.join(args.build, "checks", "libTaskGroupTidy.so")
    clangd = os.path.join(args.build, "tool", "taskgroup-clangd")
    for path in (driver, plugin):
        if not os.path.exists(path):
            sys.exit("build %s first (ninja -C %s taskgroup-tidy TaskGroupTidy)" % (path, args.build))
    work = args.work_dir or tempfile.mkdtemp(prefix="tg-bench-")
    os.makedirs(work, exist_ok=True)
    with open(os.path.join(work, ".clang-tidy"), "w") as f:
        f.write(PEER_CONFIG)
    flags = ["-std=c++20", "-I" + os.path.join(ROOT, "include")]
    tidy = shutil.which("clang-tidy-22") or "clang-tidy-22"
    units = []
    for size in args.sizes:
        src = os.path.join(work, "bench_%d.cpp" % size)
        with open(src, "w") as f:
            f.write(gen_dag.generate(size))
        units.append(("%d" % size, src, flags))
    if not args.no_foreign:
        import run_foreign
        parts = run_foreign.write_units(os.path.join(work, "foreign"), "/usr/lib/llvm-22/include",
                                        "/usr/include", "/nonexistent")
        merged = os.path.join(work, "foreign_all.cpp")
        with open(merged, "w") as f:
            for name, path, _ in parts:
                if name in ("std_all", "fmt_all", "llvm_adt_support", "clang_ast_sema"):
                    f.write(open(path).read().replace("int main() { return 0; }\n", ""))
            f.write("int main() { return 0; }\n")
        units.append(("foreign", merged, ["-std=c++20", "-I/usr/lib/llvm-22/include",
                                          "-D__STDC_CONSTANT_MACROS", "-D__STDC_LIMIT_MACROS",
                                          "-D_GNU_SOURCE"]))

    if INSTRUCTIONS:
        print("method: instructions executed per process (valgrind --tool=cachegrind), in billions; "
              "no memory figures")
    else:
        print("method: best of %d runs, CPU time (user+sys) per process via wait4; peak RSS = max ru_maxrss"
              % args.repeat)
    u = "_Gi" if INSTRUCTIONS else "_s"
    print("%-8s %7s %6s | %8s %8s %8s %8s | %7s %7s %7s | %6s %6s %6s | %s" % (
        "tasks", "lines", "found", "floor" + u, "peer" + u, "drv" + u, "plug" + u,
        "drv+%", "plug+%", "ours/peer", "fl_MB", "drv_MB", "mem_x", "floor runs (spread)"))
    rows = []
    pool = concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs)
    for label, src, fl in units:
        lines = sum(1 for _ in open(src, errors="replace"))
        runs = {
            "floor": (["clang++-22", "-fsyntax-only"] + fl + [src], None),
            "peer": ([tidy, "--config-file=" + os.path.join(work, ".clang-tidy"), src, "--"] + fl, work),
            "base": ([driver, "--checks=-*,misc-unused-alias-decls", src, "--"] + fl, None),
            "driver": ([driver, "--checks=-*,taskgroup-*", src, "--"] + fl, None),
            "plugin": ([tidy, "--load=" + plugin, "--checks=-*,taskgroup-*", src, "--"] + fl, None),
        }
        futures = {name: pool.submit(best, cmd, args.repeat, cwd) for name, (cmd, cwd) in runs.items()}
        floor, peer, base, drv, plug = (futures[n].result() for n in ("floor", "peer", "base", "driver", "plugin"))
        for name, r in (("floor", floor), ("base", base), ("peer", peer), ("driver", drv), ("plugin", plug)):
            if r[2] not in (0,):
                print("  %s exited %d: %s" % (name, r[2], r[3][-2000:]), file=sys.stderr)
        row = dict(label=label, lines=lines, floor=floor[0], peer=peer[0], driver=drv[0], plugin=plug[0],
                   floor_mb=floor[1], peer_mb=peer[1], driver_mb=drv[1], plugin_mb=plug[1],
                   peer_findings=findings(peer[3]), our_findings=findings(drv[3]),
                   floor_runs=floor[4], base=base[0], base_mb=base[1])
        rows.append(row)
        ours = min(drv[0], plug[0])
        spread = (max(floor[4]) - min(floor[4])) / min(floor[4]) * 100
        peer_added = peer[0] - floor[0]
        # ours / peer, as added CPU time: meaningless while the peer's cost is within noise
        ratio = "%7.2f" % ((ours - floor[0]) / peer_added) if peer_added > 0.05 * floor[0] else "  noise"
        print("%-8s %7d %6d | %8.2f %8.2f %8.2f %8.2f | %6.1f%% %6.1f%% %s | %6.0f %6.0f %6.2f | %s (%.1f%%)" % (
            label, lines, row["our_findings"], floor[0], peer[0], drv[0], plug[0],
            100 * (drv[0] - floor[0]) / floor[0], 100 * (plug[0] - floor[0]) / floor[0],
            ratio,
            floor[1], drv[1], drv[1] / floor[1], " ".join("%.2f" % t for t in floor[4]), spread), flush=True)
        print("         peer: %d findings, %.0f MB; plugin %.0f MB" % (row["peer_findings"], peer[1], plug[1]),
              flush=True)
        # What the checks add to clang-tidy's own walk (base): ours vs. the peer on equal terms.
        print("         base %.2f %s (%+.1f%% of floor), %.0f MB; over base: ours %+.1f%% of floor "
              "(driver %.3f %s), peer %+.1f%% (%.3f %s); mem ours/base %.2f" % (
                  base[0], unit, 100 * (base[0] - floor[0]) / floor[0], base[1],
                  100 * (drv[0] - base[0]) / floor[0], drv[0] - base[0], unit,
                  100 * (peer[0] - base[0]) / floor[0], peer[0] - base[0], unit, drv[1] / base[1]),
              flush=True)

    sized = [r for r in rows if r["label"] != "foreign"]
    for a, b in zip(sized, sized[1:]):
        ga = a["driver"] - a["base"]
        gb = b["driver"] - b["base"]
        print("growth %s -> %s tasks (x%.1f): ours over base %.3f -> %.3f %s (x%.2f), floor x%.2f" % (
            a["label"], b["label"], int(b["label"]) / int(a["label"]), ga, gb, unit,
            gb / ga if ga > 0 else float("nan"), b["floor"] / a["floor"]))

    if args.clangd:
        if not os.path.exists(clangd):
            print("no %s: skipping clangd" % clangd)
        else:
            for label, src, fl in units:
                if label == "foreign" or int(label) > args.clangd_max_tasks:
                    continue
                d = os.path.dirname(src)
                with open(os.path.join(d, "compile_flags.txt"), "w") as f:
                    f.write("\n".join(fl) + "\n")
                with open(os.path.join(d, ".clangd"), "w") as f:
                    f.write("Diagnostics:\n  ClangTidy:\n    Add: [taskgroup-*]\n    FastCheckFilter: None\n")
                start = time.monotonic()
                try:
                    r = subprocess.run([clangd, "--check=" + src, "--check-tidy-time=taskgroup-*",
                                        "--check-locations=0", "--enable-config"],
                                       capture_output=True, text=True, timeout=3600, cwd=d)
                    text = r.stderr
                except subprocess.TimeoutExpired as e:
                    text = (e.stderr or b"").decode() if isinstance(e.stderr, bytes) else (e.stderr or "")
                    text += "\n(timed out)"
                per = re.findall(r"^.*?\s(taskgroup-[\w-]+) = (-?\d+)%", text, re.M)
                base = re.search(r"Baseline = (\S+)", text)
                unstable = text.count("Speed unstable")
                print("clangd %s tasks (%.0f s, baseline %s, %d unstable measurements discarded):" % (
                    label, time.monotonic() - start, base.group(1) if base else "?", unstable))
                for check, pct in per:
                    print("  %-36s %4s%%  %s" % (check, pct, "fast" if int(pct) <= 8 else "SLOW"))
                if not per:
                    print(text[-3000:])
    return 0


if __name__ == "__main__":
    sys.exit(main())
