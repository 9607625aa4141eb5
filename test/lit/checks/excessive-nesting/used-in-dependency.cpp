// RUN: %check_clang_tidy %s taskgroup-excessive-nesting %t
// A too-deep group used in a dependency: after flattening, its handle would name the parent
// and the edge would take in the parent's other tasks. Reported without a fix.
#include <taskgroup/taskgroup.hpp>

tg::Dag build() {
  tg::Dag dag{"deps"};
  tg::TaskGroup a = dag.group("a");
  tg::TaskGroup b = a.group("b");
  tg::TaskGroup c = b.group("c");
  tg::TaskGroup d = c.group("d");
  // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: group 'a.b.c.d' is nested 4 levels deep, more than 3 (a > b > c > d); cannot be fixed automatically: the group is used in a dependency at used-in-dependency.cpp.{{.*}}.cpp:17 [taskgroup-excessive-nesting]
  d.task("one", [] { return 1; });
  d.task("two", [] { return 2; });
  tg::Task after = c.task("after", [] { return 3; });
  c.task("other", [] { return 4; });
  d >> after;
  return dag;
}
