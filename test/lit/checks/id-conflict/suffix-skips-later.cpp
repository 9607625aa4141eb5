// RUN: %check_clang_tidy %s taskgroup-id-conflict %t
// The free suffix must be free in the whole DAG, not only among the nodes created before the
// copy: `stage__1` is created after the copy of `stage`, so the copy becomes `stage__2`, and
// `stage__1` itself conflicts with nothing.
#include <taskgroup/taskgroup.hpp>

tg::Dag build() {
  tg::Dag dag{"suffixes_later"};
  tg::Task a = dag.task("stage", [] { return 1; });
  tg::Task c = dag.task("stage", [] { return 3; });
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: task id 'stage' is already used in DAG 'suffixes_later': the runtime refuses the DAG (DuplicateTaskIdFound) [taskgroup-id-conflict]
  // CHECK-FIXES: tg::Task c = dag.task("stage__2", [] { return 3; });
  tg::Task b = dag.task("stage__1", [] { return 2; });
  // CHECK-FIXES: tg::Task b = dag.task("stage__1", [] { return 2; });
  a >> b >> c;
  return dag;
}
