#!/usr/bin/env python3
"""Checks of the static model (`taskgroup inspect`).

  check_model.py cases TOOL CASES_DIR
      Every CASES_DIR/*.cpp: `TOOL inspect FILE --format=json --compare` must equal the
      sibling FILE.json (the expected model; for programs whose structure is known before run
      time it is the program's own `--json`). A sibling FILE.static.json instead holds the
      full static model (`loc`, `dynamic`, `conditional`, `multiplicity`, `refs`, `issues`),
      compared with `--format=json` run from CASES_DIR so locations are relative. A sibling
      FILE.args holds other `inspect` arguments (`--format=dot --group g`, `--max-forks=0`)
      and FILE.out the expected text; `--expect-exit=N` there expects that exit status. When
      FILE.args starts with `why A B`, the command is `TOOL why A B FILE [REST]` instead;
      a sibling FILE.err then holds the expected stderr (any .args case may have one).
  check_model.py fixtures TOOL SOURCE_DIR --floor N [-- EXTRA FLAGS]
      The differential test: for every SOURCE_DIR/fixtures/63_*.cpp whose golden
      fixtures/expected/<name>.json exists, compares the static JSON (with its static keys)
      with it: `equal` (the same document without the static keys), `dynamic` (equal except
      the run-time-dependent nodes: `dynamic` nodes and their subtrees matched by pattern,
      `{?}` matching any run of characters, conditional nodes not built at run time, fields
      with a `{?}` hole), or `differs` (a non-dynamic part differs: listed). Prints
      `N of 50 fixtures equal` and `M with only dynamic differences`; fails when a fixture
      differs or when N + M is below the floor (regressions).
"""

from __future__ import annotations

import argparse
import json
import os
import re
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
            if extra[:1] == ["why"]:  # `why A B [OPTIONS]`: the file goes after A and B
                cmd = [str(tool), "why", *extra[1:3], source.name, *extra[3:], "--", "-std=c++20"]
            else:
                cmd = [str(tool), "inspect", source.name, *extra, "--", "-std=c++20"]
            try:
                r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                   timeout=TIMEOUT, check=False, cwd=directory)
            except subprocess.TimeoutExpired:
                return 124, "", f"timed out after {TIMEOUT}s"
            out = r.stdout.decode(errors="replace").replace(str(directory) + "/", "")
            err = r.stderr.decode(errors="replace").replace(str(directory) + "/", "")
            rc = 0 if r.returncode == want else r.returncode or 1
            # FILE.err: the expected stderr (messages of `why`), compared too when present
            err_path = source.with_suffix(".err")
            if rc == 0 and err_path.exists() and err != err_path.read_text():
                return 1, out, "stderr differs:\n" + diff(err_path.read_text(), err, err_path.name)
            return rc, out, err
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


# ---- the differential test: static model vs the runtime --json ----

HOLE = "{?}"


def matches(static, runtime) -> bool:
    """A static value against a runtime one: equal, or a string whose `{?}` holes each match
    any run of characters."""
    if isinstance(static, str) and HOLE in static and isinstance(runtime, str):
        pattern = ".*".join(re.escape(part) for part in static.split(HOLE))
        return re.fullmatch(pattern, runtime, re.DOTALL) is not None
    return static == runtime


def strip_static(static: dict, runtime: dict) -> dict:
    """The static document with only the keys the runtime writes (MODEL.md: comparison
    ignores keys it does not know)."""
    def keys(nodes: list[dict]) -> set[str]:
        return {k for n in nodes for k in n}
    out = {k: v for k, v in static.items() if k in runtime}
    dag_keys = keys(runtime.get("dags", []))
    group_keys = keys([g for d in runtime.get("dags", []) for g in d.get("groups", [])])
    task_keys = keys([t for d in runtime.get("dags", []) for t in d.get("tasks", [])])
    dags = []
    for d in static.get("dags", []):
        dag = {k: v for k, v in d.items() if k in dag_keys}
        if "groups" in dag:
            dag["groups"] = [{k: v for k, v in g.items() if not group_keys or k in group_keys}
                             for g in dag["groups"]]
        if "tasks" in dag:
            dag["tasks"] = [{k: v for k, v in t.items() if not task_keys or k in task_keys}
                            for t in dag["tasks"]]
        dags.append(dag)
    out["dags"] = dags
    return out


def compare_dag(sd: dict, rd: dict) -> tuple[list[str], list[tuple[str, str]]]:
    """One DAG: the static model `sd` (with its static keys) against the runtime's `rd`.

    Returns (differences, run-time-dependent parts as (kind, text): "dynamic" for a dynamic
    node with its number of run-time instances, "conditional" for a conditional node not built
    at run time, "hole" for fields with a `{?}` hole). Non-dynamic static nodes must be at run
    time with equal fields (a `{?}` hole in a field matches anything), unless they are
    conditional and absent; every runtime node must be a non-dynamic static node or an instance
    of a dynamic one (a node marked `dynamic`, or under a dynamic group), matched by pattern with
    its fields; every runtime edge must be a static edge between the nodes it matches, and every
    static edge between non-dynamic nodes present at run time a runtime edge."""
    diffs: list[str] = []
    notes: list[tuple[str, str]] = []
    sgroups = {g["group_id"]: g for g in sd.get("groups", [])}
    stasks = {t["task_id"]: t for t in sd.get("tasks", [])}
    rgroups = {g["group_id"]: g for g in rd.get("groups", [])}
    rtasks = {t["task_id"]: t for t in rd.get("tasks", [])}

    def dynamic_group(gid) -> bool:
        seen = set()
        while gid is not None and gid in sgroups and gid not in seen:
            seen.add(gid)
            g = sgroups[gid]
            if g.get("dynamic") or HOLE in gid:
                return True
            gid = g.get("parent")
        return False

    def dynamic_node(n: dict, is_group: bool) -> bool:
        nid = n["group_id" if is_group else "task_id"]
        return bool(n.get("dynamic")) or HOLE in nid or dynamic_group(
            n.get("parent") if is_group else n.get("group"))

    def field_diffs(s: dict, r: dict, skip: set[str]) -> list[str]:
        out = []
        for k, rv in r.items():
            if k in skip:
                continue
            if k not in s:
                out.append(f"{k}: missing in the static model (run time {json.dumps(rv)})")
            elif not matches(s[k], rv):
                out.append(f"{k}: static {json.dumps(s[k])}, run time {json.dumps(rv)}")
        return out

    # task id at run time -> static task id; static id -> its run-time instances
    task_match: dict[str, str] = {}
    instances: dict[tuple[bool, str], list[str]] = {}
    for is_group, snodes, rnodes, key in ((True, sgroups, rgroups, "group_id"),
                                          (False, stasks, rtasks, "task_id")):
        kind = "group" if is_group else "task"
        skip = {key, "downstream"}
        dynamic = [n for n in snodes.values() if dynamic_node(n, is_group)]
        fixed = {i: n for i, n in snodes.items() if not dynamic_node(n, is_group)}
        for sid, s in fixed.items():
            if sid in rnodes:
                for d in field_diffs(s, rnodes[sid], skip):
                    diffs.append(f"{kind} {sid}: {d}")
                if not is_group:
                    task_match[sid] = sid
                partial = [k for k in rnodes[sid] if k not in skip and isinstance(s.get(k), str)
                           and HOLE in s[k]]
                if partial:
                    notes.append(("hole", f"{sid} {', '.join(f'{k} {s[k]!r}' for k in partial)}"))
            elif s.get("conditional"):
                notes.append(("conditional", sid))
            else:
                diffs.append(f"{kind} {sid}: in the static model, not at run time")
        for rid, r in rnodes.items():
            if rid in fixed:
                continue
            candidates = [s for s in dynamic if matches(s[key], rid)]
            chosen = next((s for s in candidates if not field_diffs(s, r, skip)), None)
            if chosen is None:
                if candidates:
                    s = candidates[0]
                    for d in field_diffs(s, r, skip):
                        diffs.append(f"{kind} {rid} (an instance of dynamic {s[key]}): {d}")
                else:
                    diffs.append(f"{kind} {rid}: at run time, not in the static model")
                continue
            instances.setdefault((is_group, chosen[key]), []).append(rid)
            if not is_group:
                task_match[rid] = chosen[key]
        for s in dynamic:
            n = len(instances.get((is_group, s[key]), []))
            notes.append(("dynamic", f"{s[key]} \u00d7{n}"))

    # edges
    for rid, r in rtasks.items():
        if rid not in task_match:
            continue  # already reported
        for down in r.get("downstream", []):
            if down not in task_match:
                continue
            su, sv = task_match[rid], task_match[down]
            if sv not in stasks.get(su, {}).get("downstream", []):
                diffs.append(f"edge {rid} -> {down}: at run time, not in the static model"
                             + (f" (as {su} -> {sv})" if (su, sv) != (rid, down) else ""))
    for sid, s in stasks.items():
        if dynamic_node(s, False) or sid not in rtasks:
            continue
        for down in s.get("downstream", []):
            if down in stasks and not dynamic_node(stasks[down], False) and down in rtasks \
                    and down not in rtasks[sid].get("downstream", []):
                diffs.append(f"edge {sid} -> {down}: in the static model, not at run time")
    return diffs, notes


def compare(static: dict, runtime: dict) -> tuple[list[str], list[tuple[str, str]]]:
    diffs: list[str] = []
    notes: list[tuple[str, str]] = []
    sdags = {d["dag_id"]: d for d in static.get("dags", [])}
    for rd in runtime.get("dags", []):
        sd = sdags.pop(rd["dag_id"], None)
        if sd is None:
            sd = next((d for i, d in sdags.items() if HOLE in i and matches(i, rd["dag_id"])), None)
            if sd is None:
                diffs.append(f"dag {rd['dag_id']}: at run time, not in the static model")
                continue
            notes.append(("dynamic", f"dag {sd['dag_id']}"))
        d, n = compare_dag(sd, rd)
        diffs += d
        notes += n
        # an issue the runtime would have thrown on every path: the program would not run
        for issue in sd.get("issues", []):
            if not issue.get("conditional"):
                diffs.append(f"issue {issue.get('kind')}: {issue.get('message')} "
                             f"@ {issue.get('loc')} (the program runs)")
    for sid, sd in sdags.items():
        diffs.append(f"dag {sid}: in the static model, not at run time")
    return diffs, notes


def fixtures(tool: Path, root: Path, floor: int, flags: list[str], verbose: bool) -> int:
    """Each fixture's static model (with its static keys) against its runtime golden --json:
    `equal` (the same document once the static keys are left out), `dynamic` (equal except
    its run-time-dependent nodes, listed: dynamic nodes matched by pattern, with their number
    of run-time instances, conditional nodes not built in the golden's environment, fields
    with a `{?}` hole) or `differs` (a non-dynamic part is wrong: listed)."""
    expected_dir = root / "fixtures" / "expected"
    sources = sorted((root / "fixtures").glob("63_*.cpp"))
    with_golden = [s for s in sources if (expected_dir / f"{s.stem}.json").exists()]
    with ThreadPoolExecutor(JOBS) as pool:
        results = dict(zip(with_golden, pool.map(
            lambda s: inspect(tool, s, ["-I" + str(root / "fixtures"), *flags], compare=False),
            with_golden)))
    equal, dynamic, differing, no_golden = [], [], [], []
    for source in sources:
        name = source.stem
        if source not in results:
            err = expected_dir / f"{name}.err"
            status = err.read_text().splitlines()[0] if err.exists() else "no golden"
            no_golden.append(name)
            print(f"no golden  {name} (the program fails at run time: {status})")
            continue
        rc, out, err = results[source]
        golden_text = (expected_dir / f"{name}.json").read_text()
        golden = json.loads(golden_text)
        try:
            static = json.loads(out)
        except json.JSONDecodeError:
            differing.append(name)
            print(f"differs    {name} (exit {rc}): no JSON from the static model")
            sys.stdout.write(err[-2000:])
            continue
        diffs, notes = compare(static, golden)
        if rc != 0:
            diffs.insert(0, f"taskgroup inspect exit {rc}: {err.strip()[-500:]}")
        same_text = strip_static(static, golden) == golden
        if not diffs and same_text and not notes:
            equal.append(name)
            print(f"equal      {name}")
        elif not diffs:
            dynamic.append(name)
            parts = {kind: [text for k, text in notes if k == kind]
                     for kind in ("dynamic", "conditional", "hole")}
            line = (f"equal except {len(parts['dynamic'])} dynamic nodes"
                    + (f" ({', '.join(parts['dynamic'])})" if parts["dynamic"] else ""))
            if parts["conditional"]:
                line += (f"; {len(parts['conditional'])} conditional nodes not built at run time"
                         f" ({', '.join(parts['conditional'])})")
            if parts["hole"]:
                line += f"; {len(parts['hole'])} with a {HOLE} field ({'; '.join(parts['hole'])})"
            print(f"dynamic    {name}: {line}")
        else:
            differing.append(name)
            print(f"differs    {name}:")
            for d in diffs:
                print(f"    {d}")
            if verbose:
                compare_text = json.dumps(strip_static(static, golden), indent=1) + "\n"
                sys.stdout.write(diff(json.dumps(golden, indent=1) + "\n", compare_text, name))
    print(f"{len(equal)} of {len(sources)} fixtures equal")
    print(f"{len(dynamic)} with only dynamic differences")
    print(f"{len(differing)} differ; {len(no_golden)} without a runtime golden "
          f"(the program fails: {', '.join(no_golden) or 'none'})")
    status = 0
    if differing:
        print(f"FAIL: a non-dynamic part differs in {', '.join(differing)}")
        status = 1
    if len(equal) + len(dynamic) < floor:
        print(f"FAIL: {len(equal)} equal + {len(dynamic)} dynamic-only is below the recorded "
              f"floor {floor}")
        status = 1
    return status


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
