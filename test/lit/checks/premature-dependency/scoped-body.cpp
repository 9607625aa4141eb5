// RUN: %check_clang_tidy %s taskgroup-premature-dependency %t
// Inside a scoped body the edge can still come too early: here `start >> g` runs before the
// body adds the group's tasks. And cross_downstream resolves a group the same way.
#include <taskgroup/taskgroup.hpp>

tg::Dag build() {
  tg::Dag dag{"scoped_body"};
  tg::Task start = dag.empty("start");
  dag.group("prepare", {}, [&](tg::TaskGroup &g) {
    start >> g;
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: edge to group 'prepare' is set before any of its tasks exist: the edge connects nothing of 'prepare' [taskgroup-premature-dependency]
    g.task("fetch", [] { return 1; });
  });

  tg::TaskGroup checks = dag.group("checks");
  tg::Task a = dag.empty("a");
  tg::Task b = dag.empty("b");
  tg::cross_downstream({a, b}, {checks});
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: edge to group 'checks' is set before any of its tasks exist: the edge connects nothing of 'checks' [taskgroup-premature-dependency]
  checks.task("nulls", [] { return 2; });
  return dag;
}
