#!/usr/bin/env python3
"""`taskgroup gate` on the sample project (several translation units, a shared header).

  gate_test.py --taskgroup PATH --include DIR --node PATH --npm PATH --schema-dir DIR

Checks the exit codes (1 new findings, 0 clean against the baseline, 2 a file that does not
compile), that a shared header's finding is reported once, the SARIF 2.1.0 structure GitHub code
scanning reads, and that the baseline survives moved code and catches a new finding.

Every SARIF file the gate writes is validated against the official SARIF 2.1.0 JSON schema by
validate_sarif.js. The schema is not kept in the repository: `npm ci` installs the pinned
packages of sarif-schema/ into --schema-dir (once; a stamp records the lock file it installed),
so the npm registry must be reachable, and the test fails saying so when it is not. Broken
copies of a SARIF file (a `level` of "fatal", no `version`, a path that is not a URI) must be
rejected, so the validation is known to bite.

`taskgroup fix` on overlap/ (two units whose fixes insert different edges at one place of a
shared header) must refuse both fixes, name them, write nothing and exit 1, with `--dry-run` too.
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
OVERLAP = HERE / "overlap"
SCHEMA_PACKAGES = HERE / "sarif-schema"
SARIF_FILES: list[Path] = []  # every SARIF file the gate wrote, validated at the end


def write_database(root: Path, include: str) -> None:
    units = sorted((root / "dags").glob("*.cpp"))
    json.dump([{"directory": str(root), "file": str(u),
                "arguments": ["clang++-22", "-std=c++20", f"-I{include}", f"-I{root / 'include'}",
                              "-c", str(u)]} for u in units],
              (root / "compile_commands.json").open("w"), indent=1)


def gate(tool: str, root: Path, *extra: str, sarif: Path | None = None
         ) -> subprocess.CompletedProcess:
    if sarif:
        sarif.parent.mkdir(parents=True, exist_ok=True)
        extra += ("--sarif", str(sarif))
        SARIF_FILES.append(sarif)
    return subprocess.run([tool, "gate", "-p", str(root), "--root", str(root), "-j", "2", *extra],
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                          timeout=900)


# --- the official schema: fetched with npm at test time, checked with node -----------------

def start_schema_install(args: argparse.Namespace) -> subprocess.Popen | None:
    """Starts `npm ci` of the pinned schema packages in --schema-dir, unless the same lock file
    is installed there already. None when nothing needs installing."""
    target = Path(args.schema_dir)
    lock = (SCHEMA_PACKAGES / "package-lock.json").read_bytes()
    stamp = target / "installed-package-lock.json"
    if stamp.exists() and stamp.read_bytes() == lock and (target / "node_modules").is_dir():
        return None
    target.mkdir(parents=True, exist_ok=True)
    stamp.unlink(missing_ok=True)
    for name in ("package.json", "package-lock.json"):
        shutil.copyfile(SCHEMA_PACKAGES / name, target / name)
    try:
        return subprocess.Popen([args.npm, "ci", "--ignore-scripts", "--no-audit", "--no-fund",
                                 "--loglevel=error"], cwd=target, stdout=subprocess.PIPE,
                                stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, text=True)
    except OSError as error:
        expect(False, f"npm ({args.npm}) runs, to fetch the SARIF 2.1.0 schema", str(error))
        return None


def finish_schema_install(args: argparse.Namespace, npm: subprocess.Popen | None) -> bool:
    target = Path(args.schema_dir)
    if npm is not None:
        try:
            output, _ = npm.communicate(timeout=600)
        except subprocess.TimeoutExpired:
            npm.kill()
            output, _ = npm.communicate()
        expect(npm.returncode == 0,
               "npm ci fetched the pinned SARIF schema packages (@microsoft/jest-sarif "
               "1.0.0-beta.0, ajv 6.12.6) into " + str(target),
               (output or "") + "\nthe npm registry must be reachable: the official SARIF 2.1.0 "
               "schema is not kept in the repository")
        if npm.returncode != 0:
            return False
        shutil.copyfile(target / "package-lock.json", target / "installed-package-lock.json")
    return (target / "installed-package-lock.json").exists()


def validate(args: argparse.Namespace, files: list[Path]) -> subprocess.CompletedProcess:
    try:
        return subprocess.run([args.node, str(HERE / "validate_sarif.js"), "--modules",
                               args.schema_dir, *map(str, files)], stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT, text=True, timeout=300)
    except OSError as error:
        return subprocess.CompletedProcess([args.node], 2, f"cannot run node: {error}")


def check_schema(args: argparse.Namespace, npm: subprocess.Popen | None, work: Path) -> None:
    """Every SARIF file the test wrote is valid against the official schema; broken copies are
    not."""
    if not finish_schema_install(args, npm):
        return
    checked = validate(args, SARIF_FILES)
    print(checked.stdout.strip())
    expect(checked.returncode == 0 and checked.stdout.count("\nvalid ") == len(SARIF_FILES),
           f"the {len(SARIF_FILES)} SARIF files the gate wrote are valid SARIF 2.1.0 "
           "(official JSON schema)", checked.stdout)

    log = json.loads(SARIF_FILES[0].read_text())
    broken: dict[str, tuple[dict, str]] = {}
    fatal = json.loads(json.dumps(log))
    fatal["runs"][0]["results"][0]["level"] = "fatal"
    broken["fatal"] = (fatal, "/runs/0/results/0/level: should be equal to one of the allowed "
                              "values")
    unversioned = {k: v for k, v in log.items() if k != "version"}
    broken["unversioned"] = (unversioned, "/: should have required property 'version'")
    spaced = json.loads(json.dumps(log))
    spaced["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"][
        "uri"] = "dags/new orders.cpp"
    broken["spaced"] = (spaced, "/runs/0/results/0/locations/0/physicalLocation/"
                                "artifactLocation/uri: should match format \"uri-reference\"")
    paths = []
    for name, (doc, _) in broken.items():
        paths.append(work / f"broken-{name}.sarif")
        paths[-1].write_text(json.dumps(doc))
    rejected = validate(args, paths)
    blocks = {}  # file -> its verdict line and error lines
    for line in rejected.stdout.splitlines():
        if line.startswith(("valid ", "INVALID ")):
            blocks[line.split(" ", 1)[1]] = [line]
        elif line.startswith("  ") and blocks:
            list(blocks.values())[-1].append(line)
    for path, (name, (_, error)) in zip(paths, broken.items()):
        block = blocks.get(str(path), [""])
        expect(rejected.returncode == 1 and block[0].startswith("INVALID ")
               and any(line.strip().startswith(error) for line in block[1:]),
               f"the schema rejects a broken SARIF file ({name}): {error}", rejected.stdout)


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
    # What GitHub code scanning documents beyond the schema: a unique rule id, the rule's
    # fullDescription.text and help.text ("Required"), results in a `results` array, each with a
    # ruleId, a message, one to ten locations and partialFingerprints.
    expect(len(set(ids)) == len(ids) and all(
        r["fullDescription"]["text"] and r["help"]["text"] and r["helpUri"].startswith("https://")
        for r in rules), "SARIF (GitHub): unique rule ids, fullDescription, help and helpUri",
        json.dumps(rules)[:2000])
    expect(isinstance(run.get("results"), list) and run["tool"]["driver"]["name"],
           "SARIF (GitHub): the run names its tool and has a results array")
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
                and 1 <= len(r["locations"]) <= 10
                and all(rel["message"]["text"] for rel in r.get("relatedLocations", []))
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


def check_overlap(args: argparse.Namespace, root: Path, sarif: Path) -> None:
    """`taskgroup fix` on overlap/: left.cpp and right.cpp call one factory of a shared header,
    each naming a different task for its `publish.post` to pull. taskgroup-tight-coupling's fix
    for the hidden dependency inserts the missing edge after the statement that creates `post`:
    `fetch >> publish;` in one unit, `mirror >> publish;` in the other, at one place of the
    header. Both fixes are refused and named; nothing is written; exit 1."""
    shutil.copytree(OVERLAP, root)
    write_database(root, args.include)
    header = root / "include" / "overlap" / "pipeline.hpp"
    files = sorted(p for p in root.rglob("*") if p.is_file())
    before = {p: p.read_bytes() for p in files}
    found = gate(args.taskgroup, root, sarif=sarif)
    expect(found.returncode == 1 and len(warnings(found.stdout)) == 2
           and all("pipeline.hpp:23:74: warning: task 'pipeline.publish.post' pulls the XCom"
                   in w and "[taskgroup-tight-coupling]" in w for w in warnings(found.stdout)),
           "overlap: the gate reports the hidden dependency of each unit in the header",
           found.stdout)
    log = json.loads(sarif.read_text())
    expect(log["runs"][0]["originalUriBaseIds"]["%SRCROOT%"]["uri"].endswith(
        "/with%20space/overlap/"), "SARIF: a root with a space is a percent-encoded URI",
        json.dumps(log["runs"][0]["originalUriBaseIds"]))

    run = lambda *extra: subprocess.run([args.taskgroup, "fix", "-p", str(root), "-j", "2",
                                         *extra], stdout=subprocess.PIPE,
                                        stderr=subprocess.PIPE, text=True, timeout=900)
    # The header's bytes at the insertion point: the end of line 23.
    offset = len("".join(header.read_text().splitlines(keepends=True)[:23])) - 1
    refusal = [f"taskgroup fix: refusing two fixes that edit overlapping text at {header}:23:",
               f"(offset {offset}):",
               f"[taskgroup-tight-coupling] from {root / 'dags' / 'left.cpp'}: task "
               "'pipeline.publish.post' pulls the XCom of 'pipeline.fetch.api'",
               f"[taskgroup-tight-coupling] from {root / 'dags' / 'right.cpp'}: task "
               "'pipeline.publish.post' pulls the XCom of 'pipeline.mirror.files'",
               f'at offset {offset} inserts "\\n  fetch >> publish;"',
               f'at offset {offset} inserts "\\n  mirror >> publish;"']
    unchanged = lambda: all(p.read_bytes() == before[p] for p in files)
    for mode, extra, summary in (
            ("--dry-run", ("--dry-run",), "0 fix(es) would change 0 file(s); 2 refused"),
            ("a real run", (), "0 fix(es) changed 0 file(s); 2 refused")):
        done = run(*extra)
        missing = [r for r in refusal if r not in done.stderr]
        expect(done.returncode == 1 and not missing and summary in done.stderr
               and not done.stdout and unchanged(),
               f"overlap, {mode}: both fixes refused and named (header line and offset, check, "
               "unit, edits), nothing written, exit 1",
               f"exit {done.returncode}; missing {missing}\n{done.stderr}{done.stdout}")

    # Each fix is sound on its own: with only left.cpp in the database it is applied, and the
    # program then orders fetch before publish.
    database = root / "compile_commands.json"
    database.write_text(json.dumps([e for e in json.loads(database.read_text())
                                    if e["file"].endswith("left.cpp")]))
    alone = run()
    lines = before[header].decode().splitlines(keepends=True)
    expected = "".join(lines[:23] + ["  fetch >> publish;\n"] + lines[23:])
    expect(alone.returncode == 0 and header.read_text() == expected,
           "overlap: one unit alone gets its edge inserted in the header, after line 23",
           alone.stderr + header.read_text())
    shown = runtime_json(args, root, "left")
    expect('"pipeline.publish.post"' in shown and '"pipeline.fetch.api"' in shown
           and "does not compile" not in shown,
           "overlap: after the single fix the program builds and runs", shown)


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
    parser.add_argument("--node", required=True)
    parser.add_argument("--npm", required=True)
    parser.add_argument("--schema-dir", required=True)
    args = parser.parse_args()
    npm = start_schema_install(args)  # runs while the gate does
    with tempfile.TemporaryDirectory(prefix="gate.") as tmp:
        root = Path(tmp) / "sample"
        sarifs = Path(tmp) / "sarif"
        shutil.copytree(SAMPLE, root)
        write_database(root, args.include)

        first = gate(args.taskgroup, root, sarif=sarifs / "first.sarif")
        found = warnings(first.stdout)
        expect(first.returncode == 1, "new findings: exit 1", first.stdout)
        expect(len(found) == 4, "4 findings (the shared header's once)", first.stdout)
        expect(sum("exports.hpp:11:" in w for w in found) == 1,
               "the header's invalid task id is reported once for two translation units",
               first.stdout)
        expect(any("orders.cpp:9:35: warning: group id 'load' is already used" in w for w in found),
               "the orders DAG's conflict is reported", first.stdout)
        check_sarif(sarifs / "first.sarif", len(found))

        baseline = root / "baseline.json"
        update = gate(args.taskgroup, root, "--baseline", str(baseline), "--update-baseline")
        expect(update.returncode == 0 and len(json.loads(baseline.read_text())["findings"]) == 4,
               "--update-baseline records the 4 findings", update.stdout)
        accepted = gate(args.taskgroup, root, "--baseline", str(baseline),
                        sarif=sarifs / "accepted.sarif")
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
        new = gate(args.taskgroup, root, "--baseline", str(baseline), sarif=sarifs / "new.sarif")
        expect(new.returncode == 1 and len(warnings(new.stdout)) == 1
               and "'load' is already used" in warnings(new.stdout)[0],
               "a new conflict: exit 1, only the new finding printed", new.stdout)

        (root / "dags" / "broken.cpp").write_text("#include <taskgroup/taskgroup.hpp>\nint f( {\n")
        write_database(root, args.include)
        broken = gate(args.taskgroup, root, "--baseline", str(baseline),
                      sarif=sarifs / "broken.sarif")
        expect(broken.returncode == 2 and "cannot check" in broken.stdout + (broken.stderr or "")
               and "broken.cpp" in broken.stdout, "a file that does not compile: exit 2, named",
               broken.stdout)
        check_fix(args, Path(tmp) / "fix")
        check_refactorings(args, Path(tmp) / "refactor")
        check_overlap(args, Path(tmp) / "with space" / "overlap", sarifs / "overlap.sarif")
        check_schema(args, npm, Path(tmp))
    return summary()


if __name__ == "__main__":
    sys.exit(main())
