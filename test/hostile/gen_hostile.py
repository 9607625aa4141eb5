#!/usr/bin/env python3
"""Writes the hostile inputs of test/hostile (one C++ file per case) into a directory.

Each case is a program that is legal but extreme (or, for `compile_errors`, not legal) and that
the analyzer must survive: finish within its documented bound (docs/limits.md), report a clear
diagnostic or a `dynamic` / limit marker, and never crash. The expectations live in
run_hostile.py; this file only writes the programs, so they can be regenerated and inspected:

    python3 test/hostile/gen_hostile.py OUT_DIR [CASE...]
"""
import os
import sys

HEADER = "#include <taskgroup/taskgroup.hpp>\n#include <string>\n\n"
MAIN = "int main(int argc, char **argv) { return tg::cli(build(), argc, argv); }\n"


def nesting_1000() -> str:
    # Handles: 1000 groups, each inside the previous one (no bracket nesting in the source).
    lines = [HEADER, "tg::Dag build() {\n  tg::Dag dag{\"deep\"};\n",
             "  tg::TaskGroup g0 = dag.group(\"n0\", {.prefix_group_id = false});\n"]
    for i in range(1, 1000):
        # prefix_group_id = false keeps each task id short: the id rules are not the point here
        lines.append("  tg::TaskGroup g%d = g%d.group(\"n%d\", {.prefix_group_id = false});\n" % (i, i - 1, i))
    lines.append("  g999.empty(\"leaf\");\n  g0.empty(\"top\");\n  return dag;\n}\n" + MAIN)
    return "".join(lines)


def nesting_lambdas() -> str:
    # Scoped form: 200 nested lambdas (Clang's default bracket depth is 256), each a group.
    depth = 200
    lines = [HEADER, "tg::Dag build() {\n  tg::Dag dag{\"deep_scoped\"};\n"]
    parent = "dag"
    for i in range(depth):
        lines.append("  dag.group(\"s%d\", {.prefix_group_id = false}, [&](tg::TaskGroup &g%d) {\n" % (i, i)
                     if i == 0 else
                     "  %s.group(\"s%d\", {.prefix_group_id = false}, [&](tg::TaskGroup &g%d) {\n" % (parent, i, i))
        parent = "g%d" % i
    lines.append("  %s.empty(\"leaf\");\n" % parent)
    lines.append("  });\n" * depth)
    lines.append("  return dag;\n}\n" + MAIN)
    return "".join(lines)


def id_1mb() -> str:
    # A 1 MiB string literal as a task id (and one built at run time of the same length).
    big = "a" * (1 << 20)
    return (HEADER + "tg::Dag build() {\n  tg::Dag dag{\"big_id\"};\n"
            "  dag.task(\"" + big + "\", [] {});\n"
            "  dag.group(std::string(1 << 20, 'g'));\n"
            "  return dag;\n}\n" + MAIN)


def loop_1e9() -> str:
    return (HEADER + "#include <fmt/format.h>\n\n"
            "tg::Dag build() {\n  tg::Dag dag{\"billion\"};\n"
            "  tg::Task start = dag.empty(\"start\");\n"
            "  for (long i = 0; i < 1000000000L; ++i)\n"
            "    start >> dag.task(fmt::format(\"t_{}\", i), [] {});\n"
            "  long n = 0;\n"
            "  while (n < 1000000000L) {\n"
            "    dag.empty(\"same\");\n"
            "    ++n;\n"
            "  }\n"
            "  tg::TaskGroup g = dag.group(\"nest\");\n"
            "  for (int i = 0; i < 1000000000; ++i)\n"
            "    for (int j = 0; j < 1000000000; ++j)\n"
            "      g.empty(\"x_\" + std::to_string(i) + \"_\" + std::to_string(j));\n"
            "  return dag;\n}\n" + MAIN)


def mutual_recursion() -> str:
    return (HEADER +
            "tg::TaskGroup odd(tg::TaskGroup parent, int n);\n\n"
            "TG_GROUP_FACTORY tg::TaskGroup even(tg::TaskGroup parent, int n) {\n"
            "  tg::TaskGroup g = parent.group(\"even_\" + std::to_string(n));\n"
            "  g.empty(\"work\");\n"
            "  if (n > 0) odd(g, n - 1);\n"
            "  return g;\n}\n\n"
            "TG_GROUP_FACTORY tg::TaskGroup odd(tg::TaskGroup parent, int n) {\n"
            "  tg::TaskGroup g = parent.group(\"odd_\" + std::to_string(n));\n"
            "  g.empty(\"work\");\n"
            "  even(g, n - 1);\n"          # no base case of its own: only even's test stops it
            "  return g;\n}\n\n"
            "// Unbounded: never stops at run time either (not run by the test, only analyzed).\n"
            "TG_GROUP_FACTORY void forever(tg::TaskGroup parent) {\n"
            "  forever(parent.group(\"again\"));\n}\n\n"
            "tg::Dag build() {\n  tg::Dag dag{\"mutual\"};\n"
            "  even(dag.root(), 1000000);\n"
            "  if (dag.task_ids().size() > 1u << 30) forever(dag.root());\n"
            "  return dag;\n}\n" + MAIN)


def macro_groups() -> str:
    lines = [HEADER,
             "#define STAGE(parent, name) (parent).group(#name, {}, [&](tg::TaskGroup &s) { \\\n"
             "    s.empty(\"in\") >> s.empty(\"out\"); })\n"
             "#define STAGES(parent, a, b, c) STAGE(parent, a); STAGE(parent, b); STAGE(parent, c)\n"
             "#define CAT(a, b) a##b\n"
             "#define TASK(parent, n) tg::Task CAT(task_, n) = (parent).empty(\"t\" #n)\n\n",
             "tg::Dag build() {\n  tg::Dag dag{\"macros\"};\n",
             "  tg::TaskGroup root = dag.group(\"root\");\n"]
    for i in range(0, 300, 3):
        lines.append("  STAGES(root, m%d, m%d, m%d);\n" % (i, i + 1, i + 2))
    lines.append("  STAGE(root, m7);  // a duplicate spelled in a macro\n")
    lines.append("  TASK(root, 1); TASK(root, 2);\n")
    lines.append("  return dag;\n}\n" + MAIN)
    return "".join(lines)


def template_groups() -> str:
    return (HEADER +
            "template <int N> void level(tg::TaskGroup parent) {\n"
            "  tg::TaskGroup g = parent.group(\"l\" + std::to_string(N));\n"
            "  g.empty(\"work\");\n"
            "  if constexpr (N > 0) level<N - 1>(g);\n}\n\n"
            "template <class... Names> void siblings(tg::TaskGroup parent, Names... names) {\n"
            "  (parent.group(names).empty(\"x\"), ...);\n}\n\n"
            "template <int I> struct Stage {\n"
            "  static void add(tg::TaskGroup parent) {\n"
            "    parent.group(\"stage\" + std::to_string(I)).empty(\"run\");\n"
            "    if constexpr (I > 0) Stage<I - 1>::add(parent);\n  }\n};\n\n"
            "tg::Dag build() {\n  tg::Dag dag{\"templates\"};\n"
            "  level<12>(dag.root());\n"
            "  tg::TaskGroup s = dag.group(\"sibs\");\n"
            "  siblings(s, \"a\", \"b\", \"c\", \"a\");  // duplicate through a pack\n"
            "  Stage<40>::add(dag.group(\"stages\"));\n"
            "  return dag;\n}\n" + MAIN)


def compile_errors() -> str:
    return (HEADER +
            "TG_GROUP_FACTORY tg::TaskGroup helper(tg::TaskGroup parent) {\n"
            "  tg::TaskGroup g = parent.group(\"helper\");\n"
            "  g.empty(undeclared);\n"
            "  return g\n}\n\n"
            "struct Incomplete;\n"
            "tg::Dag build() {\n  tg::Dag dag{\"broken\"};\n"
            "  tg::TaskGroup g = dag.group(\"g\");\n"
            "  g.empty(\"before\");\n"
            "  helper(g);\n"
            "  Incomplete x;\n"
            "  g.task(\"lam\", [](tg::Context &c) { return c.no_such_member(); });\n"
            "  g.group(42);\n"
            "  g.empty(\"dup\"); g.empty(\"dup\");\n"
            "  for (int i = 0; i < ; ++i) g.empty(\"loop\");\n"
            "  return dag;\n}\n" + MAIN + "int trailing( {\n")


def non_utf8() -> bytes:
    text = (HEADER + "tg::Dag build() {\n  tg::Dag dag{\"bytes\"};\n"
            "  dag.task(\"caf@@\", [] {});\n"
            "  dag.group(\"grp@@\", {.tooltip = \"t@@\", .ui_color = \"#@@\"});\n"
            "  dag.empty(\"ok\") >> dag.empty(\"@@@@\");\n"
            "  // comment @@\n"
            "  return dag;\n}\n" + MAIN)
    # @@ -> raw bytes that are not UTF-8: a lone continuation byte, an overlong lead, 0xff 0xfe
    out = text.encode("ascii").replace(b"@@", b"\xe9\xff", 1)
    out = out.replace(b"@@", b"\xc0\xaf", 1)
    return out.replace(b"@@", b"\xfe\x80")


def long_chain() -> str:
    n = 5000
    lines = [HEADER, "tg::Dag build() {\n  tg::Dag dag{\"chain\"};\n"]
    for i in range(n):
        lines.append("  tg::Task t%d = dag.empty(\"t%d\");\n" % (i, i))
    lines.append("  " + " >> ".join("t%d" % i for i in range(n)) + ";\n")
    lines.append("  return dag;\n}\n" + MAIN)
    return "".join(lines)


def dag_recursion() -> str:
    # The DAG is made at the bottom of a recursion a million calls deep: no DAG or group is
    # handed down, so the cut at the recursion bound has no DAG to mark.
    return (HEADER +
            "tg::Dag make_dag(int n) {\n"
            "  if (n > 0) return make_dag(n - 1);\n"
            "  tg::Dag dag{\"bottom\"};\n  dag.empty(\"t\");\n  return dag;\n}\n\n"
            "tg::Dag build() { return make_dag(1000000); }\n" + MAIN)


def step_limit() -> str:
    # 100 tasks with options: run with a small --max-steps, the model stops part way.
    lines = [HEADER, "tg::Dag build() {\n  tg::Dag dag{\"steps\"};\n"]
    for i in range(100):
        lines.append("  dag.empty(\"t%d\", {.retries = %d});\n" % (i, i % 3))
    lines.append("  return dag;\n}\n" + MAIN)
    return "".join(lines)


def many_siblings() -> str:
    # 3000: at 5000 the driver took 44 s of the 45 s bound on the loaded machine (the checks
    # add about as much as the model there: more than linear, see docs/limits.md)
    n = 3000
    lines = [HEADER, "tg::Dag build() {\n  tg::Dag dag{\"siblings\"};\n",
             "  tg::TaskGroup p = dag.group(\"parent\");\n"]
    for i in range(n):
        lines.append("  p.group(\"g%d\").empty(\"x\");\n" % i)
    lines.append("  p.group(\"g17\");  // one duplicate among thousands\n")
    lines.append("  return dag;\n}\n" + MAIN)
    return "".join(lines)


def max_nodes() -> str:
    # 25 000 tasks written out: more than --max-nodes (20 000) in one DAG.
    n = 25000
    lines = [HEADER, "tg::Dag build() {\n  tg::Dag dag{\"huge\"};\n"]
    for i in range(n):
        lines.append("  dag.empty(\"e%d\");\n" % i)
    lines.append("  dag.empty(\"e3\");\n")   # past the cap: not reported
    lines.append("  return dag;\n}\n" + MAIN)
    return "".join(lines)


def fork_explosion() -> str:
    # 40 independent unknown conditions in a row: 2^40 paths unless the fork cap holds.
    lines = [HEADER, "#include <cstdlib>\n\nstatic bool flag(int i) { return std::getenv(std::to_string(i).c_str()); }\n\n",
             "tg::Dag build() {\n  tg::Dag dag{\"forks\"};\n"]
    for i in range(40):
        lines.append("  if (flag(%d)) dag.empty(\"a%d\"); else dag.empty(\"b%d\");\n" % (i, i, i))
    lines.append("  dag.empty(\"a0\");\n")
    lines.append("  return dag;\n}\n" + MAIN)
    return "".join(lines)


CASES = {
    "nesting_1000": nesting_1000,
    "nesting_lambdas": nesting_lambdas,
    "id_1mb": id_1mb,
    "loop_1e9": loop_1e9,
    "mutual_recursion": mutual_recursion,
    "macro_groups": macro_groups,
    "template_groups": template_groups,
    "compile_errors": compile_errors,
    "non_utf8": non_utf8,
    "long_chain": long_chain,
    "dag_recursion": dag_recursion,
    "step_limit": step_limit,
    "many_siblings": many_siblings,
    "max_nodes": max_nodes,
    "fork_explosion": fork_explosion,
}


def write(out_dir: str, names=None) -> dict:
    os.makedirs(out_dir, exist_ok=True)
    paths = {}
    for name in names or CASES:
        body = CASES[name]()
        path = os.path.join(out_dir, name + ".cpp")
        with open(path, "wb") as f:
            f.write(body if isinstance(body, bytes) else body.encode("ascii"))
        paths[name] = path
    return paths


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    for name, path in write(sys.argv[1], sys.argv[2:] or None).items():
        print(name, path)
