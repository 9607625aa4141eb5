// RUN: %check_clang_tidy %s taskgroup-tight-coupling %t -- --header-filter='.*' -- -I%S/Inputs
// An edge statement spelled in a file included into a function body: the check places it
// through the #include, so it sees the loop around the #include in this file (without the
// placement, the reason would be "not a plain expression statement").
#include <taskgroup/taskgroup.hpp>

tg::Dag build() {
  tg::Dag dag{"included"};
  tg::TaskGroup a = dag.group("a");
  tg::Task a1 = a.task("a1", [] { return 1; });
  tg::TaskGroup b = dag.group("b");
  tg::Task b1 = b.task("b1", [] { return 2; });
  for (int pass = 0; pass < 2; ++pass) {
#include "edge_in_loop.inc"
  }
  // CHECK-MESSAGES: edge_in_loop.inc:2:1: warning: task edge from 'a.a1' to 'b.b1' is exactly the group edge from 'a' to 'b' (every leaf of 'a' to every root of 'b'): write 'a >> b' so that the groups depend on each other's boundary, not on their tasks; cannot be fixed automatically: the statement is in a loop [taskgroup-tight-coupling]
  return dag;
}
