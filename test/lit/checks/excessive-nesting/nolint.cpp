// RUN: %check_clang_tidy %s taskgroup-excessive-nesting %t
// NOLINT on the id's line silences the check and its fix; the other deep group is reported.
#include <taskgroup/taskgroup.hpp>

tg::Dag build() {
  tg::Dag dag{"kept"};
  tg::TaskGroup a = dag.group("a");
  tg::TaskGroup b = a.group("b");
  tg::TaskGroup c = b.group("c");
  tg::TaskGroup d = c.group("d"); // NOLINT(taskgroup-excessive-nesting): mirrors the warehouse layout
  // CHECK-FIXES: tg::TaskGroup d = c.group("d"); // NOLINT(taskgroup-excessive-nesting): mirrors the warehouse layout
  d.task("one", [] { return 1; });
  // NOLINTNEXTLINE(taskgroup-excessive-nesting)
  tg::TaskGroup e = c.group("e");
  e.task("two", [] { return 2; });
  tg::TaskGroup f = c.group("f");
  // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: group 'a.b.c.f' is nested 4 levels deep, more than 3 (a > b > c > f) [taskgroup-excessive-nesting]
  // CHECK-FIXES: tg::TaskGroup f = c;
  f.task("three", [] { return 3; });
  return dag;
}
