// RUN: %check_clang_tidy %s taskgroup-id-conflict %t
// RUN: %check_clang_tidy -check-suffix=IGNORE %s taskgroup-id-conflict %t -- \
// RUN:   -config="{CheckOptions: {taskgroup-id-conflict.IgnoreConditional: true}}"
// A conflict only on the path where an environment variable is set: tests without it pass, the
// first backfill fails. Reported by default; IgnoreConditional keeps to conflicts on every path.
#include <taskgroup/taskgroup.hpp>

#include <cstdlib>

tg::Dag build() {
  tg::Dag dag{"close_backfill"};
  tg::TaskGroup close = dag.group("close");
  close.task("audit_trail", [] { return 1; });
  if (std::getenv("FINANCE_BACKFILL") != nullptr) {
    close.task("reload", [] { return 2; });
    close.task("audit_trail", [] { return 3; });
    // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: task id 'close.audit_trail' is already used in DAG 'close_backfill' when this path is taken: the runtime refuses the DAG (DuplicateTaskIdFound) [taskgroup-id-conflict]
    // CHECK-FIXES: close.task("audit_trail__1", [] { return 3; });
  }
  return dag;
}
