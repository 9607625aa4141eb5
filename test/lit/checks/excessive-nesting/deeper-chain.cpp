// RUN: %check_clang_tidy -no-fix-roundtrip %s taskgroup-excessive-nesting %t
// Depth 4 and 5 at different places: the outermost too-deep group is flattened; the deeper
// one is reported, and its fix waits for a second run (hence no round trip here).
#include <taskgroup/taskgroup.hpp>

tg::Dag build() {
  tg::Dag dag{"chain"};
  tg::TaskGroup a = dag.group("a");
  tg::TaskGroup b = a.group("b");
  tg::TaskGroup c = b.group("c");
  tg::TaskGroup d = c.group("d");
  // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: group 'a.b.c.d' is nested 4 levels deep, more than 3 (a > b > c > d) [taskgroup-excessive-nesting]
  // CHECK-FIXES: tg::TaskGroup d = c;
  tg::TaskGroup e = d.group("e");
  // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: group 'a.b.c.d.e' is nested 5 levels deep, more than 3 (a > b > c > d > e); cannot be fixed automatically: its ancestor 'a.b.c.d' is too deep as well; flatten that one first [taskgroup-excessive-nesting]
  // CHECK-FIXES: tg::TaskGroup e = d.group("e");
  e.task("leaf", [] { return 1; });
  d.task("mid", [] { return 2; });
  return dag;
}
