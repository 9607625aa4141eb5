// RUN: %check_clang_tidy %s taskgroup-id-conflict %t
// Lookups by id of a task that only the repeated group has are renamed with the group; a
// lookup of the first group, and `child` by label on the later group's handle, stay as they are.
#include <taskgroup/taskgroup.hpp>

tg::Dag build() {
  tg::Dag dag{"lookups"};
  tg::TaskGroup stage = dag.group("stage");
  stage.task("s", [] { return 1; });
  tg::TaskGroup again = dag.group("stage");
  // CHECK-MESSAGES: :[[@LINE-1]]:35: warning: group id 'stage' is already used in DAG 'lookups': the runtime refuses the DAG (DuplicateTaskIdFound) [taskgroup-id-conflict]
  // CHECK-FIXES: tg::TaskGroup again = dag.group("stage__1");
  again.task("t", [] { return 2; });
  tg::Task t = dag.get_task("stage.t");
  // CHECK-FIXES: tg::Task t = dag.get_task("stage__1.t");
  tg::TaskGroup first = dag.get_group("stage");
  // CHECK-FIXES: tg::TaskGroup first = dag.get_group("stage");
  tg::Node child = again.child("t");
  // CHECK-FIXES: tg::Node child = again.child("t");
  first >> t;
  return dag;
}
