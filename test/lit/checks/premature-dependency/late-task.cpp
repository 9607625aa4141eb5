// RUN: %check_clang_tidy %s taskgroup-premature-dependency %t
// The group has one task when the edge is set; the task added afterwards is a leaf that gets no
// edge to `report`, so `report` may run before it.
#include <taskgroup/taskgroup.hpp>

tg::Dag build() {
  tg::Dag dag{"late_task"};
  tg::TaskGroup extract = dag.group("extract");
  extract.task("orders", [] { return 1; });
  tg::Task report = dag.empty("report");
  extract >> report;
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: edge from group 'extract' is set before all of its tasks exist: task 'extract.users' added at line [[#@LINE+3]] gets no edge [taskgroup-premature-dependency]
  // CHECK-NOTES: :[[@LINE+2]]:16: note: task 'extract.users' is added here, after the edge
  // CHECK-NOTES: :[[@LINE-3]]:3: note: move the edge after the statements that add the tasks, or fill 'extract' with the scoped form group(id, options, body) before the edge
  extract.task("users", [] { return 2; });
  return dag;
}
