// RUN: %check_clang_tidy %s taskgroup-premature-dependency %t
// Airflow issue 33007: the edge is set while the group is still empty, so it connects nothing;
// both tasks added afterwards run without waiting for `start`.
#include <taskgroup/taskgroup.hpp>

tg::Dag build() {
  tg::Dag dag{"empty_group"};
  tg::Task start = dag.empty("start");
  tg::TaskGroup load = dag.group("load");
  start >> load;
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: edge to group 'load' is set before any of its tasks exist: the edge connects nothing of 'load' [taskgroup-premature-dependency]
  // CHECK-NOTES: :[[@LINE+3]]:13: note: task 'load.stage' is added here, after the edge
  // CHECK-NOTES: :[[@LINE+3]]:13: note: task 'load.publish' is added here, after the edge
  // CHECK-NOTES: :[[@LINE-4]]:3: note: move the edge after the statements that add the tasks, or fill 'load' with the scoped form group(id, options, body) before the edge
  load.task("stage", [] { return 1; });
  load.task("publish", [] { return 2; });
  return dag;
}
