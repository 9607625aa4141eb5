// RUN: %check_clang_tidy %s taskgroup-premature-dependency %t
// `extract >> transform` with both groups filled afterwards: each group gets its own finding at
// the one statement. Of `dedupe >> join`, only the root `dedupe` would have had the edge.
#include <taskgroup/taskgroup.hpp>

tg::Dag build() {
  tg::Dag dag{"group_to_group"};
  tg::TaskGroup extract = dag.group("extract");
  tg::TaskGroup transform = dag.group("transform");
  extract.task("orders", [] { return 1; });
  transform.task("clean", [] { return 2; });
  extract >> transform;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: edge from group 'extract' is set before all of its tasks exist: task 'extract.users' added at line [[#@LINE+2]] gets no edge [taskgroup-premature-dependency]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: edge to group 'transform' is set before all of its tasks exist: task 'transform.dedupe' added at line [[#@LINE+2]] gets no edge [taskgroup-premature-dependency]
  extract.task("users", [] { return 3; });
  transform.task("dedupe", [] { return 4; }) >> transform.task("join", [] { return 5; });
  return dag;
}
