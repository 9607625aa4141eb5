// RUN: %check_clang_tidy %s taskgroup-id-misuse %t
// The three suppression comments (same line, next line, begin/end block) silence the check and
// its fixes; the last id is reported.
#include <taskgroup/taskgroup.hpp>

tg::Dag build() {
  tg::Dag dag{"kept"};
  tg::TaskGroup kpis = dag.group("kpis");
  kpis.task("daily_gross_merchandise_value_excluding_cancellations_and_refunds", [] { return 1; }); // NOLINT(taskgroup-id-misuse)
  // NOLINTNEXTLINE(taskgroup-id-misuse)
  tg::TaskGroup legacy = dag.group("legacy export");
  // CHECK-FIXES: tg::TaskGroup legacy = dag.group("legacy export");
  legacy.task("run", [] { return 1; });
  // NOLINTBEGIN(taskgroup-id-misuse)
  kpis.task("gmv/usd", [] { return 2; });
  kpis.task("kpis_total", [] { return 3; });
  // NOLINTEND(taskgroup-id-misuse)
  kpis.task("take rate", [] { return 4; });
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: task id 'kpis.take rate' contains ' ', which is not allowed in a task id (^[A-Za-z0-9_.-]+$): the runtime refuses the DAG (InvalidId) [taskgroup-id-misuse]
  // CHECK-FIXES: kpis.task("take_rate", [] { return 4; });
  return dag;
}
