// RUN: %check_clang_tidy %s taskgroup-excessive-nesting %t
// A scoped group whose handle is kept: the body runs on the parent and the variable names the
// parent, `(BODY(s), s)`.
#include <taskgroup/taskgroup.hpp>

tg::Dag build() {
  tg::Dag dag{"kept_handle"};
  tg::TaskGroup a = dag.group("a");
  tg::TaskGroup b = a.group("b");
  tg::TaskGroup c = b.group("c");
  tg::TaskGroup d = c.group("d", {}, [](tg::TaskGroup &g) {
    // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: group 'a.b.c.d' is nested 4 levels deep, more than 3 (a > b > c > d) [taskgroup-excessive-nesting]
    // CHECK-FIXES: tg::TaskGroup d = ([](tg::TaskGroup &g) {
    g.task("one", [] { return 1; });
    g.task("two", [] { return 2; });
  });
  // CHECK-FIXES: }(c), c);
  d.task("three", [] { return 3; });
  return dag;
}
