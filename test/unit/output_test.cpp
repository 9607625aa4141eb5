// Output: Dag::to_json (schema taskgroup-hierarchy/1, shared/design/MODEL.md), Dag::to_dot,
// and the tg::cli command line (docs/library.md "Running and the command line").

#include "unit_test_helpers.hpp"

#include <taskgroup/taskgroup.hpp>

#include <gtest/gtest.h>

#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

using testing::internal::CaptureStderr;
using testing::internal::CaptureStdout;
using testing::internal::GetCapturedStderr;
using testing::internal::GetCapturedStdout;
using tg_test::Argv;

namespace {

// A tooltip with quotes, a newline, a tab, a control character, an invalid UTF-8 byte (0xff),
// valid UTF-8 (e acute) and a backslash.
const std::string kTooltip = "say \"hi\"\n\t\x01 \xff caf\xc3\xa9 \\";

/// Groups and tasks created out of order, so the sorting of the JSON is visible.
tg::Dag small_dag() {
  tg::Dag dag{"out_dag"};
  tg::Task start = dag.task("start", [] {});
  tg::TaskGroup grp =
      dag.group("grp", {.tooltip = kTooltip, .ui_color = "#abcdef", .ui_fgcolor = "#123456"});
  tg::Task b = grp.empty("b");
  tg::Task a = grp.empty("a");
  tg::TaskGroup sub = grp.group("sub", {.prefix_group_id = false, .display_name = "Sub Group"});
  tg::Task c = sub.branch("c", [] { return "grp.b"; });
  tg::TaskGroup aaa = dag.group("aaa");
  tg::Task z = aaa.empty("z", {.trigger_rule = tg::TriggerRule::all_done});
  start >> grp;            // roots of grp: b, a, c
  c >> tg::Nodes{b, a};
  grp >> z;                // leaves of grp: b, a
  return dag;
}

const std::string kSmallDagJson =
    R"({
  "schema": "taskgroup-hierarchy/1",
  "dags": [
    {
      "dag_id": "out_dag",
      "groups": [
        {"group_id": "aaa", "label": "aaa", "parent": null, "prefix_group_id": true, "tooltip": "", "ui_color": "CornflowerBlue", "ui_fgcolor": "#000", "mapped": false},
        {"group_id": "grp", "label": "grp", "parent": null, "prefix_group_id": true, "tooltip": "say \"hi\"\n\t\u0001 \ufffd caf)"
    "\xc3\xa9"
    R"( \\", "ui_color": "#abcdef", "ui_fgcolor": "#123456", "mapped": false},
        {"group_id": "grp.sub", "label": "Sub Group", "parent": "grp", "prefix_group_id": false, "tooltip": "", "ui_color": "CornflowerBlue", "ui_fgcolor": "#000", "mapped": false}
      ],
      "tasks": [
        {"task_id": "aaa.z", "label": "z", "group": "aaa", "kind": "empty", "trigger_rule": "all_done", "mapped": false, "downstream": []},
        {"task_id": "c", "label": "c", "group": "grp.sub", "kind": "branch", "trigger_rule": "all_success", "mapped": false, "downstream": ["grp.a", "grp.b"]},
        {"task_id": "grp.a", "label": "a", "group": "grp", "kind": "empty", "trigger_rule": "all_success", "mapped": false, "downstream": ["aaa.z"]},
        {"task_id": "grp.b", "label": "b", "group": "grp", "kind": "empty", "trigger_rule": "all_success", "mapped": false, "downstream": ["aaa.z"]},
        {"task_id": "start", "label": "start", "group": null, "kind": "task", "trigger_rule": "all_success", "mapped": false, "downstream": ["c", "grp.a", "grp.b"]}
      ]
    }
  ]
}
)";

std::size_t count(const std::string &haystack, const std::string &needle) {
  std::size_t n = 0;
  for (auto pos = haystack.find(needle); pos != std::string::npos;
       pos = haystack.find(needle, pos + needle.size()))
    ++n;
  return n;
}

} // namespace

// ---------------------------------------------------------------------------------------------
// to_json
// ---------------------------------------------------------------------------------------------

TEST(OutputJson, exact_text_of_a_small_dag) {
  EXPECT_EQ(small_dag().to_json(), kSmallDagJson);
}

TEST(OutputJson, string_escaping) {
  std::string out;
  tg::write_json_string(out, kTooltip);
  EXPECT_EQ(out, "\"say \\\"hi\\\"\\n\\t\\u0001 \\ufffd caf\xc3\xa9 \\\\\"");
  out.clear();
  // Truncated and overlong sequences, DEL and CR.
  tg::write_json_string(out, std::string("\xc3") + "x\xe2\x82" + "\x7f\r" + "\xc0\xaf");
  EXPECT_EQ(out, "\"\\ufffdx\\ufffd\\ufffd\\u007f\\r\\ufffd\\ufffd\"");
  out.clear();
  tg::write_json_string(out, "\xf0\x9f\x98\x80"); // a valid 4-byte sequence passes through
  EXPECT_EQ(out, "\"\xf0\x9f\x98\x80\"");
}

namespace {
/// Strict UTF-8 (RFC 3629): no overlong forms, no surrogates, nothing above U+10FFFF.
bool valid_utf8(const std::string &s) {
  for (std::size_t i = 0; i < s.size();) {
    auto c = static_cast<unsigned char>(s[i]);
    std::size_t len = c < 0x80 ? 1 : (c & 0xe0) == 0xc0 ? 2 : (c & 0xf0) == 0xe0 ? 3
                                   : (c & 0xf8) == 0xf0 ? 4 : 0;
    if (len == 0 || i + len > s.size())
      return false;
    std::uint32_t cp = len == 1 ? c : len == 2 ? (c & 0x1f) : len == 3 ? (c & 0x0f) : (c & 0x07);
    for (std::size_t k = 1; k < len; ++k) {
      auto cc = static_cast<unsigned char>(s[i + k]);
      if ((cc & 0xc0) != 0x80)
        return false;
      cp = (cp << 6) | (cc & 0x3f);
    }
    static const std::uint32_t min_for_len[] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < min_for_len[len] || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
      return false;
    i += len;
  }
  return true;
}
} // namespace

// docs/library.md / value.hpp: "bytes that are not valid UTF-8 become U+FFFD so the output stays
// valid". Overlong forms, UTF-16 surrogates and code points above U+10FFFF are not valid UTF-8.
TEST(OutputJson, escaped_strings_are_always_valid_utf8) {
  for (const std::string &bad : {std::string("\xe0\x80\x80"),      // overlong U+0000
                                std::string("\xed\xa0\x80"),      // surrogate U+D800
                                std::string("\xf0\x80\x80\x80"), // overlong U+0000
                                std::string("\xf4\x90\x80\x80"), // U+110000
                                std::string("\xc3\xa9\xe2\x82\xac")}) { // valid: e acute, euro
    std::string out;
    tg::write_json_string(out, "tip " + bad);
    EXPECT_TRUE(valid_utf8(out)) << testing::PrintToString(out);
  }
}

TEST(OutputJson, several_dags_sorted_by_id_and_empty_lists) {
  tg::Dag empty{"empty_dag"};
  tg::Dag mapped{"mapped"};
  const auto per = tg::task_group("per", [](tg::TaskGroup &g, tg::MappedArg<int> x) {
    g.task("t", [x](tg::Context &ctx) { return x.get(ctx); });
  });
  per.expand(mapped, {1, 2});
  mapped.task("lit", [](tg::Context &) {}).expand({1});
  EXPECT_EQ(tg::to_json({mapped, empty}), R"({
  "schema": "taskgroup-hierarchy/1",
  "dags": [
    {
      "dag_id": "empty_dag",
      "groups": [],
      "tasks": []
    },
    {
      "dag_id": "mapped",
      "groups": [
        {"group_id": "per", "label": "per", "parent": null, "prefix_group_id": true, "tooltip": "", "ui_color": "CornflowerBlue", "ui_fgcolor": "#000", "mapped": true}
      ],
      "tasks": [
        {"task_id": "lit", "label": "lit", "group": null, "kind": "task", "trigger_rule": "all_success", "mapped": true, "downstream": []},
        {"task_id": "per.t", "label": "t", "group": "per", "kind": "task", "trigger_rule": "all_success", "mapped": true, "downstream": []}
      ]
    }
  ]
}
)");
}

// Setup and teardown kinds, and the teardown's trigger rule, in the model.
TEST(OutputJson, setup_and_teardown_kinds) {
  tg::Dag dag{"st"};
  tg::Task s = dag.setup("s", [] {});
  tg::Task t = dag.teardown("t", [] {}, s);
  const std::string json = dag.to_json();
  EXPECT_NE(json.find(R"({"task_id": "s", "label": "s", "group": null, "kind": "setup", "trigger_rule": "all_success", "mapped": false, "downstream": ["t"]})"),
            std::string::npos)
      << json;
  EXPECT_NE(json.find(R"({"task_id": "t", "label": "t", "group": null, "kind": "teardown", "trigger_rule": "all_done_setup_success", "mapped": false, "downstream": []})"),
            std::string::npos)
      << json;
  (void)t;
}

// ---------------------------------------------------------------------------------------------
// to_dot
// ---------------------------------------------------------------------------------------------

TEST(OutputDot, one_cluster_per_group_with_colours_and_tooltip) {
  const std::string dot = small_dag().to_dot();
  EXPECT_EQ(dot.rfind("digraph \"out_dag\" {\n", 0), 0u) << dot;
  EXPECT_EQ(count(dot, "subgraph "), 3u) << dot;
  EXPECT_NE(dot.find("subgraph \"cluster_grp\" {\n    label=\"grp\"; style=\"filled,rounded\"; "
                     "fillcolor=\"#abcdef\"; fontcolor=\"#123456\"; tooltip=\"say \\\"hi\\\"\\n"),
            std::string::npos)
      << dot;
  EXPECT_NE(dot.find("subgraph \"cluster_grp.sub\" {\n      label=\"Sub Group\"; "
                     "style=\"filled,rounded\"; fillcolor=\"CornflowerBlue\"; fontcolor=\"#000\"; "
                     "tooltip=\"\";\n      \"c\" [label=\"c\"];\n    }\n"),
            std::string::npos)
      << dot;
  EXPECT_NE(dot.find("subgraph \"cluster_aaa\" {\n    label=\"aaa\"; style=\"filled,rounded\"; "
                     "fillcolor=\"CornflowerBlue\"; fontcolor=\"#000\"; tooltip=\"\";\n    "
                     "\"aaa.z\" [label=\"z\"];\n  }\n"),
            std::string::npos)
      << dot;
  EXPECT_NE(dot.find("  \"start\" [label=\"start\"];\n"), std::string::npos);
  for (const char *edge : {"\"start\" -> \"c\";", "\"start\" -> \"grp.a\";",
                           "\"start\" -> \"grp.b\";", "\"grp.a\" -> \"aaa.z\";",
                           "\"grp.b\" -> \"aaa.z\";", "\"c\" -> \"grp.a\";", "\"c\" -> \"grp.b\";"})
    EXPECT_NE(dot.find(edge), std::string::npos) << edge;
  EXPECT_EQ(count(dot, " -> "), 7u);
  EXPECT_EQ(dot.substr(dot.size() - 2), "}\n");
}

// ---------------------------------------------------------------------------------------------
// tg::cli
// ---------------------------------------------------------------------------------------------

TEST(OutputCli, json_prints_the_model) {
  tg::Dag dag = small_dag();
  Argv args{"prog", "--json"};
  CaptureStdout();
  int rc = tg::cli(dag, args.argc(), args.argv());
  EXPECT_EQ(GetCapturedStdout(), kSmallDagJson);
  EXPECT_EQ(rc, 0);
}

TEST(OutputCli, list_prints_task_ids_in_creation_order) {
  tg::Dag dag = small_dag();
  Argv args{"prog", "--list"};
  CaptureStdout();
  int rc = tg::cli(dag, args.argc(), args.argv());
  EXPECT_EQ(GetCapturedStdout(), "start\ngrp.b\ngrp.a\nc\naaa.z\n");
  EXPECT_EQ(rc, 0);

  tg::Dag other{"other"};
  other.empty("x");
  Argv args2{"prog", "--list"};
  CaptureStdout();
  rc = tg::cli(std::vector<tg::Dag>{dag, other}, args2.argc(), args2.argv());
  EXPECT_EQ(GetCapturedStdout(), "start\ngrp.b\ngrp.a\nc\naaa.z\nx\n");
  EXPECT_EQ(rc, 0);
}

TEST(OutputCli, run_prints_every_instance_and_the_dag_run_state) {
  tg::Dag ok{"ok_dag"};
  tg::Task m = ok.task("m", [](tg::Context &ctx) { return ctx.mapped_value(); }).expand({"a", "b"});
  m >> ok.empty("after");
  Argv args{"prog", "--run"};
  CaptureStdout();
  int rc = tg::cli(ok, args.argc(), args.argv());
  EXPECT_EQ(GetCapturedStdout(), "m[0] success\nm[1] success\nafter success\ndag_run ok_dag success\n");
  EXPECT_EQ(rc, 0);

  tg::Dag bad{"bad_dag"};
  tg::Task boom =
      bad.task("boom", [] { throw std::runtime_error("kaboom"); }, {.retries = 1});
  boom >> bad.empty("after");
  Argv args2{"prog", "--run"};
  CaptureStdout();
  rc = tg::cli(bad, args2.argc(), args2.argv());
  EXPECT_EQ(GetCapturedStdout(),
            "boom failed (tries 2): kaboom\nafter upstream_failed\ndag_run bad_dag failed\n");
  EXPECT_EQ(rc, 1);
}

TEST(OutputCli, help_and_bad_options) {
  tg::Dag dag = small_dag();
  const std::string usage =
      "usage: PROGRAM [--tree | --json | --dot | --html | --list | --run | --help]\n"
      "  --tree  the group hierarchy, indented (default)\n"
      "  --json  the hierarchy in schema taskgroup-hierarchy/1\n"
      "  --dot   Graphviz, one cluster per group\n"
      "  --html  an interactive page of the graph (docs/pictures.md)\n"
      "  --list  task ids in creation order\n"
      "  --run   run every task instance locally and print its state\n";
  {
    Argv args{"prog", "--help"};
    CaptureStdout();
    CaptureStderr();
    int rc = tg::cli(dag, args.argc(), args.argv());
    EXPECT_EQ(GetCapturedStderr(), "");
    EXPECT_EQ(GetCapturedStdout(), usage);
    EXPECT_EQ(rc, 0);
  }
  {
    Argv args{"prog", "--bogus"};
    CaptureStdout();
    CaptureStderr();
    int rc = tg::cli(dag, args.argc(), args.argv());
    EXPECT_EQ(GetCapturedStderr(), "unknown option '--bogus'\n" + usage);
    EXPECT_EQ(GetCapturedStdout(), "");
    EXPECT_EQ(rc, 2);
  }
  {
    Argv args{"prog", "--json", "--list"};
    CaptureStdout();
    CaptureStderr();
    int rc = tg::cli(dag, args.argc(), args.argv());
    EXPECT_EQ(GetCapturedStderr(), usage);
    EXPECT_EQ(GetCapturedStdout(), "");
    EXPECT_EQ(rc, 2);
  }
}

TEST(OutputCli, default_is_the_tree_and_dot_prints_graphviz) {
  tg::Dag dag{"tree_dag", {.description = "Nightly"}};
  tg::TaskGroup g = dag.group("g", {.tooltip = "Pull"});
  tg::Task a = g.empty("a");
  a >> dag.empty("b", {.trigger_rule = tg::TriggerRule::all_done});
  Argv args{"prog"};
  CaptureStdout();
  int rc = tg::cli(dag, args.argc(), args.argv());
  EXPECT_EQ(GetCapturedStdout(), "dag tree_dag  (Nightly)\n"
                                 "  group g  tooltip: Pull\n"
                                 "    empty g.a -> b\n"
                                 "  empty b [all_done]\n");
  EXPECT_EQ(rc, 0);

  Argv dot{"prog", "--dot"};
  CaptureStdout();
  rc = tg::cli(dag, dot.argc(), dot.argv());
  EXPECT_EQ(GetCapturedStdout(), dag.to_dot());
  EXPECT_EQ(rc, 0);
}

TEST(OutputCli, build_function_errors_are_reported) {
  auto build = [] {
    tg::Dag dag{"broken"};
    tg::TaskGroup g = dag.group("g");
    g.empty("x");
    g.empty("x");
    return dag;
  };
  Argv args{"prog", "--json"};
  CaptureStdout();
  CaptureStderr();
  int rc = tg::cli(build, args.argc(), args.argv());
  EXPECT_EQ(GetCapturedStderr(),
            "error: DuplicateTaskIdFound: Task id 'g.x' has already been added to the DAG\n");
  EXPECT_EQ(GetCapturedStdout(), "");
  EXPECT_EQ(rc, 1);

  auto good = [] {
    tg::Dag dag{"fine"};
    dag.empty("only");
    return dag;
  };
  Argv list{"prog", "--list"};
  CaptureStdout();
  rc = tg::cli(good, list.argc(), list.argv());
  EXPECT_EQ(GetCapturedStdout(), "only\n");
  EXPECT_EQ(rc, 0);
}
