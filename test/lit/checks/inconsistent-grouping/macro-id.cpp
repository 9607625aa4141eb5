// RUN: %check_clang_tidy %s taskgroup-inconsistent-grouping %t
// An id spelled inside a macro cannot be renamed from its use: reported without a fix.
#include <taskgroup/taskgroup.hpp>

#define ADD_AUDIT(group) (group).task("auditTrail", [] { return 1; })

tg::Dag build() {
  tg::Dag dag{"close"};
  tg::TaskGroup close = dag.group("close");
  close.task("sign_off", [] { return 1; });
  close.task("lock_books", [] { return 2; });
  close.task("post_entries", [] { return 3; });
  ADD_AUDIT(close);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task id 'auditTrail' is camelCase while its 3 siblings in group 'close' are snake_case; cannot be fixed automatically: the id is spelled inside a macro [taskgroup-inconsistent-grouping]
  return dag;
}
