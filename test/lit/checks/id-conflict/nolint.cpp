// RUN: %check_clang_tidy %s taskgroup-id-conflict %t
// The three suppression comments (on the line of the id, on the line before it, and a region)
// silence the warning and its fix; a conflict suppressed for another check is still reported.
#include <taskgroup/taskgroup.hpp>

tg::Dag build() {
  tg::Dag dag{"silenced"};
  tg::TaskGroup reconcile = dag.group("reconcile");
  reconcile.task("match", [] { return 1; });
  tg::TaskGroup revalue = dag.group("reconcile"); // NOLINT(taskgroup-id-conflict)
  // CHECK-FIXES: tg::TaskGroup revalue = dag.group("reconcile"); // NOLINT(taskgroup-id-conflict)
  revalue.task("rates", [] { return 2; });

  dag.task("lock", [] { return 3; });
  // NOLINTNEXTLINE(taskgroup-id-conflict)
  dag.task("lock", [] { return 4; });
  // CHECK-FIXES: dag.task("lock", [] { return 4; });

  // NOLINTBEGIN(taskgroup-id-conflict)
  dag.empty("unlock");
  dag.empty("unlock");
  // NOLINTEND(taskgroup-id-conflict)
  // CHECK-FIXES: dag.empty("unlock");
  // CHECK-FIXES-NEXT: dag.empty("unlock");

  dag.empty("notify");
  dag.empty("notify"); // NOLINT(taskgroup-id-misuse)
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: task id 'notify' is already used in DAG 'silenced': the runtime refuses the DAG (DuplicateTaskIdFound) [taskgroup-id-conflict]
  // CHECK-FIXES: dag.empty("notify__1"); // NOLINT(taskgroup-id-misuse)
  return dag;
}
