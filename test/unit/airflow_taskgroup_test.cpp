// Airflow's own TaskGroup tests, ported to the tg:: API.
//
// One TEST per Airflow test, named after it. Each carries the case id of
// shared/design/airflow-semantics.md section 2 and the Airflow source path:
//   SDK-TG  = apache/airflow task-sdk/tests/task_sdk/definitions/test_taskgroup.py @01585a10
//   CORE-TG = apache/airflow airflow-core/tests/unit/utils/test_task_group.py @03574eed
//   SDK-DAG = apache/airflow task-sdk/tests/task_sdk/definitions/test_dag.py @01585a10
// Task and group ids are Airflow's, so each expectation can be checked against the source.
// `E(x)` in Airflow (EmptyOperator) is `g.empty("x")` here; `with TaskGroup(...)` is the scoped
// form `parent.group(id, opts, [&](tg::TaskGroup& g) {...})`.
//
// Not ported (not expressible in our API): T01 (a non-string id), T12/T51 (partial_subset),
// T15 (a task without a DAG), T23 (ui_color of the wrong type), T25/T26 (TaskGroup.add),
// T27 (Labels), T31 (@task auto-suffixing of task ids), T53 (setup >> teardown as a context
// manager), T65 (serialization).

#include "unit_test_helpers.hpp"

#include <taskgroup/taskgroup.hpp>

#include <gtest/gtest.h>

#include <string>

using tg_test::Ids;
using tg_test::ids;
using tg_test::sorted;

// ---------------------------------------------------------------------------------------------
// 2.1 Validation and construction
// ---------------------------------------------------------------------------------------------

// T02, SDK-TG TestTaskGroup::test_dag_id_validation[long]
TEST(AirflowSdkTaskGroup, test_dag_id_validation_long) {
  tg::Dag dag{"test_dag"};
  TG_EXPECT_THROW_MSG(tg::InvalidId, "The key has to be less than 200 characters, not 1000",
                      dag.group(std::string(1000, 'a')));
  try {
    dag.group(std::string(1000, 'a'));
  } catch (const tg::InvalidId &e) {
    EXPECT_EQ(e.id(), std::string(1000, 'a'));
    EXPECT_EQ(e.rule(), "at most 200 characters");
    EXPECT_STREQ(e.kind(), "InvalidId");
  }
  EXPECT_TRUE(dag.group_ids().empty()); // nothing was added
}

// T03, SDK-TG TestTaskGroup::test_dag_id_validation[illegal]
TEST(AirflowSdkTaskGroup, test_dag_id_validation_illegal) {
  tg::Dag dag{"test_dag"};
  TG_EXPECT_THROW_MSG(tg::InvalidId,
                      "The key 'something*invalid' has to be made of alphanumeric characters, "
                      "dashes, and underscores exclusively",
                      dag.group("something*invalid"));
  try {
    dag.group("something*invalid");
  } catch (const tg::InvalidId &e) {
    EXPECT_EQ(e.id(), "something*invalid");
    EXPECT_EQ(e.rule(), "^[A-Za-z0-9_-]+$");
  }
  EXPECT_TRUE(dag.group_ids().empty());
}

// ---------------------------------------------------------------------------------------------
// 2.2 Id composition and structure
// ---------------------------------------------------------------------------------------------

// T07, SDK-TG test_build_task_group_context_manager
TEST(AirflowSdkTaskGroup, test_build_task_group_context_manager) {
  tg::Dag dag{"test_build_task_group_context_manager"};
  tg::Task task1 = dag.empty("task1");
  tg::TaskGroup group34;
  tg::TaskGroup group234 = dag.group("group234", {}, [&](tg::TaskGroup &g) {
    g.empty("task2");
    group34 = g.group("group34", {}, [&](tg::TaskGroup &g34) {
      g34.empty("task3");
      g34.empty("task4");
    });
  });
  tg::Task task5 = dag.empty("task5");
  task1 >> group234;
  group34 >> task5;

  EXPECT_EQ(task1.downstream_ids(),
            (Ids{"group234.group34.task3", "group234.group34.task4", "group234.task2"}));
  EXPECT_EQ(task5.upstream_ids(), (Ids{"group234.group34.task3", "group234.group34.task4"}));
  EXPECT_EQ(dag.root().group_id(), ""); // Airflow: None
  EXPECT_TRUE(dag.root().is_root());
  EXPECT_EQ(sorted(ids(dag.root().children())), (Ids{"group234", "task1", "task5"}));
  EXPECT_EQ(group34.group_id(), "group234.group34");
}

// T08, SDK-TG test_build_task_group (the handle form instead of the scoped form)
TEST(AirflowSdkTaskGroup, test_build_task_group) {
  tg::Dag dag{"test_build_task_group"};
  tg::Task task1 = dag.empty("task1");
  tg::TaskGroup group234 = dag.group("group234");
  group234.empty("task2");
  tg::TaskGroup group34 = group234.group("group34");
  group34.empty("task3");
  group34.empty("task4");
  tg::Task task5 = dag.empty("task5");
  task1 >> group234;
  group34 >> task5;

  EXPECT_EQ(dag.root().group_id(), "");
  EXPECT_TRUE(dag.root().is_root());
  EXPECT_EQ(sorted(ids(dag.root().children())), (Ids{"group234", "task1", "task5"}));
  EXPECT_EQ(group34.group_id(), "group234.group34");
}

namespace {
struct PrefixDag {
  tg::Dag dag{"test_build_task_group_with_prefix"};
  tg::Task task1, task2, task3, task4, task5;
  tg::TaskGroup group234, group34, group4;
  PrefixDag() {
    task1 = dag.empty("task1");
    group234 = dag.group("group234", {.prefix_group_id = false}, [&](tg::TaskGroup &g) {
      task2 = g.empty("task2");
      group34 = g.group("group34", {}, [&](tg::TaskGroup &g34) {
        task3 = g34.empty("task3");
        group4 = g34.group("group4", {.prefix_group_id = false},
                           [&](tg::TaskGroup &g4) { task4 = g4.empty("task4"); });
      });
    });
    task5 = dag.empty("task5");
    task1 >> group234;
    group34 >> task5;
  }
};

void check_prefix_dag(const PrefixDag &d) {
  EXPECT_EQ(d.task2.task_id(), "task2");
  EXPECT_EQ(d.group34.group_id(), "group34");
  EXPECT_EQ(d.task3.task_id(), "group34.task3");
  EXPECT_EQ(d.group4.group_id(), "group34.group4");
  EXPECT_EQ(d.task4.task_id(), "task4");
  EXPECT_EQ(d.task5.task_id(), "task5");
  EXPECT_EQ(d.group234.child("task2").as_task(), d.task2);
  EXPECT_EQ(d.group234.child("group34").as_group(), d.group34);
  EXPECT_EQ(d.group4.child("task4").as_task(), d.task4);
}
} // namespace

// T09, SDK-TG test_build_task_group_with_prefix
TEST(AirflowSdkTaskGroup, test_build_task_group_with_prefix) {
  PrefixDag d;
  check_prefix_dag(d);
  // Labels are the ids as written (Airflow's `label`).
  EXPECT_EQ(d.task3.label(), "task3");
  EXPECT_EQ(d.group4.label(), "group4");
}

// T09 (duplicate), SDK-TG test_build_task_group_with_prefix_functionality
TEST(AirflowSdkTaskGroup, test_build_task_group_with_prefix_functionality) {
  PrefixDag d;
  check_prefix_dag(d);
}

namespace {
void getitem_returns_child_by_label(bool prefix) {
  tg::Dag dag{"test_getitem"};
  tg::Task task1, task2;
  tg::TaskGroup subgroup;
  tg::TaskGroup group1 = dag.group("group1", {.prefix_group_id = prefix}, [&](tg::TaskGroup &g) {
    task1 = g.empty("task1");
    subgroup = g.group("subgroup", {.prefix_group_id = prefix},
                       [&](tg::TaskGroup &s) { task2 = s.empty("task2"); });
  });
  EXPECT_EQ(group1.child("task1").as_task(), task1);
  EXPECT_EQ(group1.child("subgroup").as_group(), subgroup);
  EXPECT_EQ(group1.child("subgroup").as_group().child("task2").as_task(), task2);
  // Airflow raises TaskItemNotFound(f"Task {label!r} not found").
  TG_EXPECT_THROW_MSG(tg::NotFound, "Task 'nonexistent' not found", group1.child("nonexistent"));
}
} // namespace

// T10, SDK-TG test_taskgroup_getitem_returns_child_by_label[prefix_on]
TEST(AirflowSdkTaskGroup, test_taskgroup_getitem_returns_child_by_label_prefix_on) {
  getitem_returns_child_by_label(true);
}

// T10, SDK-TG test_taskgroup_getitem_returns_child_by_label[prefix_off]
TEST(AirflowSdkTaskGroup, test_taskgroup_getitem_returns_child_by_label_prefix_off) {
  getitem_returns_child_by_label(false);
}

// T34, SDK-TG TestTaskGroupGetItem::test_getitem_missing_raises_task_item_not_found
// (and ::test_getitem_missing_is_key_error: our NotFound is the one lookup error type).
TEST(AirflowSdkTaskGroupGetItem, test_getitem_missing_raises_task_item_not_found) {
  tg::Dag dag{"test_dag"};
  tg::TaskGroup section = dag.group("section", {}, [](tg::TaskGroup &) {});
  TG_EXPECT_THROW_MSG(tg::NotFound, "Task 'nonexistent' not found", section.child("nonexistent"));
  EXPECT_THROW(section.child("nonexistent"), tg::Error);
}

// T22, SDK-TG test_task_group_nested_structure
TEST(AirflowSdkTaskGroup, test_task_group_nested_structure) {
  tg::Dag dag{"nested_group_test"};
  tg::TaskGroup g1_1;
  tg::Task task_1_1, task_2;
  tg::TaskGroup g1 = dag.group("group_1", {}, [&](tg::TaskGroup &g) {
    g1_1 = g.group("group_1_1", {}, [&](tg::TaskGroup &g11) { task_1_1 = g11.empty("task_1_1"); });
  });
  tg::TaskGroup g2 =
      dag.group("group_2", {}, [&](tg::TaskGroup &g) { task_2 = g.empty("task_2"); });
  g1 >> g2;

  EXPECT_EQ(g1_1.group_id(), "group_1.group_1_1");
  EXPECT_EQ(task_1_1.task_id(), "group_1.group_1_1.task_1_1");
  EXPECT_EQ(task_1_1.downstream_ids(), (Ids{"group_2.task_2"}));
  EXPECT_EQ(task_2.upstream_ids(), (Ids{"group_1.group_1_1.task_1_1"}));
}

// T11, SDK-TG test_build_task_group_with_task_decorator (@task calls become tasks; task_4's
// XCom arguments become the edges task_2 >> task_4 and task_3 >> task_4).
TEST(AirflowSdkTaskGroup, test_build_task_group_with_task_decorator) {
  tg::Dag dag{"test_build_task_group_with_task_decorator"};
  tg::Task tsk_1 = dag.task("task_1", [] {});
  tg::Task tsk_2, tsk_3, tsk_4;
  tg::TaskGroup group234 = dag.group("group234", {}, [&](tg::TaskGroup &g) {
    tsk_2 = g.task("task_2", [] { return "task_2"; });
    tsk_3 = g.task("task_3", [] { return "task_3"; });
    tsk_4 = g.task("task_4", [](tg::Context &) {});
    tg::Nodes{tsk_2, tsk_3} >> tsk_4;
  });
  tg::Task tsk_5 = dag.task("task_5", [] {});
  tsk_1 >> group234 >> tsk_5;

  EXPECT_EQ(tsk_2.upstream_ids(), (Ids{"task_1"}));
  EXPECT_EQ(tsk_3.upstream_ids(), (Ids{"task_1"}));
  EXPECT_EQ(tsk_4.downstream_ids(), (Ids{"task_5"}));
  EXPECT_EQ(group234.group_id(), "group234");
  EXPECT_EQ(ids(group234.children()),
            (Ids{"group234.task_2", "group234.task_3", "group234.task_4"}));
}

// T71, SDK-DAG test_partial_subset_taskgroup_join_ids (the group-level bookkeeping it checks;
// partial_subset itself is not in our API).
TEST(AirflowSdkDag, test_partial_subset_taskgroup_join_ids) {
  tg::Dag dag{"test_dag"};
  tg::Task start = dag.empty("start");
  dag.group("outer", {.prefix_group_id = false}, [&](tg::TaskGroup &outer) {
    tg::TaskGroup tg1 = outer.group("tg1", {.prefix_group_id = false},
                                    [](tg::TaskGroup &g) { g.empty("t1"); });
    tg::TaskGroup tg2 = outer.group("tg2", {.prefix_group_id = false},
                                    [](tg::TaskGroup &g) { g.empty("t2"); });
    start >> tg1 >> tg2;
  });
  EXPECT_EQ(dag.get_task("t2").group().upstream_group_ids(), (Ids{"tg1"}));
  EXPECT_EQ(dag.get_task("t2").group().group_id(), "tg2");
  EXPECT_EQ(dag.get_task("t1").group().upstream_task_ids(), (Ids{"start"}));
}

// ---------------------------------------------------------------------------------------------
// 2.3 Duplicates and suffixes
// ---------------------------------------------------------------------------------------------

// T14a-e, SDK-TG test_duplicate_group_id
TEST(AirflowSdkTaskGroup, test_duplicate_group_id) {
  { // T14a: a group named like an existing task
    tg::Dag dag{"test_duplicate_group_id"};
    dag.empty("task1");
    TG_EXPECT_THROW_MSG(tg::DuplicateTaskIdFound, "group_id 'task1' has already been added to the DAG",
                        dag.group("task1"));
  }
  { // T14b: a non-prefixing group holding a group with its own id
    tg::Dag dag{"test_duplicate_group_id"};
    dag.empty("task1");
    tg::TaskGroup group1 = dag.group("group1", {.prefix_group_id = false});
    TG_EXPECT_THROW_MSG(tg::DuplicateTaskIdFound,
                        "group_id 'group1' has already been added to the DAG", group1.group("group1"));
  }
  { // T14c: a non-prefixing group holding a task with its own id
    tg::Dag dag{"test_duplicate_group_id"};
    tg::TaskGroup group1 = dag.group("group1", {.prefix_group_id = false});
    TG_EXPECT_THROW_MSG(tg::DuplicateTaskIdFound,
                        "Task id 'group1' has already been added to the DAG", group1.empty("group1"));
  }
  { // T14d: the reserved downstream join id
    tg::Dag dag{"test_duplicate_group_id"};
    dag.empty("task1");
    tg::TaskGroup group1 = dag.group("group1");
    TG_EXPECT_THROW_MSG(tg::DuplicateTaskIdFound,
                        "Task id 'group1.downstream_join_id' has already been added to the DAG",
                        group1.empty("downstream_join_id"));
  }
  { // T14e: the reserved upstream join id
    tg::Dag dag{"test_duplicate_group_id"};
    dag.empty("task1");
    tg::TaskGroup group1 = dag.group("group1");
    TG_EXPECT_THROW_MSG(tg::DuplicateTaskIdFound,
                        "Task id 'group1.upstream_join_id' has already been added to the DAG",
                        group1.empty("upstream_join_id"));
    EXPECT_EQ(dag.task_ids(), (Ids{"task1"})); // the failed creations left nothing behind
  }
}

// T70, SDK-DAG test_duplicate_task_ids_not_allowed_with_dag_context_manager (and
// ..._without_dag_context_manager). The task-sdk copy spells "Dag"; we use the "DAG" spelling of
// DAG.add_task (both exist in Airflow's history, see airflow-semantics.md 1.4).
TEST(AirflowSdkDag, test_duplicate_task_ids_not_allowed_with_dag_context_manager) {
  tg::Dag dag{"test_dag"};
  tg::Task op1 = dag.empty("t1");
  TG_EXPECT_THROW_MSG(tg::DuplicateTaskIdFound, "Task id 't1' has already been added to the DAG",
                      dag.empty("t1"));
  EXPECT_EQ(dag.task_ids(), (Ids{"t1"}));
  EXPECT_EQ(dag.get_task("t1"), op1);
}

// T32, SDK-TG test_build_task_group_depended_by_task. Airflow's @task suffixes a repeated
// task id (task_thing, task_thing__1); our tasks are classic operators without auto-suffix,
// so the second id is written out.
TEST(AirflowSdkTaskGroup, test_build_task_group_depended_by_task) {
  tg::Dag dag{"build_task_group_depended_by_task"};
  const auto section_1 = tg::task_group("section_1", [](tg::TaskGroup &g) {
    g.task("task_thing", [] { return "[Task_thing 1]"; });
    g.task("task_thing__1", [] { return "[Task_thing 2]"; });
  });
  tg::Task task_start = dag.task("task_start", [] { return "[Task_start]"; });
  tg::TaskGroup section = section_1(dag);
  tg::Task task_end = dag.task("task_end", [] { return "[Task_end]"; });
  task_start >> section >> task_end;

  tg::Task task_thing_1 = dag.get_task("section_1.task_thing");
  tg::Task task_thing_2 = dag.get_task("section_1.task_thing__1");
  EXPECT_EQ(task_thing_1.upstream_ids(), (Ids{"task_start"}));
  EXPECT_EQ(task_thing_2.upstream_ids(), (Ids{"task_start"}));
  EXPECT_EQ(task_thing_1.downstream_ids(), (Ids{"task_end"}));
  EXPECT_EQ(task_thing_2.downstream_ids(), (Ids{"task_end"}));
}

// T57, CORE-TG test_duplicate_task_group_id. The second "task" in task_group1 is @task's
// auto-suffixed id in Airflow; written out here (our tasks are not auto-suffixed).
TEST(AirflowCoreTaskGroup, test_duplicate_task_group_id) {
  tg::Dag dag{"example_duplicate_task_group_id"};
  const auto task_group1 = tg::task_group("task_group1", [](tg::TaskGroup &g) {
    g.task("start_task", [] {});
    g.task("task", [] {});
    g.task("task__1", [] {});
  });
  const auto task_group2 =
      tg::task_group("task_group1", [](tg::TaskGroup &g) { g.task("task1", [] {}); });
  const auto task_group3 =
      tg::task_group("task_group1", [](tg::TaskGroup &g) { g.task("end_task", [] {}); });
  task_group1(dag);
  task_group2(dag);
  task_group3(dag);

  EXPECT_EQ(tg_test::nested_alpha(dag.root()),
            "[[task_group1.start_task, task_group1.task, task_group1.task__1], "
            "[task_group1__1.task1], [task_group1__2.end_task]]");
  EXPECT_EQ(dag.group_ids(), (Ids{"task_group1", "task_group1__1", "task_group1__2"}));
  EXPECT_EQ(dag.get_group("task_group1__2").label(), "task_group1__2");
}

// T58, CORE-TG test_call_taskgroup_twice
TEST(AirflowCoreTaskGroup, test_call_taskgroup_twice) {
  tg::Dag dag{"example_multi_call_task_groups"};
  std::vector<std::string> names;
  const auto task_group1 = tg::task_group("task_group1", [&](tg::TaskGroup &g, std::string name) {
    names.push_back("Starting taskgroup " + name);
    g.task("start_task", [] {});
    g.task("task", [] {});
    g.task("end_task", [] {});
  });
  task_group1(dag, std::string("Call1"));
  task_group1(dag, std::string("Call2"));

  EXPECT_EQ(tg_test::nested_alpha(dag.root()),
            "[[task_group1.end_task, task_group1.start_task, task_group1.task], "
            "[task_group1__1.end_task, task_group1__1.start_task, task_group1__1.task]]");
  EXPECT_EQ(names, (Ids{"Starting taskgroup Call1", "Starting taskgroup Call2"}));
}

// Issue apache/airflow#41596 "Nested task group names are not generated properly": the same
// @task_group called twice inside another one. Expected ids from the issue:
// print_k_group.print_k_group_inner, ...inner__1, print_k_group__1.print_k_group_inner,
// print_k_group__1.print_k_group_inner__1. On a third call inside one prefixed parent, Airflow 3
// recomputes `inner__1` and raises (airflow-semantics.md 1.5, [derived]); our library
// deliberately compares fully qualified ids and gives `outer.inner__2` (suffixed_label in
// include/taskgroup/dag.hpp).
TEST(AirflowIssues, issue_41596_nested_task_group_names) {
  tg::Dag dag{"print_k"};
  const auto inner = tg::task_group("print_k_group_inner",
                                    [](tg::TaskGroup &g) { g.empty("print_k"); });
  const auto outer = tg::task_group("print_k_group", [inner](tg::TaskGroup &g) {
    inner(g);
    inner(g);
  });
  outer(dag);
  outer(dag);
  EXPECT_EQ(dag.group_ids(),
            (Ids{"print_k_group", "print_k_group.print_k_group_inner",
                 "print_k_group.print_k_group_inner__1", "print_k_group__1",
                 "print_k_group__1.print_k_group_inner", "print_k_group__1.print_k_group_inner__1"}));
  EXPECT_TRUE(dag.has_task("print_k_group__1.print_k_group_inner__1.print_k"));

  // Our deliberate difference: a third call in the same prefixed parent.
  tg::TaskGroup outer_group = dag.get_group("print_k_group");
  tg::TaskGroup third = inner(outer_group);
  EXPECT_EQ(third.group_id(), "print_k_group.print_k_group_inner__2");
  EXPECT_EQ(third.label(), "print_k_group_inner__2");
}

// ---------------------------------------------------------------------------------------------
// 2.4 Dependencies
// ---------------------------------------------------------------------------------------------

// T04, SDK-TG test_task_group_dependencies_between_tasks_if_task_group_is_empty_1
TEST(AirflowSdkTaskGroup, test_task_group_dependencies_between_tasks_if_task_group_is_empty_1) {
  tg::Dag dag{"test_dag"};
  tg::Task task1 = dag.empty("task1");
  tg::TaskGroup tg1 = dag.group("group1", {}, [](tg::TaskGroup &) {});
  tg::TaskGroup tg2 = dag.group("group2", {}, [](tg::TaskGroup &g) {
    tg::Task task2 = g.empty("task2");
    tg::Task task3 = g.empty("task3");
    task2 >> task3;
  });
  task1 >> tg1 >> tg2;
  EXPECT_EQ(task1.downstream_ids(), (Ids{"group2.task2"}));
}

// T05, SDK-TG test_task_group_dependencies_between_tasks_if_task_group_is_empty_2
TEST(AirflowSdkTaskGroup, test_task_group_dependencies_between_tasks_if_task_group_is_empty_2) {
  tg::Dag dag{"test_dag"};
  tg::Task task1 = dag.empty("task1");
  tg::TaskGroup tg1 = dag.group("group1");
  tg::TaskGroup tg2 = dag.group("group2");
  tg::TaskGroup tg3 = dag.group("group3");
  tg::TaskGroup tg4 = dag.group("group4");
  tg::TaskGroup tg5 = dag.group("group5", {}, [](tg::TaskGroup &g) {
    tg::Task task2 = g.empty("task2");
    tg::Task task3 = g.empty("task3");
    task2 >> task3;
  });
  task1 >> tg1 >> tg2 >> tg3 >> tg4 >> tg5;
  EXPECT_EQ(task1.downstream_ids(), (Ids{"group5.task2"}));
}

// T06, SDK-TG test_task_group_dependencies_between_tasks_if_task_group_is_empty_3
TEST(AirflowSdkTaskGroup, test_task_group_dependencies_between_tasks_if_task_group_is_empty_3) {
  tg::Dag dag{"test_dag"};
  tg::Task task1 = dag.empty("task1");
  tg::TaskGroup tg1 = dag.group("group1");
  tg::TaskGroup tg2 = dag.group("group2");
  tg::Task task2 = dag.empty("task2");
  tg::TaskGroup tg3 = dag.group("group3");
  tg::TaskGroup tg4 = dag.group("group4");
  tg::TaskGroup tg5 = dag.group("group5", {}, [](tg::TaskGroup &g) {
    tg::Task task3 = g.empty("task3");
    tg::Task task4 = g.empty("task4");
    task3 >> task4;
  });
  task1 >> tg1 >> tg2 >> task2 >> tg3 >> tg4 >> tg5;
  EXPECT_EQ(task1.downstream_ids(), (Ids{"task2"}));
  EXPECT_EQ(task2.downstream_ids(), (Ids{"group5.task3"}));
}

// T21, SDK-TG test_task_group_arrow_basic
TEST(AirflowSdkTaskGroup, test_task_group_arrow_basic) {
  tg::Dag dag{"basic_group_test"};
  tg::Task task_1, task_2;
  tg::TaskGroup g1 = dag.group("group_1", {}, [&](tg::TaskGroup &g) { task_1 = g.empty("task_1"); });
  tg::TaskGroup g2 = dag.group("group_2", {}, [&](tg::TaskGroup &g) { task_2 = g.empty("task_2"); });
  g1 >> g2;
  EXPECT_EQ(task_1.downstream_ids(), (Ids{"group_2.task_2"}));
  EXPECT_EQ(task_2.upstream_ids(), (Ids{"group_1.task_1"}));
  // group_a >> group_b also records the group-level relation (airflow-semantics.md 1.8).
  EXPECT_EQ(g1.downstream_group_ids(), (Ids{"group_2"}));
  EXPECT_EQ(g2.upstream_group_ids(), (Ids{"group_1"}));
}

namespace {
/// The DAG of T13 / T52.
struct EdgesDag {
  tg::Dag dag{"test_dag_edges"};
  tg::Task task1, task2, task3, task4, task5, task6, task7, task8, task9, task10, task11, task12;
  tg::TaskGroup group_a, group_b, group_c, group_d;
  EdgesDag() {
    task1 = dag.empty("task1");
    group_a = dag.group("group_a", {}, [&](tg::TaskGroup &ga) {
      group_b = ga.group("group_b", {}, [&](tg::TaskGroup &gb) {
        task2 = gb.empty("task2");
        task3 = gb.empty("task3");
        task4 = gb.empty("task4");
        task2 >> tg::Nodes{task3, task4};
      });
      task5 = ga.empty("task5");
      task5 << group_b;
    });
    task1 >> group_a;
    group_c = dag.group("group_c", {}, [&](tg::TaskGroup &gc) {
      task6 = gc.empty("task6");
      task7 = gc.empty("task7");
      task8 = gc.empty("task8");
      tg::Nodes{task6, task7} >> task8;
      group_a >> gc; // `with TaskGroup("group_c") as group_c` binds the name before the body
    });
    task5 >> task8;
    task9 = dag.empty("task9");
    task10 = dag.empty("task10");
    group_c >> tg::Nodes{task9, task10};
    group_d = dag.group("group_d", {}, [&](tg::TaskGroup &gd) {
      task11 = gd.empty("task11");
      task12 = gd.empty("task12");
      task11 >> task12;
    });
    group_d << group_c;
  }
};
} // namespace

// T13, SDK-TG test_dag_edges_task_group_structure (every assertion)
TEST(AirflowSdkTaskGroup, test_dag_edges_task_group_structure) {
  EdgesDag d;
  EXPECT_EQ(d.group_a.group_id(), "group_a");
  EXPECT_EQ(d.group_b.group_id(), "group_a.group_b");
  EXPECT_EQ(d.group_c.group_id(), "group_c");
  EXPECT_EQ(d.group_d.group_id(), "group_d");

  EXPECT_EQ(d.task2.downstream_ids(), (Ids{"group_a.group_b.task3", "group_a.group_b.task4"}));
  EXPECT_EQ(d.task3.upstream_ids(), (Ids{"group_a.group_b.task2"}));
  EXPECT_EQ(d.task4.upstream_ids(), (Ids{"group_a.group_b.task2"}));
  EXPECT_EQ(d.task5.upstream_ids(), (Ids{"group_a.group_b.task3", "group_a.group_b.task4"}));

  EXPECT_EQ(d.task1.downstream_ids(), (Ids{"group_a.group_b.task2"}));
  EXPECT_EQ(d.task6.upstream_ids(), (Ids{"group_a.task5"}));
  EXPECT_EQ(d.task7.upstream_ids(), (Ids{"group_a.task5"}));
  EXPECT_EQ(d.task8.upstream_ids(), (Ids{"group_a.task5", "group_c.task6", "group_c.task7"}));

  EXPECT_EQ(d.task9.upstream_ids(), (Ids{"group_c.task8"}));
  EXPECT_EQ(d.task10.upstream_ids(), (Ids{"group_c.task8"}));
  EXPECT_EQ(d.task11.upstream_ids(), (Ids{"group_c.task8"}));
}

// T52, CORE-TG test_task_group_to_dict_and_dag_edges (same DAG as T13). The UI dict and its
// join-node edges are not in our API; ported: the task-level edges behind Airflow's expected
// edge list, and which groups get join nodes (a join node is shown when the group's upstream /
// downstream group or task sets are non-empty).
TEST(AirflowCoreTaskGroup, test_task_group_to_dict_and_dag_edges) {
  EdgesDag d;
  // ("group_a.task5", "group_c.task8") and ("group_d.task11", "group_d.task12") are task edges.
  EXPECT_EQ(d.task5.downstream_ids(), (Ids{"group_c.task6", "group_c.task7", "group_c.task8"}));
  EXPECT_EQ(d.task11.downstream_ids(), (Ids{"group_d.task12"}));
  EXPECT_EQ(d.task8.downstream_ids(), (Ids{"group_d.task11", "task10", "task9"}));

  auto has_upstream_join = [](const tg::TaskGroup &g) {
    return !g.upstream_group_ids().empty() || !g.upstream_task_ids().empty();
  };
  auto has_downstream_join = [](const tg::TaskGroup &g) {
    return !g.downstream_group_ids().empty() || !g.downstream_task_ids().empty();
  };
  // group_d: only an upstream join; group_a.group_b: only a downstream join; group_a and
  // group_c: both.
  EXPECT_TRUE(has_upstream_join(d.group_d));
  EXPECT_FALSE(has_downstream_join(d.group_d));
  EXPECT_FALSE(has_upstream_join(d.group_b));
  EXPECT_TRUE(has_downstream_join(d.group_b));
  EXPECT_TRUE(has_upstream_join(d.group_a));
  EXPECT_TRUE(has_downstream_join(d.group_a));
  EXPECT_TRUE(has_upstream_join(d.group_c));
  EXPECT_TRUE(has_downstream_join(d.group_c));
  // ("group_a.downstream_join_id", "group_c.upstream_join_id"),
  // ("group_c.downstream_join_id", "group_d.upstream_join_id")
  EXPECT_EQ(d.group_a.downstream_group_ids(), (Ids{"group_c"}));
  EXPECT_EQ(d.group_c.downstream_group_ids(), (Ids{"group_d"}));
  EXPECT_EQ(d.group_c.downstream_task_ids(), (Ids{"group_d.task11", "task10", "task9"}));
  EXPECT_EQ(d.group_a.upstream_task_ids(), (Ids{"task1"}));
  EXPECT_EQ(d.group_b.downstream_task_ids(), (Ids{"group_a.task5"}));
  EXPECT_EQ(d.group_d.upstream_join_id(), "group_d.upstream_join_id");
  EXPECT_EQ(d.group_b.downstream_join_id(), "group_a.group_b.downstream_join_id");
}

// T48, CORE-TG test_task_group_to_dict_serialized_dag (the T07 DAG): group234 has an upstream
// join and no downstream join; group234.group34 has a downstream join only.
TEST(AirflowCoreTaskGroup, test_task_group_to_dict_serialized_dag) {
  tg::Dag dag{"test_task_group_to_dict"};
  tg::Task task1 = dag.empty("task1");
  tg::TaskGroup group34;
  tg::TaskGroup group234 = dag.group("group234", {}, [&](tg::TaskGroup &g) {
    g.empty("task2");
    group34 = g.group("group34", {}, [](tg::TaskGroup &g34) {
      g34.empty("task3");
      g34.empty("task4");
    });
  });
  tg::Task task5 = dag.empty("task5");
  task1 >> group234;
  group34 >> task5;

  EXPECT_EQ(group234.upstream_task_ids(), (Ids{"task1"}));
  EXPECT_TRUE(group234.downstream_task_ids().empty());
  EXPECT_TRUE(group234.downstream_group_ids().empty());
  EXPECT_TRUE(group34.upstream_task_ids().empty());
  EXPECT_EQ(group34.downstream_task_ids(), (Ids{"task5"}));
  // Labels: {"id": "group234.group34", "label": "group34"}, {"id": "group234.task2", "label": "task2"}
  EXPECT_EQ(group34.label(), "group34");
  EXPECT_EQ(dag.get_task("group234.task2").label(), "task2");
  EXPECT_EQ(group234.tooltip(), "");
  EXPECT_FALSE(group234.is_mapped());
}

// T49, CORE-TG test_task_group_to_dict_with_prefix (the T09 DAG): ids and labels of the tree.
TEST(AirflowCoreTaskGroup, test_task_group_to_dict_with_prefix) {
  PrefixDag d;
  // {"id": "group34.group4", "label": "group4", "children": [{"id": "task4", "label": "task4"}]}
  EXPECT_EQ(d.group4.group_id(), "group34.group4");
  EXPECT_EQ(d.group4.display_label(), "group4");
  EXPECT_EQ(ids(d.group4.children()), (Ids{"task4"}));
  EXPECT_EQ(d.task4.label(), "task4");
  EXPECT_EQ(d.task3.label(), "task3");
  EXPECT_EQ(d.task2.label(), "task2");
  EXPECT_EQ(ids(d.group34.children()), (Ids{"group34.task3", "group34.group4"}));
  EXPECT_EQ(ids(d.group234.children()), (Ids{"task2", "group34"}));
  // group34 has a downstream join ("group34.downstream_join_id"), group234 an upstream one.
  EXPECT_EQ(d.group34.downstream_join_id(), "group34.downstream_join_id");
  EXPECT_EQ(d.group34.downstream_task_ids(), (Ids{"task5"}));
  EXPECT_EQ(d.group234.upstream_join_id(), "group234.upstream_join_id");
  EXPECT_EQ(d.group234.upstream_task_ids(), (Ids{"task1"}));
  EXPECT_TRUE(d.group234.downstream_task_ids().empty());
}

// T50, CORE-TG test_task_group_to_dict_with_task_decorator (the T11 DAG): group234 gets both
// join nodes; the task edges behind the expected edge list.
TEST(AirflowCoreTaskGroup, test_task_group_to_dict_with_task_decorator) {
  tg::Dag dag{"test_build_task_group_with_task_decorator"};
  tg::Task tsk_1 = dag.task("task_1", [] {});
  tg::TaskGroup group234 = dag.group("group234", {}, [&](tg::TaskGroup &g) {
    tg::Task tsk_2 = g.task("task_2", [] { return "task_2"; });
    tg::Task tsk_3 = g.task("task_3", [] { return "task_3"; });
    tg::Nodes{tsk_2, tsk_3} >> g.task("task_4", [] {});
  });
  tg::Task tsk_5 = dag.task("task_5", [] {});
  tsk_1 >> group234 >> tsk_5;

  EXPECT_EQ(ids(group234.children()), (Ids{"group234.task_2", "group234.task_3", "group234.task_4"}));
  EXPECT_EQ(group234.upstream_task_ids(), (Ids{"task_1"}));
  EXPECT_EQ(group234.downstream_task_ids(), (Ids{"task_5"}));
  EXPECT_EQ(tsk_1.downstream_ids(), (Ids{"group234.task_2", "group234.task_3"}));
  EXPECT_EQ(tsk_5.upstream_ids(), (Ids{"group234.task_4"}));
  EXPECT_EQ(dag.get_task("group234.task_4").upstream_ids(),
            (Ids{"group234.task_2", "group234.task_3"}));
}

// T33, SDK-TG test_build_task_group_with_operators: the decorator's return value (task_3) is
// what `sec_1.set_downstream(t_end)` connects.
TEST(AirflowSdkTaskGroup, test_build_task_group_with_operators) {
  tg::Dag dag{"example_task_group_decorator_mix"};
  const auto section_a = tg::task_group("section_1", [](tg::TaskGroup &g, tg::Task value) {
    tg::Task t1 = g.task("task_1", [] {});
    value >> t1;
    tg::Task t2 = g.task("task_2", [] {});
    t1 >> t2;
    tg::Task t3 = g.task("task_3", [] {});
    t2 >> t3;
    return t3;
  }, {.tooltip = "TaskGroup for grouping related Tasks"});
  tg::Task t_start = dag.task("task_start", [] { return "[Task_start]"; });
  tg::Task sec_1 = section_a(dag, t_start);
  tg::Task t_end = dag.task("task_end", [] {});
  sec_1 >> t_end;

  EXPECT_EQ(sorted(ids(dag.root().children())), (Ids{"section_1", "task_end", "task_start"}));
  EXPECT_EQ(sorted(ids(dag.get_group("section_1").children())),
            (Ids{"section_1.task_1", "section_1.task_2", "section_1.task_3"}));
  EXPECT_EQ(dag.get_task("task_start").downstream_ids(), (Ids{"section_1.task_1"}));
  EXPECT_EQ(dag.get_task("section_1.task_3").downstream_ids(), (Ids{"task_end"}));
  EXPECT_EQ(sec_1.task_id(), "section_1.task_3");
  // Only the returned task is connected (issue 40196's surprise).
  EXPECT_EQ(dag.get_task("section_1.task_2").downstream_ids(), (Ids{"section_1.task_3"}));
  EXPECT_TRUE(dag.get_group("section_1").downstream_task_ids().empty());
}

// T29, SDK-TG test_pass_taskgroup_output_to_task: a group returning a task's output can feed a
// task. Run to check the value flows (1 -> 2 -> 3).
TEST(AirflowSdkTaskGroup, test_pass_taskgroup_output_to_task) {
  tg::Dag dag{"wrap", {.default_args = {{"owner", "airflow"}}}};
  const auto addition_task_group =
      tg::task_group("addition_task_group", [](tg::TaskGroup &g, tg::Task num) {
        tg::Task add_one = g.task("add_one", [id = num.task_id()](tg::Context &ctx) {
          return ctx.xcom_pull(id).as_int() + 1;
        });
        num >> add_one;
        return add_one;
      });
  tg::Task total_1 = dag.task("one", [] { return 1; });
  tg::Task total_2 = addition_task_group(dag, total_1);
  tg::Task total_3 = dag.task("increment", [id = total_2.task_id()](tg::Context &ctx) {
    return ctx.xcom_pull(id).as_int() + 1;
  });
  total_2 >> total_3;

  EXPECT_EQ(total_2.task_id(), "addition_task_group.add_one");
  tg::RunResult r = tg::run(dag);
  EXPECT_TRUE(r.succeeded());
  EXPECT_EQ(r.xcom("one"), tg::Value(1));
  EXPECT_EQ(r.xcom("addition_task_group.add_one"), tg::Value(2));
  EXPECT_EQ(r.xcom("increment"), tg::Value(3));
}

// T55, CORE-TG test_build_task_group_deco_context_manager: nested decorated groups, each
// returning its last task.
TEST(AirflowCoreTaskGroup, test_build_task_group_deco_context_manager) {
  tg::Dag dag{"example_nested_task_group_decorator"};
  const auto section_2 = tg::task_group("section_2", [](tg::TaskGroup &g, tg::Task value2) {
    tg::Task t3 = g.task("task_3", [] { return "[ Task3 ]"; });
    value2 >> t3;
    tg::Task t4 = g.task("task_4", [] {});
    t3 >> t4;
    return t4;
  });
  const auto section_1 = tg::task_group("section_1", [section_2](tg::TaskGroup &g, tg::Task value) {
    tg::Task t1 = g.task("task_1", [] { return "[ Task1 ]"; });
    value >> t1;
    tg::Task op1 = g.task("task_2", [] {});
    t1 >> op1;
    return section_2(g, op1);
  });
  tg::Task t_start = dag.task("task_start", [] { return "[Task_start]"; });
  tg::Task sec_1 = section_1(dag, t_start);
  sec_1 >> dag.task("task_end", [] {});

  EXPECT_EQ(sorted(ids(dag.root().children())), (Ids{"section_1", "task_end", "task_start"}));
  EXPECT_EQ(sorted(ids(dag.get_group("section_1").children())),
            (Ids{"section_1.section_2", "section_1.task_1", "section_1.task_2"}));
  EXPECT_EQ(dag.get_task("task_start").downstream_ids(), (Ids{"section_1.task_1"}));
  EXPECT_EQ(dag.get_task("section_1.task_2").downstream_ids(), (Ids{"section_1.section_2.task_3"}));
  EXPECT_EQ(dag.get_task("section_1.section_2.task_4").downstream_ids(), (Ids{"task_end"}));
  // Node ids, in the UI's hierarchical alphabetical order.
  EXPECT_EQ(tg_test::nested_alpha(dag.root()),
            "[[[section_1.section_2.task_3, section_1.section_2.task_4], section_1.task_1, "
            "section_1.task_2], task_end, task_start]");
}

// T56, CORE-TG test_task_group_context_mix: a decorated group inside a `with TaskGroup`.
TEST(AirflowCoreTaskGroup, test_task_group_context_mix) {
  tg::Dag dag{"example_task_group_decorator_mix"};
  const auto section_2 = tg::task_group("section_2", [](tg::TaskGroup &g, tg::Task value) {
    tg::Task t1 = g.task("task_1", [] { return "[ Task1 ]"; });
    value >> t1;
    tg::Task t2 = g.task("task_2", [] { return "[ Task2 ]"; });
    t1 >> t2;
    tg::Task t3 = g.task("task_3", [] {});
    t2 >> t3;
    return t3;
  });
  tg::Task t_start = dag.task("task_start", [] { return "[Task_start]"; });
  tg::TaskGroup section_1 =
      dag.group("section_1", {.tooltip = "section_1"}, [&](tg::TaskGroup &g) {
        tg::Task sec_2 = section_2(g, t_start);
        tg::Task task_s1 = g.empty("task_1");
        tg::Task task_s2 = g.task("task_2", [] { return 1; });
        tg::Task task_s3 = g.empty("task_3");
        sec_2 >> task_s1;
        task_s1 >> tg::Nodes{task_s2, task_s3};
      });
  tg::Task t_end = dag.task("task_end", [] {});
  t_start >> section_1 >> t_end;

  EXPECT_EQ(tg_test::nested_alpha(dag.root()),
            "[[[section_1.section_2.task_1, section_1.section_2.task_2, "
            "section_1.section_2.task_3], section_1.task_1, section_1.task_2, section_1.task_3], "
            "task_end, task_start]");
  // section_1 has both joins; section_2 (task-level edges only) has none.
  EXPECT_EQ(section_1.upstream_task_ids(), (Ids{"task_start"}));
  EXPECT_EQ(section_1.downstream_task_ids(), (Ids{"task_end"}));
  tg::TaskGroup sec2 = dag.get_group("section_1.section_2");
  EXPECT_TRUE(sec2.upstream_task_ids().empty() && sec2.upstream_group_ids().empty());
  EXPECT_TRUE(sec2.downstream_task_ids().empty() && sec2.downstream_group_ids().empty());
  EXPECT_EQ(t_end.upstream_ids(), (Ids{"section_1.task_2", "section_1.task_3"}));
  EXPECT_EQ(section_1.tooltip(), "section_1");
}

// ---------------------------------------------------------------------------------------------
// 2.5 default_args and UI attributes
// ---------------------------------------------------------------------------------------------

// T16, SDK-TG test_default_args. Airflow's `owner="task"` is an explicit operator argument; our
// explicit TaskOptions fields are `retries` and `trigger_rule`, so the explicit-argument rung of
// the precedence is checked with `retries` (explicit > task default_args > group > DAG).
TEST(AirflowSdkTaskGroup, test_default_args) {
  tg::Dag dag{"example_task_group_default_args",
              {.default_args = {{"owner", "dag"}, {"retries", "1"}}}};
  tg::TaskGroup group1 =
      dag.group("group1", {.default_args = {{"owner", "group"}, {"retries", "2"}}});
  tg::Task task_1 = group1.empty("task_1");
  tg::Task task_2 = group1.empty("task_2", {.retries = 5});
  tg::Task task_3 = group1.empty("task_3", {.default_args = {{"owner", "task"}, {"retries", "3"}}});
  EXPECT_EQ(task_1.default_args().at("owner"), "group");
  EXPECT_EQ(task_1.retries(), 2);
  EXPECT_EQ(task_2.retries(), 5);
  EXPECT_EQ(task_3.default_args().at("owner"), "task");
  EXPECT_EQ(task_3.retries(), 3);
}

// T16, SDK-TG test_override_dag_default_args (the explicit-argument rung is checked with
// trigger_rule here, as owner is not a TaskOptions field).
TEST(AirflowSdkTaskGroup, test_override_dag_default_args) {
  tg::Dag dag{"example_task_group_default_args", {.default_args = {{"owner", "dag"}}}};
  tg::Task task_1, task_2, task_3;
  dag.group("group1", {.default_args = {{"owner", "group"}}}, [&](tg::TaskGroup &g) {
    task_1 = g.empty("task_1");
    task_2 = g.empty("task_2", {.trigger_rule = tg::TriggerRule::all_done,
                                .default_args = {{"trigger_rule", "one_failed"}}});
    task_3 = g.empty("task_3", {.default_args = {{"owner", "task"}}});
  });
  EXPECT_EQ(task_1.default_args().at("owner"), "group");
  EXPECT_EQ(task_2.trigger_rule(), tg::TriggerRule::all_done); // explicit beats default_args
  EXPECT_EQ(task_3.default_args().at("owner"), "task");
  EXPECT_EQ(dag.default_args().at("owner"), "dag");
}

// T18, SDK-TG test_override_dag_default_args_in_nested_tg
TEST(AirflowSdkTaskGroup, test_override_dag_default_args_in_nested_tg) {
  tg::Dag dag{"example_task_group_default_args", {.default_args = {{"owner", "dag"}}}};
  tg::Task task_1, task_2, task_3;
  dag.group("group1", {.default_args = {{"owner", "group1"}}}, [&](tg::TaskGroup &g1) {
    task_1 = g1.empty("task_1");
    g1.group("group2", {.default_args = {{"owner", "group2"}}}, [&](tg::TaskGroup &g2) {
      task_2 = g2.empty("task_2");
      task_3 = g2.empty("task_3", {.default_args = {{"owner", "task"}}});
    });
  });
  EXPECT_EQ(task_1.default_args().at("owner"), "group1");
  EXPECT_EQ(task_2.default_args().at("owner"), "group2");
  EXPECT_EQ(task_3.default_args().at("owner"), "task");
}

// T19, SDK-TG test_override_dag_default_args_in_multi_level_nested_tg
TEST(AirflowSdkTaskGroup, test_override_dag_default_args_in_multi_level_nested_tg) {
  tg::Dag dag{"example_task_group_default_args", {.default_args = {{"owner", "dag"}}}};
  tg::Task task_1, task_2, task_3, task_4;
  dag.group("group1", {.default_args = {{"owner", "group1"}}}, [&](tg::TaskGroup &g1) {
    task_1 = g1.empty("task_1");
    g1.group("group2", {}, [&](tg::TaskGroup &g2) {
      task_2 = g2.empty("task_2");
      g2.group("group3", {.default_args = {{"owner", "group3"}}}, [&](tg::TaskGroup &g3) {
        task_3 = g3.empty("task_3");
        task_4 = g3.empty("task_4", {.default_args = {{"owner", "task"}}});
      });
    });
  });
  EXPECT_EQ(task_1.default_args().at("owner"), "group1");
  EXPECT_EQ(task_2.default_args().at("owner"), "group1"); // inherits from group1
  EXPECT_EQ(task_3.default_args().at("owner"), "group3");
  EXPECT_EQ(task_4.default_args().at("owner"), "task");
  EXPECT_EQ(dag.get_group("group1.group2").default_args().at("owner"), "group1");
}

// T64, CORE-TG test_task_group_display_name_used_as_label
TEST(AirflowCoreTaskGroup, test_task_group_display_name_used_as_label) {
  tg::Dag dag{"display_name"};
  tg::TaskGroup group = dag.group("tg", {.display_name = "my_custom_name"}, [](tg::TaskGroup &g) {
    g.task("task1", [] {}) >> g.task("task2", [] {});
  });
  EXPECT_EQ(group.group_id(), "tg");
  EXPECT_EQ(group.display_label(), "my_custom_name");
  EXPECT_EQ(group.label(), "tg"); // our `label()` is the id as written
  EXPECT_EQ(ids(group.children()), (Ids{"tg.task1", "tg.task2"}));
  EXPECT_EQ(dag.get_task("tg.task1").label(), "task1");
  EXPECT_EQ(dag.get_task("tg.task2").label(), "task2");
  EXPECT_EQ(dag.root().display_label(), ""); // root: {"id": None, "label": ""}
  // The JSON model carries the display name as the group's label.
  EXPECT_NE(dag.to_json().find("\"group_id\": \"tg\", \"label\": \"my_custom_name\""),
            std::string::npos);
}

// ---------------------------------------------------------------------------------------------
// 2.7 Traversal and sorting
// ---------------------------------------------------------------------------------------------

// T17, SDK-TG test_iter_tasks
TEST(AirflowSdkTaskGroup, test_iter_tasks) {
  tg::Dag dag{"test_dag"};
  tg::TaskGroup tg1 = dag.group("section_1", {}, [](tg::TaskGroup &g) { g.empty("task1"); });
  tg::TaskGroup tg2 = dag.group("section_2", {}, [](tg::TaskGroup &g) {
    tg::Task task2 = g.empty("task2");
    tg::Task task3 = g.empty("task3");
    tg::Task mapped_bash_operator =
        g.task("bash_task", [](tg::Context &ctx) { return ctx.mapped_value(); })
            .expand({"echo hello 1", "echo hello 2", "echo hello 3"});
    task2 >> task3 >> mapped_bash_operator;
  });
  tg1 >> tg2;
  EXPECT_EQ(ids(dag.root().iter_tasks()),
            (Ids{"section_1.task1", "section_2.task2", "section_2.task3", "section_2.bash_task"}));
  EXPECT_EQ(ids(tg1.iter_tasks()), (Ids{"section_1.task1"}));
  EXPECT_EQ(ids(tg2.iter_tasks()),
            (Ids{"section_2.task2", "section_2.task3", "section_2.bash_task"}));
}

// T59, CORE-TG test_topological_sort1
TEST(AirflowCoreTaskGroup, test_topological_sort1) {
  tg::Dag dag{"dag", {.default_args = {{"owner", "owner1"}}}};
  // A -> B
  // A -> C -> D
  // ordered: B, D, C, A or D, B, C, A or D, C, B, A
  tg::Task op1 = dag.empty("A");
  tg::Task op2 = dag.empty("B");
  tg::Task op3 = dag.empty("C");
  tg::Task op4 = dag.empty("D");
  tg::Nodes{op2, op3} >> op1;
  op3 >> op4;

  Ids order = ids(dag.root().topological_sort());
  ASSERT_EQ(order.size(), 4u);
  Ids tasks{"B", "C", "D"};
  for (int i = 0; i < 3; ++i) {
    auto it = std::find(tasks.begin(), tasks.end(), order[i]);
    ASSERT_NE(it, tasks.end()) << order[i];
    tasks.erase(it);
  }
  EXPECT_EQ(order[3], "A");
  EXPECT_EQ(order, (Ids{"B", "C", "D", "A"})); // our exact order (passes in creation order)
}

// T59, CORE-TG test_topological_sort2
TEST(AirflowCoreTaskGroup, test_topological_sort2) {
  tg::Dag dag{"dag", {.default_args = {{"owner", "owner1"}}}};
  // C -> (A u B) -> D
  // C -> E
  // ordered: E | D, A | B, C
  tg::Task op1 = dag.empty("A");
  tg::Task op2 = dag.empty("B");
  tg::Task op3 = dag.empty("C");
  tg::Task op4 = dag.empty("D");
  tg::Task op5 = dag.empty("E");
  op3 << tg::Nodes{op1, op2};
  op4 >> tg::Nodes{op1, op2};
  op5 >> op3;

  Ids order = ids(dag.root().topological_sort());
  ASSERT_EQ(order.size(), 5u);
  Ids set1{"D", "E"};
  auto it = std::find(set1.begin(), set1.end(), order[0]);
  ASSERT_NE(it, set1.end()) << order[0];
  set1.erase(it);
  Ids set2{"A", "B"};
  set2.insert(set2.end(), set1.begin(), set1.end());
  for (int i = 1; i < 4; ++i) {
    auto found = std::find(set2.begin(), set2.end(), order[i]);
    ASSERT_NE(found, set2.end()) << order[i];
    set2.erase(found);
  }
  EXPECT_EQ(order[4], "C");
}

// T60, CORE-TG test_topological_nested_groups
TEST(AirflowCoreTaskGroup, test_topological_nested_groups) {
  tg::Dag dag{"test_dag_edges"};
  tg::Task task1 = dag.empty("task1");
  tg::Task task5 = dag.empty("task5");
  tg::TaskGroup group_a = dag.group("group_a", {}, [](tg::TaskGroup &ga) {
    ga.group("group_b", {}, [](tg::TaskGroup &gb) {
      tg::Task task2 = gb.empty("task2");
      tg::Task task3 = gb.empty("task3");
      tg::Task task4 = gb.empty("task4");
      task2 >> tg::Nodes{task3, task4};
    });
  });
  task1 >> group_a;
  group_a >> task5;
  EXPECT_EQ(tg_test::nested_topo(dag.root()),
            "[task1, [[group_a.group_b.task2, group_a.group_b.task3, group_a.group_b.task4]], "
            "task5]");
}

// T61, CORE-TG test_hierarchical_alphabetical_sort
TEST(AirflowCoreTaskGroup, test_hierarchical_alphabetical_sort) {
  tg::Dag dag{"test_dag_edges"};
  dag.empty("task1");
  dag.empty("task5");
  dag.group("group_c", {}, [](tg::TaskGroup &g) { g.empty("task7"); });
  dag.group("group_b", {}, [](tg::TaskGroup &g) { g.empty("task6"); });
  dag.group("group_a", {}, [](tg::TaskGroup &ga) {
    ga.group("group_d", {}, [](tg::TaskGroup &gd) {
      gd.empty("task2");
      gd.empty("task3");
      gd.empty("task4");
    });
    ga.empty("task9");
    ga.empty("task8");
  });
  EXPECT_EQ(tg_test::nested_alpha(dag.root()),
            "[[[group_a.group_d.task2, group_a.group_d.task3, group_a.group_d.task4], "
            "group_a.task8, group_a.task9], [group_b.task6], [group_c.task7], task1, task5]");
}

// T62, CORE-TG test_topological_group_dep
TEST(AirflowCoreTaskGroup, test_topological_group_dep) {
  tg::Dag dag{"test_dag_edges"};
  tg::Task task1 = dag.empty("task1");
  tg::Task task6 = dag.empty("task6");
  tg::TaskGroup group_a = dag.group("group_a", {}, [](tg::TaskGroup &g) {
    g.empty("task2");
    g.empty("task3");
  });
  tg::TaskGroup group_b = dag.group("group_b", {}, [](tg::TaskGroup &g) {
    g.empty("task4");
    g.empty("task5");
  });
  task1 >> group_a >> group_b >> task6;
  EXPECT_EQ(tg_test::nested_topo(dag.root()),
            "[task1, [group_a.task2, group_a.task3], [group_b.task4, group_b.task5], task6]");
}

// ---------------------------------------------------------------------------------------------
// 2.8 Setup/teardown
// ---------------------------------------------------------------------------------------------

// T20, SDK-TG test_task_group_arrow_with_setups_teardowns
TEST(AirflowSdkTaskGroup, test_task_group_arrow_with_setups_teardowns) {
  tg::Dag dag{"hi"};
  tg::Task s1, w1, t1;
  tg::TaskGroup tg1 = dag.group("tg1", {}, [&](tg::TaskGroup &g) {
    s1 = g.empty("s1");
    w1 = g.empty("w1");
    s1 >> w1;
    t1 = g.teardown("t1", [] {}, s1); // t1.as_teardown(setups=s1)
    w1 >> t1;
  });
  tg::Task w2 = dag.empty("w2");
  tg1 >> w2;

  EXPECT_TRUE(t1.downstream_ids().empty());
  EXPECT_EQ(w1.downstream_ids(), (Ids{"tg1.t1", "w2"}));
  EXPECT_EQ(s1.downstream_ids(), (Ids{"tg1.t1", "tg1.w1"}));
  EXPECT_EQ(t1.upstream_ids(), (Ids{"tg1.s1", "tg1.w1"}));
  EXPECT_TRUE(s1.is_setup()); // as_teardown(setups=s1) marks s1 as a setup
  EXPECT_TRUE(t1.is_teardown());
  EXPECT_EQ(t1.trigger_rule(), tg::TriggerRule::all_done_setup_success);
  EXPECT_EQ(ids(tg1.leaves()), (Ids{"tg1.w1"}));
}

// T24, SDK-TG test_task_group_arrow_with_setup_group_deeper_setup
TEST(AirflowSdkTaskGroup, test_task_group_arrow_with_setup_group_deeper_setup) {
  tg::Dag dag{"setup_group_teardown_group_2"};
  tg::Task s1, s2, t0, t1, t2;
  tg::TaskGroup g1 = dag.group("group_1", {}, [&](tg::TaskGroup &g) {
    s1 = g.setup("setup_1", [] {});
    s2 = g.setup("setup_2", [] {});
    t0 = g.teardown("teardown_0", [] {});
    s2 >> t0;
  });
  tg::TaskGroup g2 = dag.group("group_2", {}, [&](tg::TaskGroup &g) {
    t1 = g.teardown("teardown_1", [] {});
    t2 = g.teardown("teardown_2", [] {});
  });
  tg::Task w1 = dag.task("work", [] {});
  g1 >> w1 >> g2;
  // t1.as_teardown(setups=s1); t2.as_teardown(setups=s2): the edges it adds.
  s1 >> t1;
  s2 >> t2;

  EXPECT_EQ(s1.downstream_ids(), (Ids{"group_2.teardown_1", "work"}));
  EXPECT_EQ(s2.downstream_ids(), (Ids{"group_1.teardown_0", "group_2.teardown_2"}));
  EXPECT_EQ(w1.downstream_ids(), (Ids{"group_2.teardown_1", "group_2.teardown_2"}));
  EXPECT_TRUE(t1.downstream_ids().empty());
  EXPECT_TRUE(t2.downstream_ids().empty());
}

// T63, CORE-TG test_task_group_arrow_with_setup_group. Our teardown() takes its setups at
// creation (as_teardown(setups=...)); the setup >> teardown edges do not change the leaves or
// roots that `g1 >> w1 >> g2` uses, so the result is Airflow's.
TEST(AirflowCoreTaskGroup, test_task_group_arrow_with_setup_group) {
  tg::Dag dag{"setup_group_teardown_group"};
  tg::Task s1, s2, t1, t2;
  tg::TaskGroup g1 = dag.group("group_1", {}, [&](tg::TaskGroup &g) {
    s1 = g.setup("setup_1", [] {});
    s2 = g.setup("setup_2", [] {});
  });
  tg::TaskGroup g2 = dag.group("group_2", {}, [&](tg::TaskGroup &g) {
    t1 = g.teardown("teardown_1", [] {}, s1);
    t2 = g.teardown("teardown_2", [] {}, s2);
  });
  tg::Task w1 = dag.task("work", [] {});
  g1 >> w1 >> g2;

  EXPECT_EQ(s1.downstream_ids(), (Ids{"group_2.teardown_1", "work"}));
  EXPECT_EQ(s2.downstream_ids(), (Ids{"group_2.teardown_2", "work"}));
  EXPECT_EQ(w1.downstream_ids(), (Ids{"group_2.teardown_1", "group_2.teardown_2"}));
  EXPECT_TRUE(t1.downstream_ids().empty());
  EXPECT_TRUE(t2.downstream_ids().empty());
  // group_1's UI children: setup_1, setup_2 and a downstream join (no upstream join).
  EXPECT_EQ(ids(g1.children()), (Ids{"group_1.setup_1", "group_1.setup_2"}));
  EXPECT_EQ(g1.downstream_task_ids(), (Ids{"work"}));
  EXPECT_TRUE(g1.upstream_task_ids().empty() && g1.upstream_group_ids().empty());
}

// T54, CORE-TG test_dag_edges_setup_teardown_nested (regression test for issue 36345): the
// task-level edges behind Airflow's expected edge list. No outer.inner.work -> dag_end edge.
TEST(AirflowCoreTaskGroup, test_dag_edges_setup_teardown_nested) {
  tg::Dag dag{"s_t_dag"};
  const auto inner = tg::task_group("inner", [](tg::TaskGroup &g) {
    tg::Task inner_start = g.empty("start");
    tg::Task inner_end = g.teardown("end", [] {}, inner_start); // as_teardown(setups=inner_start)
    tg::Task test_task_r = g.task("work", [] { return "Hello world!"; });
    inner_start >> test_task_r >> inner_end;
  });
  const auto outer = tg::task_group("outer", [inner](tg::TaskGroup &g) {
    tg::Task outer_work = g.empty("work");
    tg::TaskGroup inner_group = inner(g);
    inner_group >> outer_work;
  });
  tg::Task dag_start = dag.empty("dag_start");
  tg::Task dag_end = dag.empty("dag_end");
  dag_start >> outer(dag) >> dag_end;

  // ("dag_start", "outer.upstream_join_id"), ("outer.upstream_join_id", "outer.inner.start")
  EXPECT_EQ(dag_start.downstream_ids(), (Ids{"outer.inner.start"}));
  // ("outer.inner.start", "outer.inner.end", True), ("outer.inner.start", "outer.inner.work")
  EXPECT_EQ(dag.get_task("outer.inner.start").downstream_ids(),
            (Ids{"outer.inner.end", "outer.inner.work"}));
  // ("outer.inner.work", "outer.inner.downstream_join_id") -> "outer.work",
  // ("outer.inner.work", "outer.inner.end")
  EXPECT_EQ(dag.get_task("outer.inner.work").downstream_ids(),
            (Ids{"outer.inner.end", "outer.work"}));
  // ("outer.work", "outer.downstream_join_id"), ("outer.downstream_join_id", "dag_end")
  EXPECT_EQ(dag.get_task("outer.work").downstream_ids(), (Ids{"dag_end"}));
  EXPECT_EQ(dag_end.upstream_ids(), (Ids{"outer.work"}));
  EXPECT_TRUE(dag.get_task("outer.inner.end").downstream_ids().empty());
}
