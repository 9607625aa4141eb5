// RUN: %check_clang_tidy %s taskgroup-premature-dependency %t
// A group named inside a Nodes list, and in a chain: each is reported at its statement.
#include <taskgroup/taskgroup.hpp>

tg::Dag build() {
  tg::Dag dag{"nodes_list"};
  tg::Task prepare = dag.empty("prepare");
  tg::TaskGroup quality = dag.group("quality");
  tg::TaskGroup audit = dag.group("audit");
  tg::Task publish = dag.empty("publish");
  tg::Nodes{prepare, quality} >> publish;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: edge from group 'quality' is set before any of its tasks exist: the edge connects nothing of 'quality' [taskgroup-premature-dependency]
  tg::chain(prepare, audit, publish);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: edge to group 'audit' is set before any of its tasks exist: the edge connects nothing of 'audit' [taskgroup-premature-dependency]
  quality.task("nulls", [] { return 1; });
  audit.task("log", [] { return 2; });
  return dag;
}
