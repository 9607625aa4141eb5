// Rules of shared/design/airflow-semantics.md section 1 that no single Airflow test covers,
// checked against the library (each test cites the section), plus our documented deliberate
// differences (docs/library.md "Differences from Airflow").

#include "unit_test_helpers.hpp"

#include <taskgroup/taskgroup.hpp>

#include <gtest/gtest.h>

#include <string>

using tg_test::Ids;
using tg_test::ids;

// 1.1: task ids are checked after prefixing (PR 44939, issue 44738): the whole
// `group.task` id must be at most 250 characters.
TEST(AirflowSemantics, task_id_length_is_checked_on_the_fully_qualified_id) {
  tg::Dag dag{"d"};
  tg::TaskGroup g = dag.group(std::string(200, 'g')); // exactly 200 passes
  EXPECT_NO_THROW(g.empty(std::string(49, 't')));      // 200 + 1 + 49 = 250 passes
  TG_EXPECT_THROW_MSG(tg::InvalidId, "The key has to be less than 250 characters, not 251",
                      g.empty(std::string(50, 'u')));
  EXPECT_EQ(dag.task_ids().size(), 1u);
  // Without the prefix the same label is fine.
  tg::TaskGroup flat = dag.group(std::string(199, 'h'), {.prefix_group_id = false});
  EXPECT_NO_THROW(flat.empty(std::string(50, 'u')));
}

// 1.1: the task id rule is `^[\w.-]+$` on the fully qualified id, with Airflow's message.
TEST(AirflowSemantics, task_id_characters_are_checked_on_the_fully_qualified_id) {
  tg::Dag dag{"d"};
  tg::TaskGroup g = dag.group("g");
  TG_EXPECT_THROW_MSG(tg::InvalidId,
                      "The key 'g.a b' has to be made of alphanumeric characters, dashes, dots, "
                      "and underscores exclusively",
                      g.empty("a b"));
  try {
    g.empty("a b");
  } catch (const tg::InvalidId &e) {
    EXPECT_EQ(e.id(), "g.a b");
    EXPECT_EQ(e.rule(), "^[A-Za-z0-9_.-]+$");
  }
  EXPECT_NO_THROW(g.empty("a.b-c_d")); // dots are allowed in task ids
  EXPECT_TRUE(dag.has_task("g.a.b-c_d"));
}

// 1.1: '.' is forbidden in a group id, which is checked as written whatever prefix_group_id
// says (Airflow 3; 2.x skipped the check with prefix_group_id=False).
TEST(AirflowSemantics, group_id_rejects_dots_even_without_prefixing) {
  tg::Dag dag{"d"};
  const std::string msg = "The key 'a.b' has to be made of alphanumeric characters, dashes, and "
                          "underscores exclusively";
  TG_EXPECT_THROW_MSG(tg::InvalidId, msg, dag.group("a.b"));
  TG_EXPECT_THROW_MSG(tg::InvalidId, msg, dag.group("a.b", {.prefix_group_id = false}));
  TG_EXPECT_THROW_MSG(tg::InvalidId,
                      "The key '' has to be made of alphanumeric characters, dashes, and "
                      "underscores exclusively",
                      dag.group(""));
  // The 200-character limit applies to the label, not the prefixed id.
  tg::TaskGroup outer = dag.group("outer");
  EXPECT_EQ(outer.group(std::string(200, 'x')).group_id(), "outer." + std::string(200, 'x'));
}

// docs/library.md, Differences: ids are ASCII only (Airflow's `\w` also accepts Unicode
// letters such as "é"). Our documented behaviour.
TEST(OurDifferences, ids_are_ascii_only) {
  tg::Dag dag{"d"};
  TG_EXPECT_THROW_MSG(tg::InvalidId,
                      "The key 'caf\xc3\xa9' has to be made of alphanumeric characters, dashes, "
                      "and underscores exclusively",
                      dag.group("caf\xc3\xa9"));
  TG_EXPECT_THROW_MSG(tg::InvalidId,
                      "The key 'caf\xc3\xa9' has to be made of alphanumeric characters, dashes, "
                      "dots, and underscores exclusively",
                      dag.empty("caf\xc3\xa9"));
}

// docs/library.md, Differences: cycles are rejected when the edge is made (Airflow finds them
// when the DAG is parsed); message "Cycle detected in DAG: <dag>. Faulty task: <id>".
TEST(OurDifferences, cycles_are_rejected_when_the_edge_is_made) {
  tg::Dag dag{"cyclic"};
  tg::Task a = dag.empty("a");
  tg::Task b = dag.empty("b");
  tg::Task c = dag.empty("c");
  a >> b >> c;
  TG_EXPECT_THROW_MSG(tg::CycleError, "Cycle detected in DAG: cyclic. Faulty task: c", c >> a);
  TG_EXPECT_THROW_MSG(tg::CycleError, "Cycle detected in DAG: cyclic. Faulty task: a", a >> a);
  EXPECT_TRUE(c.downstream_ids().empty()); // the refused edge was not added
  EXPECT_NO_THROW(a >> b);                 // a repeated edge is ignored
  EXPECT_EQ(a.downstream_ids(), (Ids{"b"}));
}

// 1.5(a): the suffix is base__(max existing N + 1); gaps are never filled; a group named like a
// task gets suffixed too (task ids are in used_group_ids); the suffixed id is not re-validated.
TEST(AirflowSemantics, decorator_suffix_rule) {
  tg::Dag dag{"d"};
  dag.group("x");
  dag.group("x__5");
  const auto x = tg::task_group("x", [](tg::TaskGroup &) {});
  EXPECT_EQ(x(dag).group_id(), "x__6");
  EXPECT_EQ(x(dag).group_id(), "x__7");

  dag.empty("ingest");
  const auto ingest = tg::task_group("ingest", [](tg::TaskGroup &) {});
  EXPECT_EQ(ingest(dag).group_id(), "ingest__1");

  const std::string long_id(199, 'l');
  const auto long_factory = tg::task_group(long_id, [](tg::TaskGroup &) {});
  EXPECT_EQ(long_factory(dag).group_id(), long_id);
  EXPECT_EQ(long_factory(dag).group_id(), long_id + "__1"); // 202 characters, accepted

  // A factory id that already carries a suffix: base is taken without it.
  const auto x5 = tg::task_group("x__5", [](tg::TaskGroup &) {});
  EXPECT_EQ(x5(dag).group_id(), "x__8");
  // Plain groups (classic TaskGroup, add_suffix_on_collision=False) never get a suffix.
  TG_EXPECT_THROW_MSG(tg::DuplicateTaskIdFound, "group_id 'x' has already been added to the DAG",
                      dag.group("x"));
}

// 1.5(a) again, through the library's suffix index (it replaced a scan of every used id):
// suffixed task ids count, ids with more than 9 digits or other characters after `__` do not,
// and a task taken back after a refused expansion no longer counts.
TEST(AirflowSemantics, suffix_rule_counts_every_used_id_and_forgets_removed_ones) {
  tg::Dag dag{"d"};
  dag.group("y");
  dag.empty("y__3");
  dag.empty("y__1234567890"); // 10 digits: not a suffix
  dag.empty("y__4a");
  const auto y = tg::task_group("y", [](tg::TaskGroup &) {});
  EXPECT_EQ(y(dag).group_id(), "y__4");

  const auto m = tg::task_group("m", [](tg::TaskGroup &g, tg::MappedArg<tg::Value>) {
    g.group("z");
    const std::vector<tg::Value> literal{tg::Value::array({1})};
    EXPECT_THROW(g.task("z__9", [](tg::Context &) {}).expand(literal), tg::MappingError);
    const auto inner = tg::task_group("z", [](tg::TaskGroup &) {});
    EXPECT_EQ(inner(g).group_id(), "m.z__1"); // not z__10: z__9 was taken back
  });
  m.expand(dag, {1, 2});
}

// 1.3 rule 2: a group's own prefix_group_id affects its children only (the
// group234 > group34 > group4 > task4 example).
TEST(AirflowSemantics, own_prefix_flag_affects_children_only) {
  tg::Dag dag{"d"};
  tg::TaskGroup group234 = dag.group("group234", {.prefix_group_id = false});
  tg::TaskGroup group34 = group234.group("group34");
  tg::TaskGroup group4 = group34.group("group4", {.prefix_group_id = false});
  tg::Task task4 = group4.empty("task4");
  tg::Task task3 = group34.group("group3").empty("task3");
  EXPECT_EQ(group34.group_id(), "group34");
  EXPECT_EQ(group4.group_id(), "group34.group4");
  EXPECT_EQ(task4.task_id(), "task4");
  EXPECT_EQ(task3.task_id(), "group34.group3.task3"); // prefixes nest
  EXPECT_EQ(group34.child_id("x"), "group34.x");
  EXPECT_EQ(group4.child_id("x"), "x");
  EXPECT_EQ(dag.root().child_id("x"), "x"); // the root never prefixes
  EXPECT_EQ(group4.child("task4").as_task(), task4);
}

// 1.8: group >> x takes the group's leaves when the statement runs; tasks added afterwards are
// not connected (issues 33007 and 16764).
TEST(AirflowSemantics, roots_and_leaves_are_taken_when_the_edge_statement_runs) {
  tg::Dag dag{"d"};
  tg::TaskGroup g = dag.group("g");
  tg::Task a = g.empty("a");
  EXPECT_EQ(a.group(), g);
  tg::Task after = dag.empty("after");
  g >> after;
  tg::Task b = g.empty("b"); // added after the edge
  EXPECT_EQ(after.upstream_ids(), (Ids{"g.a"}));
  EXPECT_TRUE(b.downstream_ids().empty());
  EXPECT_EQ(ids(g.leaves()), (Ids{"g.a", "g.b"}));
  EXPECT_EQ(ids(g.roots()), (Ids{"g.a", "g.b"}));
}

// 1.8: task >> empty group records the task upstream of the group but makes no edge;
// `set_upstream` (<<) has no empty-group fall-through.
TEST(AirflowSemantics, empty_group_edges) {
  tg::Dag dag{"d"};
  tg::Task a = dag.empty("a");
  tg::TaskGroup empty = dag.group("empty");
  tg::Task b = dag.empty("b");
  a >> empty;
  EXPECT_TRUE(a.downstream_ids().empty());
  EXPECT_EQ(empty.upstream_task_ids(), (Ids{"a"}));
  b << empty; // b.set_upstream(empty): empty's leaves, i.e. none
  EXPECT_TRUE(b.upstream_ids().empty());
  empty >> b; // empty.set_downstream(b): falls through to the tasks upstream of the group
  EXPECT_EQ(b.upstream_ids(), (Ids{"a"}));
}

// 1.11: tasks() is depth first (Airflow's __iter__), iter_tasks() breadth first: a group's own
// tasks come before its subgroups' tasks.
TEST(AirflowSemantics, iter_tasks_is_breadth_first_and_tasks_depth_first) {
  tg::Dag dag{"d"};
  dag.group("g", {}, [](tg::TaskGroup &g) {
    g.group("sub", {}, [](tg::TaskGroup &s) { s.empty("t3"); });
    g.empty("t2");
  });
  dag.empty("t1");
  EXPECT_EQ(ids(dag.root().tasks()), (Ids{"g.sub.t3", "g.t2", "t1"}));
  EXPECT_EQ(ids(dag.root().iter_tasks()), (Ids{"t1", "g.t2", "g.sub.t3"}));
  EXPECT_TRUE(dag.get_group("g").has_task(dag.get_task("g.sub.t3")));
  EXPECT_FALSE(dag.get_group("g").has_task(dag.get_task("t1")));
}

// 1.11: hierarchical_alphabetical_sort compares full ids as plain strings ("task10" < "task9").
TEST(AirflowSemantics, hierarchical_alphabetical_sort_is_plain_string_order) {
  tg::Dag dag{"d"};
  dag.empty("task9");
  dag.empty("task10");
  dag.group("zeta");
  dag.group("alpha");
  EXPECT_EQ(ids(dag.root().hierarchical_alphabetical_sort()),
            (Ids{"alpha", "zeta", "task10", "task9"}));
}

// 1.11: topological_sort raises Airflow's cyclic-dependency error when a pass emits nothing.
// Our edges refuse task cycles, so the cycle here goes through group-level bookkeeping:
// `outside >> g` while g is empty records outside upstream of g; a task added to g later feeds
// outside. Airflow builds the same state and raises the same error.
TEST(AirflowSemantics, topological_sort_detects_group_level_cycles) {
  tg::Dag dag{"cyc"};
  tg::TaskGroup g = dag.group("g");
  tg::Task outside = dag.empty("outside");
  outside >> g; // g is empty: no task edge, g.upstream_task_ids = {outside}
  g.empty("inner") >> outside;
  TG_EXPECT_THROW_MSG(tg::CycleError, "A cyclic dependency occurred in dag: cyc",
                      dag.root().topological_sort());
  // Without the bookkeeping loop the sort works and follows the task-level edge.
  tg::Dag ok{"ok"};
  tg::TaskGroup h = ok.group("h");
  tg::Task out = ok.empty("out");
  h.empty("inner") >> out;
  EXPECT_EQ(ids(ok.root().topological_sort()), (Ids{"h", "out"}));
}

// Lookups: get_task / get_group throw NotFound, child(label) uses the prefix rule.
TEST(AirflowSemantics, lookups) {
  tg::Dag dag{"d"};
  tg::TaskGroup g = dag.group("g");
  g.empty("t");
  TG_EXPECT_THROW_MSG(tg::NotFound, "Task nope not found", dag.get_task("nope"));
  TG_EXPECT_THROW_MSG(tg::NotFound, "TaskGroup nope not found", dag.get_group("nope"));
  EXPECT_EQ(dag.get_task("g.t").label(), "t");
  EXPECT_EQ(dag.get_task("g.t").group(), g);
  EXPECT_TRUE(dag.has_group("g"));
  EXPECT_FALSE(dag.has_task("t"));
  EXPECT_EQ(g.parent(), dag.root());
  EXPECT_THROW(dag.root().parent(), tg::NotFound);
}

// chain and cross_downstream as in Airflow's docs: chain(t1, [t2, t3], [t4, t5], t6) connects
// the two lists pairwise; cross_downstream connects every pair.
TEST(AirflowSemantics, chain_and_cross_downstream) {
  tg::Dag dag{"d"};
  tg::Task t1 = dag.empty("t1"), t2 = dag.empty("t2"), t3 = dag.empty("t3");
  tg::Task t4 = dag.empty("t4"), t5 = dag.empty("t5"), t6 = dag.empty("t6");
  tg::chain(t1, tg::Nodes{t2, t3}, tg::Nodes{t4, t5}, t6);
  EXPECT_EQ(t1.downstream_ids(), (Ids{"t2", "t3"}));
  EXPECT_EQ(t2.downstream_ids(), (Ids{"t4"}));
  EXPECT_EQ(t3.downstream_ids(), (Ids{"t5"}));
  EXPECT_EQ(t6.upstream_ids(), (Ids{"t4", "t5"}));
  // Lists of different lengths are refused (Airflow: ValueError).
  EXPECT_THROW(tg::chain(tg::Nodes{t1, t2}, tg::Nodes{t4, t5, t6}), tg::Error);

  tg::Dag cross{"cross"};
  tg::Task a = cross.empty("a"), b = cross.empty("b");
  tg::Task c = cross.empty("c"), d = cross.empty("d");
  tg::cross_downstream({a, b}, {c, d});
  EXPECT_EQ(a.downstream_ids(), (Ids{"c", "d"}));
  EXPECT_EQ(b.downstream_ids(), (Ids{"c", "d"}));
}

// Python's list operators: [a, b] >> c is c.set_upstream([a, b]) and [a, b] << c is
// c.set_downstream([a, b]); both return c. With a group on the right, the group's roots are used.
TEST(AirflowSemantics, list_operators_dispatch_to_the_right_operand) {
  tg::Dag dag{"d"};
  tg::Task a = dag.empty("a"), b = dag.empty("b");
  tg::TaskGroup g = dag.group("g");
  tg::Task r = g.empty("r");
  tg::TaskGroup returned = tg::Nodes{a, b} >> g;
  EXPECT_EQ(returned, g);
  EXPECT_EQ(r.upstream_ids(), (Ids{"a", "b"}));
  EXPECT_EQ(g.upstream_task_ids(), (Ids{"a", "b"}));
  tg::Task c = dag.empty("c");
  tg::Task x = dag.empty("x"), y = dag.empty("y");
  tg::Task back = tg::Nodes{x, y} << c;
  EXPECT_EQ(back, c);
  EXPECT_EQ(c.downstream_ids(), (Ids{"x", "y"}));
}
