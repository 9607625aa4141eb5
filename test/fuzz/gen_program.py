#!/usr/bin/env python3
"""Writes one random DAG program for the differential fuzzer (issue 7).

  gen_program.py --seed N [--out FILE.cpp] [--meta FILE.json] [--intended FILE.cpp]
                 [--clean | --defects K]

The program is a `main` through `tg::cli`, like the fixtures, written only with the names of
API.md: nested groups (handle and scoped forms), `prefix_group_id = false`, loops with
constant bounds building ids with `fmt::format` and `+`, a `TG_GROUP_FACTORY` helper called
several times, `tg::task_group` decorators called repeatedly (`__N` suffixes), constant
`if`/`switch` conditions, mapped groups (`expand`), tooltips and colours, `>>` / `tg::Nodes` /
`tg::chain` edges between tasks and groups, setup/teardown pairs and `xcom_pull` references.

Some programs get injected defects, each of one check's kind, in its own top-level area so
that defects do not interact. Every defect is emitted twice, in one pass: as written (the
program) and as the documented fix-it leaves it (the *intended* program). The intended program's
runtime `--json` is the intended hierarchy after the fixes; for a defect without a fix-it both
are the same text.

The metadata (`--meta`, also printed in the program's leading comment) says what to expect:
  findings   [[check, line], ...]  every warning the checks must give (and no other)
  residual   [check, ...]          the warnings left after `--fix` (the defects without fix-its)
  error      null, or the line `tg::cli` prints on stderr (exit 1) for the defective program
  fixed_error  the same for the program after the fixes (a defect without fix-it that throws)
  kinds      the injected defect kinds (`check/variant`)

Deterministic: the same seed gives the same bytes (random.Random(seed), no hash order).
"""

from __future__ import annotations

import argparse
import json
import random
import sys

TASK_WORDS = ["pull", "clean", "merge", "score", "load", "check", "sign", "stage", "parse",
              "index", "export", "notify", "rank", "split", "audit"]
GROUP_WORDS = ["extract", "transform", "region", "stage", "batch", "ingest", "report", "model",
               "sync", "archive", "publish", "prep"]
# (fill, text) pairs with a contrast ratio well above 4.5:1
COLOURS = [("#e8f7e4", "#1b4d1b"), ("AliceBlue", "#000"), ("#fff8e1", "#3e2723"),
           ("rgb(227, 242, 253)", "#0d2b45"), ("LightYellow", "navy"), ("#f3e5f5", "#4a148c")]
LIGHT_HEX = ["e3f2fd", "fff3e0", "e8f5e9", "fce4ec", "f1f8e9", "ede7f6"]
LIGHT_HEX3 = ["FFF", "eef", "ffe", "efe"]


def root_or(recv: str) -> str:
    return "dag.root()" if recv == "dag" else recv


class Out:
    """Two programs written side by side: as generated, and as the fix-its should leave it."""

    def __init__(self):
        self.prog: list[str] = []
        self.intended: list[str] = []

    def line(self, text: str | None, intended: str | None | bool = True) -> int:
        """Adds `text` (None: only in the intended program) and its intended form (True: the
        same, None: deleted). Returns the line number of `text` in the program (1-based)."""
        if intended is True:
            intended = text
        if text is not None:
            self.prog.append(text)
        if intended is not None:
            self.intended.append(intended)
        return len(self.prog)


class Gen:
    def __init__(self, seed: int, mode: str | None, defects: int | None):
        self.seed = seed
        self.r = random.Random(seed)
        self.o = Out()
        self.token = 0
        self.var = 0
        self.findings: list[list] = []
        self.residual: list[str] = []
        self.kinds: list[str] = []
        self.error: str | None = None
        self.fixed_error: str | None = None
        self.needs_deco = False
        self.needs_mapped = False
        self.needs_factory = False
        self.bad_mapped: list[str] = []  # extra namespace-scope decorators for mapping defects
        self.consts: list[str] = []
        r = self.r
        if mode == "clean":
            self.ndefects = 0
        elif defects is not None:
            self.ndefects = defects
        else:
            self.ndefects = 0 if r.random() < 0.3 else r.choice([1, 1, 2, 3])

    # ----- names ---------------------------------------------------------------------------
    def tok(self) -> int:
        self.token += 1
        return self.token

    def v(self, base: str) -> str:
        self.var += 1
        return f"{base}{self.var}"

    def task_name(self) -> str:
        return f"{self.r.choice(TASK_WORDS)}_{self.tok()}"

    def group_name(self) -> str:
        return f"{self.r.choice(GROUP_WORDS)}_{self.tok()}"

    def opts(self, extra: str = "") -> str:
        r = self.r
        parts = []
        if extra:
            parts.append(extra)
        if r.random() < 0.5:
            parts.append(f'.tooltip = "{r.choice(["Pull raw data", "Per region", "Checks", "Load"])}"')
        if r.random() < 0.3:
            fill, text = r.choice(COLOURS)
            parts.append(f'.ui_color = "{fill}"')
            if r.random() < 0.5:
                parts.append(f'.ui_fgcolor = "{text}"')
        return "{" + ", ".join(parts) + "}" if parts else ""

    def task_stmt(self, recv: str, name: str, ind: str, var: str | None = None,
                  body: str | None = None, kind: str = "task") -> int:
        body = body or self.r.choice(["[] { return 1; }", "[] {}", "[](tg::Context &ctx) { ctx.xcom_push(\"n\", 2); }"])
        call = f'{recv}.empty("{name}")' if kind == "empty" else f'{recv}.{kind}("{name}", {body})'
        return self.o.line(f"{ind}tg::Task {var} = {call};" if var else f"{ind}{call};")

    # ----- clean content -------------------------------------------------------------------
    def fill(self, recv: str, fq: str | None, prefix: bool, depth: int, ind: str,
             mapped_ok: bool = True) -> None:
        """Fills the container `recv` (a tg::TaskGroup or the dag) with 2 or more children,
        then edges among its direct children. `fq` is the prefix for children's ids (None at
        the top level or under prefix_group_id = false), depth the container's depth."""
        r = self.r
        handles: list[str] = []   # variables of direct children, in creation order
        n = r.randint(2, 3) if depth > 0 else r.randint(2, 4)
        kinds = ["task", "task", "task"]
        if depth < 3:
            kinds += ["group", "scoped", "loop_groups"]
        kinds += ["loop_tasks", "cond", "switch", "setup"]
        if depth < 3:
            kinds += ["deco", "factory"]
        if depth < 3 and mapped_ok:
            kinds += ["mapped"]
        if depth < 2:
            kinds += ["noprefix"]
        made = 0
        while made < n:
            k = r.choice(kinds)
            made += 1
            if k == "task":
                v = self.v("t")
                self.task_stmt(recv, self.task_name(), ind, v, kind=r.choice(["task", "task", "empty"]))
                handles.append(v)
            elif k == "group":
                v = self.v("g")
                name = self.group_name()
                self.o.line(f'{ind}tg::TaskGroup {v} = {recv}.group("{name}"{", " + o if (o := self.opts()) else ""});')
                self.fill(v, name if fq is None else f"{fq}.{name}", True, depth + 1, ind)
                handles.append(v)
            elif k == "scoped":
                v = self.v("g")
                p = self.v("s")
                name = self.group_name()
                o = self.opts() or "{}"
                keep = r.random() < 0.5
                lead = f"tg::TaskGroup {v} = " if keep else ""
                self.o.line(f'{ind}{lead}{recv}.group("{name}", {o}, [&](tg::TaskGroup &{p}) {{')
                self.fill(p, None, True, depth + 1, ind + "  ")
                self.o.line(f"{ind}}});")
                if keep:
                    handles.append(v)
            elif k == "loop_groups":
                count = r.randint(2, 3)
                word = r.choice(GROUP_WORDS)
                t1, t2 = self.task_name(), self.task_name()
                s = self.v("s")
                if r.random() < 0.5:
                    i = self.v("i")
                    self.o.line(f"{ind}for (int {i} = 0; {i} < {count}; ++{i}) {{")
                    self.o.line(f'{ind}  tg::TaskGroup {s} = {recv}.group(fmt::format("{word}_{self.tok()}_{{}}", {i}));')
                else:
                    e = self.v("e")
                    names = ", ".join(f'"{x}"' for x in ["eu", "us", "apac"][:count])
                    self.o.line(f"{ind}for (const char *{e} : {{{names}}}) {{")
                    self.o.line(f'{ind}  tg::TaskGroup {s} = {recv}.group(std::string("{word}_{self.tok()}_") + {e});')
                a, b = self.v("t"), self.v("t")
                self.o.line(f'{ind}  tg::Task {a} = {s}.task("{t1}", [] {{ return 1; }});')
                self.o.line(f'{ind}  tg::Task {b} = {s}.empty("{t2}");')
                self.o.line(f"{ind}  {a} >> {b};")
                self.o.line(f"{ind}}}")
            elif k == "loop_tasks":
                count = r.randint(2, 4)
                word = r.choice(TASK_WORDS)
                i = self.v("i")
                if r.random() < 0.5:
                    self.o.line(f"{ind}for (int {i} = 0; {i} < {count}; ++{i})")
                    self.o.line(f'{ind}  {recv}.task(fmt::format("{word}_{self.tok()}_{{}}", {i}), [{i}] {{ return {i}; }});')
                else:
                    self.o.line(f"{ind}for (int {i} = 1; {i} <= {count}; ++{i})")
                    self.o.line(f'{ind}  {recv}.task("{word}_{self.tok()}_" + std::to_string({i}), [] {{}});')
            elif k == "cond":
                c = f"kFlag{self.tok()}"
                val = r.choice(["true", "false"])
                self.consts.append(f"constexpr bool {c} = {val};")
                same = self.task_name()
                other = self.task_name()
                self.o.line(f"{ind}if ({c}) {{")
                self.o.line(f'{ind}  {recv}.task("{same}", [] {{ return 1; }});')
                self.o.line(f"{ind}}} else {{")
                self.o.line(f'{ind}  {recv}.empty("{same}");')
                self.o.line(f'{ind}  {recv}.empty("{other}");')
                self.o.line(f"{ind}}}")
            elif k == "switch":
                c = f"kMode{self.tok()}"
                self.consts.append(f"constexpr int {c} = {r.randint(0, 2)};")
                self.o.line(f"{ind}switch ({c}) {{")
                for case in ["case 0:", "case 1:", "default:"]:
                    self.o.line(f"{ind}{case}")
                    self.o.line(f'{ind}  {recv}.task("{self.task_name()}", [] {{ return 3; }});')
                    self.o.line(f"{ind}  break;")
                self.o.line(f"{ind}}}")
            elif k == "setup":
                su, w, td = self.v("t"), self.v("t"), self.v("t")
                self.o.line(f'{ind}tg::Task {su} = {recv}.setup("{self.task_name()}", [] {{ return 1; }});')
                self.o.line(f'{ind}tg::Task {w} = {recv}.task("{self.task_name()}", [] {{ return 2; }});')
                self.o.line(f'{ind}tg::Task {td} = {recv}.teardown("{self.task_name()}", [] {{}}, {su});')
                self.o.line(f"{ind}{su} >> {w} >> {td};")
                handles.append(w)
            elif k == "deco":
                self.needs_deco = True
                calls = r.randint(1, 3)
                for _ in range(calls):
                    v = self.v("d")
                    self.o.line(f"{ind}tg::TaskGroup {v} = ingest_rows({recv}, {r.randint(1, 9)});")
                    handles.append(v)
            elif k == "factory":
                self.needs_factory = True
                for _ in range(r.randint(1, 2)):
                    v = self.v("f")
                    parent = "dag.root()" if recv == "dag" else recv
                    self.o.line(f'{ind}tg::TaskGroup {v} = add_stage({parent}, "{self.group_name()}");')
                    handles.append(v)
            elif k == "mapped":
                self.needs_mapped = True
                vals = ", ".join(f'"{x}"' for x in r.sample(["orders", "users", "items", "events"], r.randint(1, 3)))
                v = self.v("m")
                self.o.line(f"{ind}tg::TaskGroup {v} = per_table.expand({recv}, {{{vals}}});")
                handles.append(v)
            elif k == "noprefix":
                # a holder whose groups all turn prefixing off (siblings agree on the flag)
                h = self.v("h")
                hname = self.group_name()
                self.o.line(f'{ind}tg::TaskGroup {h} = {recv}.group("{hname}");')
                for _ in range(2):
                    g = self.v("g")
                    self.o.line(f'{ind}tg::TaskGroup {g} = {h}.group("{self.group_name()}", {{.prefix_group_id = false}});')
                    a, b = self.v("t"), self.v("t")
                    self.o.line(f'{ind}tg::Task {a} = {g}.task("{self.task_name()}", [] {{ return 1; }});')
                    self.o.line(f'{ind}tg::Task {b} = {g}.task("{self.task_name()}", [] {{ return 2; }});')
                    self.o.line(f"{ind}{a} >> {b};")
                handles.append(h)
        self.edges(handles, ind)

    def edges(self, handles: list[str], ind: str) -> None:
        """Edges among direct children, forward in creation order (no cycle)."""
        r = self.r
        if len(handles) < 2:
            return
        for _ in range(r.randint(0, 2)):
            form = r.randint(0, 3)
            if form == 0:
                a, b = sorted(r.sample(range(len(handles)), 2))
                self.o.line(f"{ind}{handles[a]} >> {handles[b]};")
            elif form == 1 and len(handles) >= 3:
                a, b, c = sorted(r.sample(range(len(handles)), 3))
                self.o.line(f"{ind}tg::chain({handles[a]}, {handles[b]}, {handles[c]});")
            elif form == 2 and len(handles) >= 3:
                a, b, c = sorted(r.sample(range(len(handles)), 3))
                self.o.line(f"{ind}tg::Nodes{{{handles[a]}, {handles[b]}}} >> {handles[c]};")
            elif form == 3:
                a, b = sorted(r.sample(range(len(handles)), 2))
                self.o.line(f"{ind}{handles[b]} << {handles[a]};")

    # ----- defects -------------------------------------------------------------------------
    DEFECTS = [
        "id-conflict/group", "id-conflict/task", "id-conflict/prefix-false", "id-conflict/loop",
        "id-misuse/space", "id-misuse/dot-group", "id-misuse/task-slash", "id-misuse/repeat-dot",
        "id-misuse/long",
        "excessive-nesting/handle", "excessive-nesting/scoped", "excessive-nesting/in-dependency",
        "single-purpose/one-child", "single-purpose/empty", "single-purpose/empty-dependency",
        "tight-coupling/group-edge", "tight-coupling/hidden-xcom", "tight-coupling/internals",
        "inconsistent-grouping/camel", "inconsistent-grouping/drift", "inconsistent-grouping/prefix-flag",
        "premature-dependency/late-task",
        "setup-teardown/no-teardown", "setup-teardown/no-setup", "setup-teardown/outside",
        "mapping/mapped-task", "mapping/always", "mapping/nested",
        "ui-params/no-hash", "ui-params/blanks", "ui-params/contrast", "ui-params/invalid",
    ]

    def find(self, check: str, line: int, fixable: bool) -> None:
        self.findings.append([f"taskgroup-{check}", line])
        if not fixable:
            self.residual.append(f"taskgroup-{check}")

    def pair_tasks(self, recv: str, ind: str) -> tuple[str, str]:
        a, b = self.v("t"), self.v("t")
        self.o.line(f'{ind}tg::Task {a} = {recv}.task("{self.task_name()}", [] {{ return 1; }});')
        self.o.line(f'{ind}tg::Task {b} = {recv}.task("{self.task_name()}", [] {{ return 2; }});')
        self.o.line(f"{ind}{a} >> {b};")
        return a, b

    def area(self) -> tuple[str, str | None]:
        """A fresh top-level area for one defect: the DAG itself or a new top-level group
        (which gets one more task at the end, see close_area). Returns (receiver, fq)."""
        if self.r.random() < 0.5:
            return "dag", None
        v = self.v("area")
        name = f"area_{self.tok()}"
        self.o.line(f'  tg::TaskGroup {v} = dag.group("{name}");')
        return v, name

    def close_area(self, recv: str) -> None:
        if recv != "dag":
            self.o.line(f'  {recv}.task("{self.task_name()}", [] {{ return 0; }});')

    def defect(self, kind: str) -> None:
        r = self.r
        o = self.o
        I = "  "
        self.kinds.append(kind)
        check, variant = kind.split("/")
        recv, fq = self.area()
        q = (lambda x: x) if fq is None else (lambda x: f"{fq}.{x}")
        if kind == "id-conflict/group":
            name = self.group_name()
            g1, g2 = self.v("g"), self.v("g")
            o.line(f'{I}tg::TaskGroup {g1} = {recv}.group("{name}");')
            self.pair_tasks(g1, I)
            line = o.line(f'{I}tg::TaskGroup {g2} = {recv}.group("{name}");',
                          f'{I}tg::TaskGroup {g2} = {recv}.group("{name}__1");')
            _, b = self.pair_tasks(g2, I)
            leaf = o.prog[-2].split('"')[1]
            use = self.v("t")
            o.line(f'{I}tg::Task {use} = {recv}.task("{self.task_name()}", [](tg::Context &ctx) {{',)
            o.line(f'{I}  return ctx.xcom_pull("{q(name)}.{leaf}").as_int();',
                   f'{I}  return ctx.xcom_pull("{q(name)}__1.{leaf}").as_int();')
            o.line(f"{I}}});")
            o.line(f"{I}{g2} >> {use};")
            self.find(check, line, True)
            self.error = self.error or f"error: DuplicateTaskIdFound: group_id '{name}' has already been added to the DAG"
        elif kind == "id-conflict/task":
            name = self.task_name()
            o.line(f'{I}{recv}.task("{name}", [] {{ return 1; }});')
            self.task_stmt(recv, self.task_name(), I)
            line = o.line(f'{I}{recv}.task("{name}", [] {{ return 2; }});',
                          f'{I}{recv}.task("{name}__1", [] {{ return 2; }});')
            self.find(check, line, True)
            self.error = self.error or f"error: DuplicateTaskIdFound: Task id '{q(name)}' has already been added to the DAG"
        elif kind == "id-conflict/prefix-false":
            name = self.task_name()
            lines = []
            h = self.v("h")
            o.line(f'{I}tg::TaskGroup {h} = {recv}.group("{self.group_name()}");')
            for i in range(2):
                g = self.v("g")
                o.line(f'{I}tg::TaskGroup {g} = {h}.group("{self.group_name()}", {{.prefix_group_id = false}});')
                if i == 0:
                    o.line(f'{I}{g}.task("{name}", [] {{ return 1; }});')
                else:
                    lines.append(o.line(f'{I}{g}.task("{name}", [] {{ return 1; }});',
                                        f'{I}{g}.task("{name}__1", [] {{ return 1; }});'))
                o.line(f'{I}{g}.task("{self.task_name()}", [] {{ return 2; }});')
            self.find(check, lines[0], True)
            self.error = self.error or f"error: DuplicateTaskIdFound: Task id '{name}' has already been added to the DAG"
        elif kind == "id-conflict/loop":
            name = self.task_name()
            i = self.v("i")
            o.line(f"{I}for (int {i} = 0; {i} < 2; ++{i})")
            line = o.line(f'{I}  {recv}.task("{name}", [] {{ return 1; }});')
            self.task_stmt(recv, self.task_name(), I)
            self.find(check, line, False)
            msg = f"error: DuplicateTaskIdFound: Task id '{q(name)}' has already been added to the DAG"
            self.error = self.error or msg
            self.fixed_error = self.fixed_error or msg  # no fix-it: the fixed program still throws
        elif kind in ("id-misuse/space", "id-misuse/dot-group"):
            w1, w2 = r.choice(GROUP_WORDS), r.choice(["items", "data", "eu", "rows"])
            t = self.tok()
            sep = " " if variant == "space" else "."
            bad, good = f"{w1}{sep}{w2}_{t}", f"{w1}_{w2}_{t}"
            g = self.v("g")
            line = o.line(f'{I}tg::TaskGroup {g} = {recv}.group("{bad}");',
                          f'{I}tg::TaskGroup {g} = {recv}.group("{good}");')
            a, b = self.pair_tasks(g, I)
            leaf = o.prog[-2].split('"')[1]
            use = self.v("t")
            o.line(f'{I}tg::Task {use} = {recv}.task("{self.task_name()}", [](tg::Context &ctx) {{')
            o.line(f'{I}  return ctx.xcom_pull("{q(bad)}.{leaf}").as_int();',
                   f'{I}  return ctx.xcom_pull("{q(good)}.{leaf}").as_int();')
            o.line(f"{I}}});")
            o.line(f"{I}{g} >> {use};")
            self.find(check, line, True)
            self.error = self.error or "error: InvalidId: "
        elif kind == "id-misuse/task-slash":
            t = self.tok()
            w = r.choice(TASK_WORDS)
            line = o.line(f'{I}{recv}.task("{w}/usd_{t}", [] {{ return 1; }});',
                          f'{I}{recv}.task("{w}_usd_{t}", [] {{ return 1; }});')
            self.task_stmt(recv, self.task_name(), I)
            self.find(check, line, True)
            self.error = self.error or "error: InvalidId: "
        elif kind == "id-misuse/repeat-dot":
            gname = self.group_name()
            g = self.v("g")
            o.line(f'{I}tg::TaskGroup {g} = {recv}.group("{gname}");')
            w = f"{r.choice(['daily', 'weekly', 'hourly'])}_{self.tok()}"
            line = o.line(f'{I}{g}.task("{gname}.{w}", [] {{ return 1; }});',
                          f'{I}{g}.task("{w}", [] {{ return 1; }});')
            o.line(f'{I}{g}.task("{self.task_name()}", [] {{ return 2; }});')
            self.find(check, line, True)
        elif kind == "id-misuse/long":
            words = [r.choice(TASK_WORDS) for _ in range(9)] + [str(self.tok())]
            line = o.line(f'{I}{recv}.task("{"_".join(words)}_of_every_partition_in_the_warehouse", [] {{ return 1; }});')
            self.task_stmt(recv, self.task_name(), I)
            self.find(check, line, False)
        elif kind == "excessive-nesting/scoped":
            cur = recv
            depth = 0 if recv == "dag" else 1
            while depth < 3:
                g = self.v("g")
                depth += 1
                o.line(f'{I}tg::TaskGroup {g} = {cur}.group("{self.group_name()}");')
                o.line(f'{I}{g}.task("{self.task_name()}", [] {{ return 0; }});')
                cur = g
            sc = self.v("s")
            line = o.line(f'{I}{cur}.group("{self.group_name()}", {{.tooltip = "Fourth level"}}, [&](tg::TaskGroup &{sc}) {{',
                          f"{I}[&](tg::TaskGroup &{sc}) {{")
            self.pair_tasks(sc, I + "  ")
            o.line(f"{I}}});", f"{I}}}({cur});")
            self.find(check, line, True)
        elif kind in ("excessive-nesting/handle", "excessive-nesting/in-dependency"):
            cur = recv
            depth = 0 if recv == "dag" else 1
            line = 0
            tail = None
            while depth < 4:
                g = self.v("g")
                depth += 1
                if depth == 4:
                    if variant == "handle":
                        line = o.line(f'{I}tg::TaskGroup {g} = {cur}.group("{self.group_name()}"{", " + x if (x := self.opts()) else ""});',
                                      f"{I}tg::TaskGroup {g} = {cur};")
                    else:
                        line = o.line(f'{I}tg::TaskGroup {g} = {cur}.group("{self.group_name()}");')
                        tail = g
                else:
                    o.line(f'{I}tg::TaskGroup {g} = {cur}.group("{self.group_name()}");')
                    o.line(f'{I}{g}.task("{self.task_name()}", [] {{ return 0; }});')
                cur = g
            self.pair_tasks(cur, I)
            if tail:
                t = self.v("t")
                o.line(f'{I}tg::Task {t} = dag.task("{self.task_name()}", [] {{ return 5; }});')
                o.line(f"{I}{tail} >> {t};")
            self.find(check, line, variant == "handle")
        elif kind == "single-purpose/one-child":
            g = self.v("g")
            gname = self.group_name()
            line = o.line(f'{I}tg::TaskGroup {g} = {recv}.group("{gname}"{", " + x if (x := self.opts()) else ""});',
                          f"{I}tg::TaskGroup {g} = {root_or(recv)};")
            w, leaf = self.v("t"), self.task_name()
            o.line(f'{I}tg::Task {w} = {g}.task("{leaf}", [] {{ return 2; }});')
            use = self.v("t")
            o.line(f'{I}tg::Task {use} = {recv}.task("{self.task_name()}", [](tg::Context &ctx) {{')
            o.line(f'{I}  return ctx.xcom_pull("{q(gname)}.{leaf}").as_int();',
                   f'{I}  return ctx.xcom_pull("{q(leaf)}").as_int();')
            o.line(f"{I}}});")
            o.line(f"{I}{w} >> {use};")
            self.find(check, line, True)
        elif kind == "single-purpose/empty":
            self.task_stmt(recv, self.task_name(), I)
            line = o.line(f'{I}{recv}.group("{self.group_name()}", {{.tooltip = "TODO: cold storage"}});', None)
            self.task_stmt(recv, self.task_name(), I)
            self.find(check, line, True)
        elif kind == "single-purpose/empty-dependency":
            t = self.v("t")
            self.task_stmt(recv, self.task_name(), I, t)
            g = self.v("g")
            line = o.line(f'{I}tg::TaskGroup {g} = {recv}.group("{self.group_name()}");')
            self.task_stmt(recv, self.task_name(), I)
            o.line(f"{I}{t} >> {g};")
            self.find(check, line, False)
        elif kind in ("tight-coupling/group-edge", "tight-coupling/internals", "tight-coupling/hidden-xcom"):
            ga, gb = self.v("g"), self.v("g")
            na, nb = self.group_name(), self.group_name()
            o.line(f'{I}tg::TaskGroup {ga} = {recv}.group("{na}");')
            a1, a2 = self.pair_tasks(ga, I)
            a2name = o.prog[-2].split('"')[1]
            o.line(f'{I}tg::TaskGroup {gb} = {recv}.group("{nb}");')
            if variant == "hidden-xcom":
                b1 = self.v("t")
                line = o.line(f'{I}tg::Task {b1} = {gb}.task("{self.task_name()}", [](tg::Context &ctx) {{ return ctx.xcom_pull("{q(na)}.{a2name}").as_int(); }});')
                b2 = self.v("t")
                o.line(f'{I}tg::Task {b2} = {gb}.task("{self.task_name()}", [] {{ return 2; }});')
                o.line(f"{I}{b1} >> {b2};")
                o.line(None, f"{I}{ga} >> {gb};")
                self.find(check, line, True)
            else:
                b1, b2 = self.pair_tasks(gb, I)
                if variant == "group-edge":
                    line = o.line(f"{I}{a2} >> {b1};", f"{I}{ga} >> {gb};")
                    self.find(check, line, True)
                else:
                    line = o.line(f"{I}{a1} >> {b2};")
                    self.find(check, line, False)
        elif kind == "inconsistent-grouping/camel":
            g = self.v("g")
            o.line(f'{I}tg::TaskGroup {g} = {recv}.group("{self.group_name()}");')
            ids = r.sample(["web_events", "mobile_events", "ad_spend", "page_views", "cart_items"], 3)
            for x in ids:
                o.line(f'{I}{g}.task("{x}", [] {{ return 1; }});')
            camel, snake = r.choice([("crmContacts", "crm_contacts"), ("billingInvoices", "billing_invoices"),
                                     ("userProfiles", "user_profiles")])
            c = self.v("t")
            line = o.line(f'{I}tg::Task {c} = {g}.task("{camel}", [] {{ return 310; }});',
                          f'{I}tg::Task {c} = {g}.task("{snake}", [] {{ return 310; }});')
            self.find(check, line, True)
        elif kind == "inconsistent-grouping/drift":
            word = r.choice(GROUP_WORDS)
            t = self.tok()
            i, s = self.v("i"), self.v("s")
            o.line(f"{I}for (int {i} = 0; {i} < 3; ++{i}) {{")
            o.line(f'{I}  tg::TaskGroup {s} = {recv}.group(fmt::format("{word}_{t}_{{}}", {i}));')
            a, b = self.v("t"), self.v("t")
            o.line(f'{I}  tg::Task {a} = {s}.task("stitch", [] {{ return 60; }});')
            o.line(f'{I}  tg::Task {b} = {s}.task("attribute", [] {{ return 40; }});')
            o.line(f"{I}  if ({i} == 2)")
            o.line(f'{I}    {a} >> {s}.task("dedupe_ids", [] {{ return 3; }}) >> {b};')
            o.line(f"{I}  else")
            o.line(f"{I}    {a} >> {b};")
            o.line(f"{I}}}")
            self.find(check, 0, False)  # line: the loop-made group; matched by check only
        elif kind == "inconsistent-grouping/prefix-flag":
            h = self.v("h")
            o.line(f'{I}tg::TaskGroup {h} = {recv}.group("{self.group_name()}");')
            odd = r.randint(0, 2)
            line = 0
            for i in range(3):
                g = self.v("g")
                flag = ", {.prefix_group_id = false}" if i == odd else ""
                ln = o.line(f'{I}tg::TaskGroup {g} = {h}.group("{self.group_name()}"{flag});')
                line = ln if i == odd else line
                self.pair_tasks(g, I)
            self.find(check, line, False)
        elif kind == "premature-dependency/late-task":
            g = self.v("g")
            o.line(f'{I}tg::TaskGroup {g} = {recv}.group("{self.group_name()}");')
            o.line(f'{I}{g}.task("{self.task_name()}", [] {{ return 1; }});')
            t = self.v("t")
            self.task_stmt(recv, self.task_name(), I, t)
            line = o.line(f"{I}{g} >> {t};")
            o.line(f'{I}{g}.task("{self.task_name()}", [] {{ return 2; }});')
            self.find(check, line, False)
        elif kind == "setup-teardown/no-teardown":
            g = self.v("g")
            o.line(f'{I}tg::TaskGroup {g} = {recv}.group("{self.group_name()}");')
            line = o.line(f'{I}{g}.setup("{self.task_name()}", [] {{ return 1; }});')
            o.line(f'{I}{g}.task("{self.task_name()}", [] {{ return 2; }});')
            self.find(check, line, False)
        elif kind == "setup-teardown/no-setup":
            g = self.v("g")
            o.line(f'{I}tg::TaskGroup {g} = {recv}.group("{self.group_name()}");')
            o.line(f'{I}{g}.task("{self.task_name()}", [] {{ return 2; }});')
            line = o.line(f'{I}{g}.teardown("{self.task_name()}", [] {{}});')
            self.find(check, line, False)
        elif kind == "setup-teardown/outside":
            up, down = self.v("g"), self.v("g")
            s1 = self.v("t")
            o.line(f'{I}tg::TaskGroup {up} = {recv}.group("{self.group_name()}");')
            o.line(f'{I}tg::Task {s1} = {up}.setup("{self.task_name()}", [] {{ return 1; }});')
            o.line(f'{I}{up}.task("{self.task_name()}", [] {{ return 2; }});')
            o.line(f'{I}tg::TaskGroup {down} = {recv}.group("{self.group_name()}");')
            o.line(f'{I}{down}.task("{self.task_name()}", [] {{ return 3; }});')
            line = o.line(f'{I}{down}.teardown("{self.task_name()}", [] {{}}, {s1});')
            o.line(f"{I}{up} >> {down};")
            self.find(check, line, False)
        elif check == "mapping":
            n = len(self.bad_mapped)
            name = f"bad_map_{self.tok()}"
            fn = f"bad_map{n}"
            if variant == "mapped-task":
                body = ('  g.task("prepare", [v](tg::Context &ctx) { return v.get(ctx); });\n'
                        '  g.task("score", [](tg::Context &ctx) { return ctx.map_index(); }).expand({1, 2, 3});')
                msg = "MappingError: operator expansion in an expanded task group is not yet supported"
            elif variant == "always":
                body = ('  g.task("prepare", [v](tg::Context &ctx) { return v.get(ctx); });\n'
                        '  g.task("cleanup", [] {}, {.trigger_rule = tg::TriggerRule::always});')
                msg = "MappingError: Task-generated mapping within a mapped task group is not allowed with trigger rule 'always'"
            else:
                self.needs_mapped = True
                body = ('  g.task("prepare", [v](tg::Context &ctx) { return v.get(ctx); });\n'
                        '  per_table.expand(g, {"2024", "2025"});')
                msg = "MappingError: Nested Mapped TaskGroups are not yet supported"
            self.bad_mapped.append(
                f'const auto {fn} = tg::task_group("{name}", [](tg::TaskGroup &g, tg::MappedArg<std::string> v) {{\n'
                f"{body}\n}});")
            o.line(f'{I}{fn}.expand({recv}, {{"a", "b"}});')
            self.task_stmt(recv, self.task_name(), I)
            self.find(check, 0, False)  # the line is in the decorator's body
            self.error = self.error or f"error: {msg}"
            self.fixed_error = self.fixed_error or f"error: {msg}"
        elif check == "ui-params":
            g = self.v("g")
            name = self.group_name()
            if variant == "no-hash":
                c = r.choice(LIGHT_HEX + LIGHT_HEX3)
                bad, good = f'"{c}"', f'"#{c}"'
            elif variant == "blanks":
                c = r.choice(["#fff", "AliceBlue", "#e3f2fd"])
                bad, good = f'" {c} "', f'"{c}"'
            elif variant == "contrast":
                bad = good = '"#888", .ui_fgcolor = "#777"'
            else:
                bad = good = f'"{r.choice(["grey50", "#ff00f", "light blue"])}"'
            line = o.line(f'{I}tg::TaskGroup {g} = {recv}.group("{name}", {{.tooltip = "Checks", .ui_color = {bad}}});',
                          f'{I}tg::TaskGroup {g} = {recv}.group("{name}", {{.tooltip = "Checks", .ui_color = {good}}});')
            self.pair_tasks(g, I)
            self.find(check, line, variant in ("no-hash", "blanks"))
        else:
            raise AssertionError(kind)
        self.close_area(recv)

    # ----- the whole program ---------------------------------------------------------------
    def generate(self) -> dict:
        r = self.r
        o = self.o
        body_start = len(o.prog)
        o.line("tg::Dag build() {")
        o.line(f'  tg::Dag dag{{"fuzz_{self.seed}"}};')
        # clean content and defect areas interleaved at the top level
        plan = ["clean"] * r.randint(1, 2) + sorted(r.sample(self.DEFECTS, self.ndefects))
        r.shuffle(plan)
        for step in plan:
            if step == "clean":
                v = self.v("top")
                name = self.group_name()
                if r.random() < 0.3:
                    self.fill("dag", None, True, 0, "  ")
                else:
                    o.line(f'  tg::TaskGroup {v} = dag.group("{name}"{", " + x if (x := self.opts()) else ""});')
                    self.fill(v, name, True, 1, "  ")
            else:
                self.defect(step)
        o.line("  return dag;")
        o.line("}")
        o.line("")
        o.line("int main(int argc, char **argv) { return tg::cli(build(), argc, argv); }")
        body, intended_body = o.prog[body_start:], o.intended[body_start:]
        head = self.header()
        meta = {
            "seed": self.seed,
            "kinds": self.kinds,
            "findings": [[c, (ln + len(head) if ln else 0)] for c, ln in self.findings],
            "residual": sorted(self.residual),
            "error": self.error,
            "fixed_error": self.fixed_error,
        }
        meta_line = "// fuzz-meta: " + json.dumps(meta, sort_keys=True)
        # the meta comment is the first line: shift by the header, which includes it
        prog = "\n".join(head + body) + "\n"
        intended = "\n".join(head + intended_body) + "\n"
        prog = prog.replace("// fuzz-meta: {}", meta_line, 1)
        intended = intended.replace("// fuzz-meta: {}", "// intended form of the program above", 1)
        return {"meta": meta, "program": prog, "intended": intended}

    def header(self) -> list[str]:
        h = ["// fuzz-meta: {}",
             f"// Generated by test/fuzz/gen_program.py --seed {self.seed}",
             "#include <taskgroup/taskgroup.hpp>",
             "#include <fmt/format.h>",
             "",
             "#include <string>",
             "",
             "namespace {", ""]
        h += self.consts
        if self.needs_deco:
            h += ['const auto ingest_rows = tg::task_group("ingest_rows", [](tg::TaskGroup &g, int rows) {',
                  '  tg::Task pull = g.task("pull_rows", [rows] { return rows; });',
                  '  tg::Task save = g.empty("save_rows");',
                  "  pull >> save;",
                  '}, {.tooltip = "Ingest one table", .ui_color = "#e8f7e4", .ui_fgcolor = "#1b4d1b"});']
        if self.needs_mapped:
            h += ['const auto per_table = tg::task_group("per_table", [](tg::TaskGroup &g, tg::MappedArg<std::string> table) {',
                  '  tg::Task lock = g.task("lock_table", [table](tg::Context &ctx) { return table.get(ctx); });',
                  '  tg::Task copy = g.task("copy_rows", [] { return 1; });',
                  "  lock >> copy;",
                  "});"]
        if self.needs_factory:
            h += ["TG_GROUP_FACTORY tg::TaskGroup add_stage(tg::TaskGroup parent, const std::string &name) {",
                  '  tg::TaskGroup g = parent.group(name, {.tooltip = "Stage " + name});',
                  '  tg::Task first = g.task("prepare", [] { return 1; });',
                  '  tg::Task second = g.task("publish_rows", [] { return 2; });',
                  "  first >> second;",
                  "  return g;",
                  "}"]
        for m in self.bad_mapped:
            h += m.split("\n")
        h += ["", "} // namespace", ""]
        return h


def generate(seed: int, mode: str | None = None, defects: int | None = None) -> dict:
    return Gen(seed, mode, defects).generate()


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--seed", type=int, required=True)
    p.add_argument("--out", help="write the program here instead of stdout")
    p.add_argument("--meta", help="write the metadata (JSON) here")
    p.add_argument("--intended", help="write the intended (fixed) program here")
    p.add_argument("--clean", action="store_true", help="no defects")
    p.add_argument("--defects", type=int, help="exactly this many defects")
    a = p.parse_args()
    g = generate(a.seed, "clean" if a.clean else None, a.defects)
    if a.out:
        with open(a.out, "w") as f:
            f.write(g["program"])
    else:
        sys.stdout.write(g["program"])
    if a.meta:
        with open(a.meta, "w") as f:
            json.dump(g["meta"], f, indent=1, sort_keys=True)
            f.write("\n")
    if a.intended:
        with open(a.intended, "w") as f:
            f.write(g["intended"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
