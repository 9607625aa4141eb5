// RUN: %check_clang_tidy %s taskgroup-excessive-nesting %t
// A group made by a macro is reported at the macro's use; it is never edited.
#include <taskgroup/taskgroup.hpp>

#define DETAIL_GROUP(parent) (parent).group("detail")

tg::Dag build() {
  tg::Dag dag{"macro"};
  tg::TaskGroup a = dag.group("a");
  tg::TaskGroup b = a.group("b");
  tg::TaskGroup c = b.group("c");
  tg::TaskGroup d = DETAIL_GROUP(c);
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: group 'a.b.c.detail' is nested 4 levels deep, more than 3 (a > b > c > detail); cannot be fixed automatically: its creating call is spelled inside a macro [taskgroup-excessive-nesting]
  // CHECK-FIXES: tg::TaskGroup d = DETAIL_GROUP(c);
  d.task("one", [] { return 1; });
  return dag;
}
