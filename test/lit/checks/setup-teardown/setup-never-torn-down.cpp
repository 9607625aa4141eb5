// RUN: %check_clang_tidy %s taskgroup-setup-teardown %t
// A setup at the DAG's top level that no teardown names: the resource stays up.
#include <taskgroup/taskgroup.hpp>

tg::Dag build() {
  tg::Dag dag{"leak"};
  tg::Task cluster = dag.setup("create_cluster", [] { return 1; });
  // CHECK-NOTES: :[[@LINE-1]]:32: warning: setup 'create_cluster' is never torn down: no teardown task is directly downstream of it, so the resource it creates is not released; create one with teardown(id, fn, setup) [taskgroup-setup-teardown]
  tg::Task query = dag.task("run_query", [] { return 2; });
  cluster >> query;
  return dag;
}
