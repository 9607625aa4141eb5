// RUN: %check_clang_tidy %s taskgroup-excessive-nesting %t
// A too-deep group whose default_args its tasks inherit: flattening would change the tasks'
// settings, so no fix.
#include <taskgroup/taskgroup.hpp>

tg::Dag build() {
  tg::Dag dag{"retries"};
  tg::TaskGroup a = dag.group("a");
  tg::TaskGroup b = a.group("b");
  tg::TaskGroup c = b.group("c");
  const tg::DefaultArgs retry = {{"retries", "3"}};
  tg::TaskGroup d = c.group("d", {.default_args = retry});
  // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: group 'a.b.c.d' is nested 4 levels deep, more than 3 (a > b > c > d); cannot be fixed automatically: its default_args apply to its tasks [taskgroup-excessive-nesting]
  // CHECK-FIXES: tg::TaskGroup d = c.group("d", {.default_args = retry});
  d.task("one", [] { return 1; });
  d.task("two", [] { return 2; });
  return dag;
}
