// RUN: %check_clang_tidy %s taskgroup-setup-teardown %t
// A setup group and a teardown group (Airflow's test_task_group_arrow_with_setup_group): each
// group holds half of every pair, so each teardown is reported.
#include <taskgroup/taskgroup.hpp>

tg::Dag build() {
  tg::Dag dag{"split"};
  tg::TaskGroup up = dag.group("up");
  tg::Task s1 = up.setup("setup_1", [] { return 1; });
  tg::Task s2 = up.setup("setup_2", [] { return 2; });
  tg::Task work = dag.task("work", [] { return 3; });
  tg::TaskGroup down = dag.group("down");
  down.teardown("teardown_1", [] {}, s1);
  // CHECK-NOTES: :[[@LINE-1]]:17: warning: teardown 'down.teardown_1' is not in the group of its setup 'up.setup_1' (group 'up'): Airflow's group-level rules for a setup and its teardown apply only inside a group that holds both [taskgroup-setup-teardown]
  // CHECK-NOTES: :[[@LINE-6]]:26: note: setup 'up.setup_1' is created here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: task 'teardown_1' is created inside 'down'
  down.teardown("teardown_2", [] {}, s2);
  // CHECK-NOTES: :[[@LINE-1]]:17: warning: teardown 'down.teardown_2' is not in the group of its setup 'up.setup_2' (group 'up'): Airflow's group-level rules for a setup and its teardown apply only inside a group that holds both [taskgroup-setup-teardown]
  // CHECK-NOTES: :[[@LINE-9]]:26: note: setup 'up.setup_2' is created here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: task 'teardown_2' is created inside 'down'
  up >> work >> down;
  return dag;
}
