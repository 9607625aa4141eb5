// RUN: %check_clang_tidy %s taskgroup-single-purpose %t
// A group whose id collides with an earlier one is taskgroup-id-conflict's finding. It is not
// reported again here, where it would show under the model's stand-in name 'load__1'.
#include <taskgroup/taskgroup.hpp>

tg::Dag build() {
  tg::Dag dag{"orders"};
  tg::TaskGroup load = dag.group("load");
  load.task("stage", [] { return 1; });
  load.task("check", [] { return 2; });
  tg::TaskGroup again = dag.group("load");
  again.task("swap", [] { return 3; });
  tg::TaskGroup audit = dag.group("audit");
  // CHECK-MESSAGES: :[[@LINE-1]]:35: warning: group 'audit' has a single child, task 'audit.write_log': the group only lengthens the ids below it and adds a level to the graph view [taskgroup-single-purpose]
  // CHECK-FIXES: tg::TaskGroup audit = dag.root();
  audit.task("write_log", [] { return 4; });
  return dag;
}
