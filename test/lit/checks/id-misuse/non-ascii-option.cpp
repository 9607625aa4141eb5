// RUN: %check_clang_tidy %s taskgroup-id-misuse %t -- \
// RUN:   -config="{CheckOptions: {taskgroup-id-misuse.CheckNonAscii: false}}"
// CheckNonAscii off: a non-ASCII character is still outside the set the runtime accepts, but it
// is not taken for a look-alike: it becomes '_' like any other.
#include <taskgroup/taskgroup.hpp>

tg::Dag build() {
  tg::Dag dag{"payments"};
  tg::TaskGroup kpis = dag.group("kpis");
  kpis.task("pаyouts", [] { return 8100; });
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: task id 'kpis.pаyouts' contains 'а' (U+0430), which is not allowed in a task id (^[A-Za-z0-9_.-]+$): the runtime refuses the DAG (InvalidId) [taskgroup-id-misuse]
  // CHECK-FIXES: kpis.task("p_youts", [] { return 8100; });
  kpis.task("payouts_eur", [] { return 7000; });
  return dag;
}
