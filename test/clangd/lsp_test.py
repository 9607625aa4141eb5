#!/usr/bin/env python3
"""End-to-end test of taskgroup-clangd over the Language Server Protocol (no mocks).

Starts the real `taskgroup-clangd` binary on stdio in a temporary project that holds a copy of
test/clangd/Inputs/dag.cpp, a compile_commands.json and the `.clangd` template of
docs/clangd/.clangd, then does what an editor does:

  1. initialize (with code action literal support), initialized, didOpen;
  2. waits for publishDiagnostics holding taskgroup-id-conflict, taskgroup-id-misuse and
     taskgroup-excessive-nesting findings;
  3. asks textDocument/codeAction for the id conflict, takes the quick fix's WorkspaceEdit,
     applies it to the text here and sends it back with didChange (full sync);
  4. waits for the diagnostics of the new version: no id conflict any more, the other findings
     still there (so clang-tidy did run);
  5. shutdown + exit, and the server must exit with status 0.

Throughout, diagnostics that clangd publishes for the `.clangd` file itself (an unknown key or
a bad value in the template) fail the test at once.

Usage: lsp_test.py --clangd build/tool/taskgroup-clangd --include-dir include
                   --clangd-config docs/clangd/.clangd [--timeout SECONDS] [--keep]
"""

import argparse
import json
import os
import queue
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
CONFLICT = "taskgroup-id-conflict"
OTHER_CHECKS = ("taskgroup-id-misuse", "taskgroup-excessive-nesting")


class TestFailure(Exception):
    pass


class LspServer:
    """A language server on stdio: JSON-RPC 2.0 messages with Content-Length framing."""

    def __init__(self, argv, cwd, env, stderr_path):
        self.stderr_path = stderr_path
        self._stderr = open(stderr_path, "wb")
        self.proc = subprocess.Popen(argv, cwd=cwd, env=env, stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=self._stderr)
        self._inbox = queue.Queue()
        self.history = []  # every message received, for failure reports
        self.watchers = []  # called with every message; may raise TestFailure
        self._next_id = 1
        self._reader = threading.Thread(target=self._read_loop, daemon=True)
        self._reader.start()

    # --- wire format ---------------------------------------------------------------------
    def _read_loop(self):
        stream = self.proc.stdout
        try:
            while True:
                headers = {}
                while True:
                    line = stream.readline()
                    if not line:
                        return
                    line = line.decode("ascii").rstrip("\r\n")
                    if not line:
                        break
                    name, _, value = line.partition(":")
                    headers[name.strip().lower()] = value.strip()
                if "content-length" not in headers:
                    self._inbox.put({"__error__": f"message without Content-Length: {headers}"})
                    return
                body = stream.read(int(headers["content-length"]))
                self._inbox.put(json.loads(body.decode("utf-8")))
        except Exception as error:  # reported to the waiting test, not lost in a thread
            self._inbox.put({"__error__": f"reading the server's output failed: {error!r}"})
        finally:
            self._inbox.put(None)  # end of stream

    def _send(self, message):
        message["jsonrpc"] = "2.0"
        body = json.dumps(message).encode("utf-8")
        try:
            self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
            self.proc.stdin.flush()
        except (BrokenPipeError, OSError) as error:
            raise TestFailure(f"cannot send {message.get('method')}: the server's stdin is "
                              f"closed ({error})") from error

    def request(self, method, params):
        request_id = self._next_id
        self._next_id += 1
        self._send({"id": request_id, "method": method, "params": params})
        return request_id

    def notify(self, method, params):
        self._send({"method": method, "params": params})

    # --- waiting ---------------------------------------------------------------------------
    def wait_for(self, what, predicate, timeout):
        """Returns the first message for which predicate(message) is true. Answers the server's
        own requests on the way (with a null result)."""
        deadline = time.monotonic() + timeout
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TestFailure(f"timed out after {timeout:.0f} s waiting for {what}")
            try:
                message = self._inbox.get(timeout=remaining)
            except queue.Empty:
                continue
            if message is None:
                self._inbox.put(None)  # later waits see the end of stream too
                status = self.proc.poll()
                raise TestFailure(f"the server closed its output (exit status {status}) while "
                                  f"the test waited for {what}")
            if "__error__" in message:
                raise TestFailure(message["__error__"])
            self.history.append(message)
            if "method" in message and "id" in message:  # a request from the server
                self._send({"id": message["id"], "result": None})
            for watcher in self.watchers:
                watcher(message)
            if predicate(message):
                return message

    def wait_response(self, request_id, what, timeout):
        message = self.wait_for(what, lambda m: m.get("id") == request_id and "method" not in m,
                                timeout)
        if "error" in message:
            raise TestFailure(f"{what} failed: {json.dumps(message['error'])}")
        return message.get("result")

    def stderr_tail(self, lines=40):
        self._stderr.flush()
        try:
            text = Path(self.stderr_path).read_text(errors="replace").splitlines()
        except OSError:
            return "(no stderr)"
        return "\n".join(text[-lines:])

    def kill(self):
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()
        self._stderr.close()


# --- LSP helpers ------------------------------------------------------------------------------
def offset_of(text, position):
    """The index in `text` of an LSP position (line, UTF-16 code units)."""
    lines = text.splitlines(keepends=True)
    line = position["line"]
    if line > len(lines) or line < 0:
        raise TestFailure(f"position {position} is past the end of the document")
    start = sum(len(l) for l in lines[:line])
    if line == len(lines):
        return start
    units = position["character"]
    column = 0
    for char in lines[line]:
        if units <= 0 or char in "\r\n":
            break
        units -= 2 if ord(char) > 0xFFFF else 1
        column += 1
    return start + column


def apply_text_edits(text, edits):
    spans = sorted(((offset_of(text, e["range"]["start"]), offset_of(text, e["range"]["end"]),
                     e["newText"]) for e in edits), key=lambda s: (s[0], s[1]))
    for (_, end, _), (start, _, _) in zip(spans, spans[1:]):
        if start < end:
            raise TestFailure(f"the quick fix has overlapping edits: {edits}")
    for start, end, new_text in reversed(spans):
        text = text[:start] + new_text + text[end:]
    return text


def edits_for(workspace_edit, uri):
    """The TextEdits of a WorkspaceEdit for one document: its `documentChanges` when it has
    them (a client that supports them uses them instead of `changes`), else its `changes`."""
    edits = []
    if "documentChanges" not in workspace_edit:
        for change_uri, change_edits in (workspace_edit.get("changes") or {}).items():
            if change_uri != uri:
                raise TestFailure(f"the quick fix edits another file: {change_uri}")
            edits.extend(change_edits)
    for change in workspace_edit.get("documentChanges") or []:
        if "textDocument" not in change:
            raise TestFailure(f"the quick fix creates, renames or deletes a file: {change}")
        if change["textDocument"]["uri"] != uri:
            raise TestFailure(f"the quick fix edits another file: {change['textDocument']['uri']}")
        edits.extend(change["edits"])
    return edits


def check_of(diagnostic):
    code = diagnostic.get("code")
    return code if isinstance(code, str) else ""


def summary(diagnostics):
    return "\n".join(f"    {d['range']['start']['line'] + 1}:{d['range']['start']['character'] + 1} "
                     f"[{d.get('source', '')}/{check_of(d)}] {d['message']}"
                     for d in diagnostics) or "    (none)"


def is_diagnostics(message, uri, version=None):
    if message.get("method") != "textDocument/publishDiagnostics":
        return False
    params = message["params"]
    # clangd sends the document's version; a server that does not is taken at its word.
    return params["uri"] == uri and (version is None or params.get("version", version) == version)


# --- the test ------------------------------------------------------------------------------
def run(args, work):
    source = (HERE / "Inputs" / "dag.cpp").read_text()
    main_file = work / "dag.cpp"
    main_file.write_text(source)
    shutil.copyfile(args.clangd_config, work / ".clangd")
    include_dir = Path(args.include_dir).resolve()
    (work / "compile_commands.json").write_text(json.dumps([{
        "directory": str(work),
        "file": str(main_file),
        "arguments": ["clang++", "-std=c++20", f"-I{include_dir}", "-c", str(main_file)],
    }], indent=2))
    uri = main_file.as_uri()

    env = dict(os.environ)
    env["XDG_CONFIG_HOME"] = str(work / "xdg-config")  # no user-level clangd config.yaml
    env["XDG_CACHE_HOME"] = str(work / "xdg-cache")
    argv = [str(Path(args.clangd).resolve()), "--background-index=false", "--log=info",
            "--pretty=false", "--pch-storage=memory", f"--compile-commands-dir={work}"]
    print("starting:", " ".join(argv), flush=True)
    server = LspServer(argv, cwd=work, env=env, stderr_path=work / "clangd.stderr.log")
    started = time.monotonic()

    # A .clangd that clangd cannot read (an unknown key, a bad value) is reported as
    # diagnostics of the .clangd file, and the checks then silently do not run: fail at once.
    config_uri = (work / ".clangd").as_uri()

    def config_problems(message):
        if is_diagnostics(message, config_uri) and message["params"]["diagnostics"]:
            raise TestFailure("clangd reports problems in the .clangd template:\n"
                              + summary(message["params"]["diagnostics"]))

    server.watchers.append(config_problems)

    def step(text):
        print(f"[{time.monotonic() - started:6.1f} s] {text}", flush=True)

    try:
        init = server.request("initialize", {
            "processId": os.getpid(),
            "clientInfo": {"name": "taskgroup-lsp-test"},
            "rootUri": work.as_uri(),
            "workspaceFolders": [{"uri": work.as_uri(), "name": "lsp-test"}],
            "capabilities": {
                "textDocument": {
                    "synchronization": {"dynamicRegistration": False},
                    "publishDiagnostics": {"relatedInformation": True, "versionSupport": True,
                                           "codeDescriptionSupport": True},
                    "codeAction": {
                        "dynamicRegistration": False,
                        "isPreferredSupport": True,
                        "codeActionLiteralSupport": {"codeActionKind": {"valueSet": [
                            "", "quickfix", "refactor", "refactor.extract", "refactor.inline",
                            "refactor.rewrite", "source", "source.organizeImports"]}},
                    },
                },
                "workspace": {"workspaceEdit": {"documentChanges": True},
                              "applyEdit": False, "configuration": False},
            },
        })
        result = server.wait_response(init, "the initialize response", args.timeout)
        capabilities = result.get("capabilities", {})
        step(f"initialized {result.get('serverInfo', {}).get('name', '?')} "
             f"{result.get('serverInfo', {}).get('version', '')}")
        if not capabilities.get("codeActionProvider"):
            raise TestFailure(f"the server offers no code actions: {capabilities}")
        sync = capabilities.get("textDocumentSync")
        sync_kind = sync.get("change") if isinstance(sync, dict) else sync
        if sync_kind not in (1, 2):
            raise TestFailure(f"unexpected textDocumentSync {sync!r}")
        server.notify("initialized", {})

        server.notify("textDocument/didOpen", {"textDocument": {
            "uri": uri, "languageId": "cpp", "version": 1, "text": source}})
        step("didOpen sent; waiting for the diagnostics (clangd builds the preamble first)")

        seen = []  # the diagnostics published for version 1 so far, for failure reports

        def has_all_findings(message):
            if not is_diagnostics(message, uri):
                return False
            diagnostics = message["params"]["diagnostics"]
            seen.append(diagnostics)
            checks = {check_of(d) for d in diagnostics}
            return CONFLICT in checks and all(c in checks for c in OTHER_CHECKS)

        try:
            published = server.wait_for(
                f"publishDiagnostics with {CONFLICT} and {', '.join(OTHER_CHECKS)}",
                has_all_findings, args.timeout)
        except TestFailure as failure:
            last = summary(seen[-1]) if seen else "    (no diagnostics were published)"
            raise TestFailure(f"{failure}\n  the last diagnostics published:\n{last}") from None
        diagnostics = published["params"]["diagnostics"]
        step(f"diagnostics of version {published['params'].get('version')}:\n"
             f"{summary(diagnostics)}")
        for d in diagnostics:
            if check_of(d).startswith("taskgroup-") and d.get("source") != "clang-tidy":
                raise TestFailure(f"a {check_of(d)} finding whose source is not clang-tidy: {d}")
        conflict = next(d for d in diagnostics if check_of(d) == CONFLICT)

        # --- the quick fix -------------------------------------------------------------------
        action_request = server.request("textDocument/codeAction", {
            "textDocument": {"uri": uri},
            "range": conflict["range"],
            "context": {"diagnostics": [conflict]},
        })
        actions = server.wait_response(action_request, "the textDocument/codeAction response",
                                       args.timeout) or []
        step("code actions: " + "; ".join(f"{a.get('kind', '?')}: {a.get('title', '?')}"
                                          for a in actions))
        fixes = [a for a in actions if isinstance(a, dict) and a.get("kind") == "quickfix"
                 and "edit" in a
                 and any(check_of(d) == CONFLICT for d in a.get("diagnostics", [conflict]))]
        if not fixes:
            raise TestFailure(f"no quick fix with an edit for the {CONFLICT} diagnostic among "
                              f"the code actions: {json.dumps(actions, indent=1)}")
        edits = edits_for(fixes[0]["edit"], uri)
        if not edits:
            raise TestFailure(f"the quick fix has no edit: {json.dumps(fixes[0])}")
        fixed = apply_text_edits(source, edits)
        if 'dag.group("reconcile__1")' not in fixed:
            raise TestFailure('the quick fix did not rename the second group to '
                              f'"reconcile__1"; edits: {json.dumps(edits)}')
        if fixed.count('dag.group("reconcile")') != 1:
            raise TestFailure(f"the quick fix changed the first group too; edits: "
                              f"{json.dumps(edits)}")
        step(f"applied '{fixes[0].get('title')}' ({len(edits)} edit(s))")

        server.notify("textDocument/didChange", {
            "textDocument": {"uri": uri, "version": 2},
            "contentChanges": [{"text": fixed}],
        })
        seen.clear()

        def fixed_diagnostics(message):
            if not is_diagnostics(message, uri, version=2):
                return False
            diagnostics = message["params"]["diagnostics"]
            seen.append(diagnostics)
            return not any(check_of(d) == CONFLICT for d in diagnostics)

        try:
            published = server.wait_for(f"publishDiagnostics of version 2 without {CONFLICT}",
                                        fixed_diagnostics, args.timeout)
        except TestFailure as failure:
            last = summary(seen[-1]) if seen else "    (none were published for version 2)"
            raise TestFailure(f"{failure}\n  the last diagnostics of version 2:\n{last}") from None
        diagnostics = published["params"]["diagnostics"]
        step(f"diagnostics of version 2:\n{summary(diagnostics)}")
        checks = {check_of(d) for d in diagnostics}
        missing = [c for c in OTHER_CHECKS if c not in checks]
        if missing:
            raise TestFailure(f"after the fix, the findings of {', '.join(missing)} are gone too "
                              "(did clang-tidy run at all?)")

        # --- shutdown ----------------------------------------------------------------------
        # clangd finishes its background work (it indexes the standard library once a file
        # is open) before it exits: allow it the same generous timeout.
        shutdown = server.request("shutdown", None)
        server.wait_response(shutdown, "the shutdown response", args.timeout)
        server.notify("exit", None)
        try:
            status = server.proc.wait(timeout=args.timeout)
        except subprocess.TimeoutExpired:
            raise TestFailure(f"the server did not exit within {args.timeout:.0f} s of the exit "
                              "notification") from None
        if status != 0:
            raise TestFailure(f"the server exited with status {status} after shutdown + exit")
        step("shut down cleanly (exit status 0)")
    except TestFailure:
        print("\nFAILED; the last messages received from the server:", file=sys.stderr)
        for message in server.history[-args.show:]:
            text = json.dumps(message)
            print("  " + (text if len(text) <= 2000 else text[:2000] + " ..."), file=sys.stderr)
        print(f"\nthe end of the server's stderr ({server.stderr_path}):\n{server.stderr_tail()}",
              file=sys.stderr)
        raise
    finally:
        server.kill()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clangd", required=True, help="the taskgroup-clangd binary")
    parser.add_argument("--include-dir", required=True, help="the TaskGroup headers (include/)")
    parser.add_argument("--clangd-config", default=str(HERE.parent.parent / "docs" / "clangd" /
                                                       ".clangd"),
                        help="the .clangd template (docs/clangd/.clangd)")
    parser.add_argument("--timeout", type=float,
                        default=float(os.environ.get("TASKGROUP_LSP_TIMEOUT", "240")),
                        help="seconds to wait for each answer (default 240; the first "
                             "diagnostics wait for the preamble)")
    parser.add_argument("--show", type=int, default=12,
                        help="how many of the last messages to print on failure")
    parser.add_argument("--keep", action="store_true", help="keep the temporary directory")
    args = parser.parse_args()

    if not os.access(args.clangd, os.X_OK):
        print(f"lsp_test: {args.clangd} is not an executable (build the taskgroup-clangd target)",
              file=sys.stderr)
        return 1
    work = Path(tempfile.mkdtemp(prefix="taskgroup-lsp-")).resolve()
    ok = False
    try:
        run(args, work)
        ok = True
    except TestFailure as failure:
        print(f"\nlsp_test: FAIL: {failure}", file=sys.stderr)
    finally:
        if ok and not args.keep:
            shutil.rmtree(work, ignore_errors=True)
        else:
            print(f"lsp_test: the temporary project is kept in {work}", file=sys.stderr)
    print("lsp_test: PASS" if ok else "lsp_test: FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
