// RUN: %check_clang_tidy %s taskgroup-premature-dependency %t
// NOLINT on the line of the edge statement, NOLINTNEXTLINE and a begin/end region silence
// the warning; a NOLINT for another check does not.
#include <taskgroup/taskgroup.hpp>

tg::Dag build() {
  tg::Dag dag{"silenced"};
  tg::Task end = dag.empty("end");
  tg::TaskGroup a = dag.group("a");
  tg::TaskGroup b = dag.group("b");
  tg::TaskGroup c = dag.group("c");
  tg::TaskGroup d = dag.group("d");
  a >> end; // NOLINT(taskgroup-premature-dependency)
  // NOLINTNEXTLINE(taskgroup-premature-dependency)
  b >> end;
  // NOLINTBEGIN(taskgroup-premature-dependency)
  c >> end;
  // NOLINTEND(taskgroup-premature-dependency)
  d >> end; // NOLINT(taskgroup-single-purpose)
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: edge from group 'd' is set before any of its tasks exist: the edge connects nothing of 'd' [taskgroup-premature-dependency]
  a.task("x", [] { return 1; });
  b.task("x", [] { return 2; });
  c.task("x", [] { return 3; });
  d.task("x", [] { return 4; });
  return dag;
}
