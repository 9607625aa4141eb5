// RUN: %check_clang_tidy %s taskgroup-id-conflict %t
// The fix takes the first free `<id>__N`: `stage__1` already exists, so the copy of `stage`
// becomes `stage__2`.
#include <taskgroup/taskgroup.hpp>

tg::Dag build() {
  tg::Dag dag{"suffixes"};
  tg::Task a = dag.task("stage", [] { return 1; });
  tg::Task b = dag.task("stage__1", [] { return 2; });
  tg::Task c = dag.task("stage", [] { return 3; });
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: task id 'stage' is already used in DAG 'suffixes': the runtime refuses the DAG (DuplicateTaskIdFound) [taskgroup-id-conflict]
  // CHECK-FIXES: tg::Task a = dag.task("stage", [] { return 1; });
  // CHECK-FIXES: tg::Task b = dag.task("stage__1", [] { return 2; });
  // CHECK-FIXES: tg::Task c = dag.task("stage__2", [] { return 3; });
  a >> b >> c;
  return dag;
}
