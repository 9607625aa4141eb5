// RUN: %check_clang_tidy %s taskgroup-premature-dependency %t
// The edge is set in a helper called before the caller fills the group: the finding points at
// the edge statement inside the helper, and the late task's line is given.
#include <taskgroup/taskgroup.hpp>

namespace {
void wire(tg::TaskGroup group, tg::Task after) {
  group >> after;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: edge from group 'publish' is set before any of its tasks exist: the edge connects nothing of 'publish' [taskgroup-premature-dependency]
}
} // namespace

tg::Dag build() {
  tg::Dag dag{"helper"};
  tg::TaskGroup publish = dag.group("publish");
  tg::Task notify = dag.empty("notify");
  wire(publish, notify);
  publish.task("upload", [] { return 1; });
  return dag;
}
