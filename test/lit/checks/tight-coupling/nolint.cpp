// RUN: %check_clang_tidy %s taskgroup-tight-coupling %t
// The three suppression comments (same line, next line, a begin/end region) silence the
// findings and their fix-its; a suppression for another check does not.
#include <taskgroup/taskgroup.hpp>

tg::Dag build() {
  tg::Dag dag{"silenced"};
  tg::TaskGroup a = dag.group("a");
  tg::Task a1 = a.task("a1", [] { return 1; });
  tg::Task a2 = a.task("a2", [] { return 2; });
  a1 >> a2;
  tg::TaskGroup b = dag.group("b");
  tg::Task b1 = b.task("b1", [] { return 3; });
  tg::Task b2 = b.task("b2", [] { return 4; });
  b1 >> b2;
  tg::TaskGroup c = dag.group("c");
  tg::Task c1 = c.task("c1", [] { return 5; });

  a2 >> b1; // NOLINT(taskgroup-tight-coupling)
  // CHECK-FIXES: a2 >> b1; // NOLINT(taskgroup-tight-coupling)
  // NOLINTNEXTLINE(taskgroup-tight-coupling)
  a1 >> b2;
  // NOLINTBEGIN(taskgroup-tight-coupling)
  a1 >> c1;
  // NOLINTEND(taskgroup-tight-coupling)
  b2 >> c1; // NOLINT(taskgroup-id-conflict)
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task edge from 'b.b2' to 'c.c1' is exactly the group edge from 'b' to 'c' (every leaf of 'b' to every root of 'c'): write 'b >> c' so that the groups depend on each other's boundary, not on their tasks [taskgroup-tight-coupling]
  // CHECK-FIXES: b >> c; // NOLINT(taskgroup-id-conflict)
  return dag;
}
