#!/usr/bin/env python3
"""`taskgroup gate` on the sample project (several translation units, a shared header).

  gate_test.py --taskgroup PATH --include DIR

Checks the exit codes (1 new findings, 0 clean against the baseline, 2 a file that does not
compile), that a shared header's finding is reported once, the SARIF 2.1.0 structure GitHub code
scanning reads, and that the baseline survives moved code and catches a new finding.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

SAMPLE = Path(__file__).resolve().parent / "sample"
FAILURES: list[str] = []


def expect(condition: bool, what: str, detail: str = "") -> None:
    print(("ok   " if condition else "FAIL ") + what)
    if not condition:
        FAILURES.append(what)
        if detail:
            print(detail[-4000:])


def write_database(root: Path, include: str) -> None:
    units = sorted((root / "dags").glob("*.cpp"))
    json.dump([{"directory": str(root), "file": str(u),
                "arguments": ["clang++-22", "-std=c++20", f"-I{include}", f"-I{root / 'include'}",
                              "-c", str(u)]} for u in units],
              (root / "compile_commands.json").open("w"), indent=1)


def gate(tool: str, root: Path, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run([tool, "gate", "-p", str(root), "--root", str(root), "-j", "2", *extra],
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                          timeout=900)


def warnings(output: str) -> list[str]:
    return [line for line in output.splitlines() if ": warning: " in line]


def check_sarif(path: Path, findings: int) -> None:
    log = json.loads(path.read_text())
    expect(log.get("version") == "2.1.0" and "sarif" in log.get("$schema", ""),
           "SARIF: version 2.1.0 with its $schema")
    run = log["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    ids = [r["id"] for r in rules]
    expect(all(r.get("helpUri", "").endswith(r["id"].removeprefix("taskgroup-") + ".md")
               and r["shortDescription"]["text"] for r in rules),
           "SARIF: every rule has a description and a help link to its docs page")
    results = run["results"]
    expect(len(results) == findings, f"SARIF: {findings} results", json.dumps(results)[:2000])
    for r in results:
        loc = r["locations"][0]["physicalLocation"]
        good = (r["ruleId"] in ids and ids[r["ruleIndex"]] == r["ruleId"]
                and r["level"] in ("none", "note", "warning", "error")
                and r["message"]["text"] and loc["region"]["startLine"] >= 1
                and loc["region"]["startColumn"] >= 1
                and not loc["artifactLocation"]["uri"].startswith("/")
                and loc["artifactLocation"]["uriBaseId"] == "%SRCROOT%"
                and len(r["partialFingerprints"]["taskgroupFingerprint/v1"]) == 32)
        expect(good, f"SARIF: result {r['ruleId']} at {loc['artifactLocation']['uri']}:"
                     f"{loc['region']['startLine']} is well formed", json.dumps(r))
    expect(run["originalUriBaseIds"]["%SRCROOT%"]["uri"].startswith("file:///"),
           "SARIF: %SRCROOT% is an absolute file URI")


def check_fix(args: argparse.Namespace, root: Path) -> None:
    """`taskgroup fix`: a dry run shows the diff and writes nothing; the real run renames the
    copy-pasted group, after which the project compiles and nothing is left to fix."""
    shutil.copytree(SAMPLE, root)
    write_database(root, args.include)
    orders = root / "dags" / "orders.cpp"
    before = orders.read_text()
    run = lambda *extra: subprocess.run([args.taskgroup, "fix", "-p", str(root), "-j", "2", *extra],
                                        stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                        text=True, timeout=900)
    dry = run("--dry-run")
    expect(dry.returncode == 0 and '+  tg::TaskGroup again = dag.group("load__1");' in dry.stdout
           and orders.read_text() == before, "fix --dry-run prints the diff, writes nothing",
           dry.stdout)
    done = run()
    expect(done.returncode == 0 and 'dag.group("load__1")' in orders.read_text(),
           "fix renames the copy-pasted group", done.stdout)
    built = subprocess.run(["clang++-22", "-std=c++20", f"-I{args.include}",
                            f"-I{root / 'include'}", "-fsyntax-only", str(orders)],
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    expect(built.returncode == 0, "the fixed project compiles", built.stdout)
    after = orders.read_text()
    again = run()
    expect(again.returncode == 0 and orders.read_text() == after,
           "a second fix run changes nothing", again.stdout)


def runtime_json(args: argparse.Namespace, root: Path, unit: str) -> str:
    exe = root / unit
    built = subprocess.run(["clang++-22", "-std=c++20", f"-I{args.include}",
                            f"-I{root / 'include'}", str(root / "dags" / f"{unit}.cpp"), "-o",
                            str(exe)], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if built.returncode != 0:
        return "does not compile:\n" + built.stdout
    return subprocess.run([str(exe), "--json"], stdout=subprocess.PIPE, text=True).stdout


def check_refactorings(args: argparse.Namespace, root: Path) -> None:
    """`taskgroup rename` and `flatten` across the two translation units and their header."""
    shutil.copytree(SAMPLE, root)
    write_database(root, args.include)
    header = root / "include" / "sample" / "exports.hpp"
    run = lambda *cmd: subprocess.run([args.taskgroup, *cmd, "-p", str(root), "-j", "2"],
                                      stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                      text=True, timeout=900)
    renamed = run("rename", "export.upload files", "export.upload_files")
    expect(renamed.returncode == 0 and header.read_text().count('"upload_files"') == 1,
           "rename edits the shared header once for both translation units", renamed.stdout)
    shown = runtime_json(args, root, "payments")
    expect('"export.upload_files"' in shown, "after the rename the program builds and its "
           "--json shows the new id", shown)

    refused = run("rename", "ingest.fetch", "ingest.fetch_all")
    expect(refused.returncode == 1 and "cannot be updated" in refused.stdout
           and "payments.cpp" in refused.stdout and '"fetch"' in (root / "dags" /
                                                                  "payments.cpp").read_text(),
           "a reference built from two strings: the rename is refused, named, nothing written",
           refused.stdout)

    unknown = run("rename", "no.such", "no.other")
    expect(unknown.returncode == 2 and "no translation unit has a node 'no.such'" in unknown.stdout,
           "an unknown id: exit 2", unknown.stdout)

    flat = run("flatten", "export")
    expect(flat.returncode == 0 and 'parent.group("export")' not in header.read_text(),
           "flatten rewrites the factory in the shared header", flat.stdout)
    after = runtime_json(args, root, "payments")
    expect('"export_payments"' in after and '"export.' not in after,
           "after flattening, the tasks sit at the top level", after)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--taskgroup", required=True)
    parser.add_argument("--include", required=True)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="gate.") as tmp:
        root = Path(tmp) / "sample"
        shutil.copytree(SAMPLE, root)
        write_database(root, args.include)

        first = gate(args.taskgroup, root, "--sarif", str(root / "out.sarif"))
        found = warnings(first.stdout)
        expect(first.returncode == 1, "new findings: exit 1", first.stdout)
        expect(len(found) == 4, "4 findings (the shared header's once)", first.stdout)
        expect(sum("exports.hpp:11:" in w for w in found) == 1,
               "the header's invalid task id is reported once for two translation units",
               first.stdout)
        expect(any("orders.cpp:9:35: warning: group id 'load' is already used" in w for w in found),
               "the orders DAG's conflict is reported", first.stdout)
        check_sarif(root / "out.sarif", len(found))

        baseline = root / "baseline.json"
        update = gate(args.taskgroup, root, "--baseline", str(baseline), "--update-baseline")
        expect(update.returncode == 0 and len(json.loads(baseline.read_text())["findings"]) == 4,
               "--update-baseline records the 4 findings", update.stdout)
        accepted = gate(args.taskgroup, root, "--baseline", str(baseline))
        expect(accepted.returncode == 0 and not warnings(accepted.stdout),
               "against the baseline: exit 0, nothing printed", accepted.stdout)

        orders = root / "dags" / "orders.cpp"
        orders.write_text("// moved down by a new comment\n\n\n" + orders.read_text())
        moved = gate(args.taskgroup, root, "--baseline", str(baseline))
        expect(moved.returncode == 0, "code moved: the baseline still holds (exit 0)", moved.stdout)

        text = orders.read_text().replace(
            "  return dag;\n}", "  tg::TaskGroup third = dag.group(\"load\");\n"
            "  third.task(\"a\", [] { return 5; });\n  third.task(\"b\", [] { return 6; });\n"
            "  return dag;\n}", 1)
        orders.write_text(text)
        new = gate(args.taskgroup, root, "--baseline", str(baseline))
        expect(new.returncode == 1 and len(warnings(new.stdout)) == 1
               and "'load' is already used" in warnings(new.stdout)[0],
               "a new conflict: exit 1, only the new finding printed", new.stdout)

        (root / "dags" / "broken.cpp").write_text("#include <taskgroup/taskgroup.hpp>\nint f( {\n")
        write_database(root, args.include)
        broken = gate(args.taskgroup, root, "--baseline", str(baseline))
        expect(broken.returncode == 2 and "cannot check" in broken.stdout + (broken.stderr or "")
               and "broken.cpp" in broken.stdout, "a file that does not compile: exit 2, named",
               broken.stdout)
        check_fix(args, Path(tmp) / "fix")
        check_refactorings(args, Path(tmp) / "refactor")
    print(f"{len(FAILURES)} failure(s)")
    return 1 if FAILURES else 0


if __name__ == "__main__":
    sys.exit(main())
