// RUN: %check_clang_tidy %s taskgroup-setup-teardown %t
// NOLINT on the line of the id, NOLINTNEXTLINE and a begin/end region silence the warnings; a
// NOLINT for another check does not.
#include <taskgroup/taskgroup.hpp>

tg::Dag build() {
  tg::Dag dag{"silenced"};
  dag.setup("a", [] { return 1; }); // NOLINT(taskgroup-setup-teardown)
  // NOLINTNEXTLINE(taskgroup-setup-teardown)
  dag.teardown("b", [] {});
  // NOLINTBEGIN(taskgroup-setup-teardown)
  dag.setup("c", [] { return 2; });
  // NOLINTEND(taskgroup-setup-teardown)
  dag.setup("d", [] { return 3; }); // NOLINT(taskgroup-id-misuse)
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: setup 'd' is never torn down: no teardown task is directly downstream of it, so the resource it creates is not released; create one with teardown(id, fn, setup) [taskgroup-setup-teardown]
  return dag;
}
