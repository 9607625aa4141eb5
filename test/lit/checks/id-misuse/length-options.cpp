// RUN: %check_clang_tidy -check-suffix=STRICT %s taskgroup-id-misuse %t -- \
// RUN:   -config="{CheckOptions: {taskgroup-id-misuse.WarnLength: 20, taskgroup-id-misuse.MaxGroupIdLength: 30, taskgroup-id-misuse.MaxTaskIdLength: 40}}"
// RUN: %check_clang_tidy -check-suffix=OFF %s taskgroup-id-misuse %t -- \
// RUN:   -config="{CheckOptions: {taskgroup-id-misuse.WarnLength: 0}}"
// The length options: stricter limits than the runtime's are reported without saying the
// runtime refuses the DAG (it does not); WarnLength 0 turns the shorter warning off.
#include <taskgroup/taskgroup.hpp>

tg::Dag build() {
  tg::Dag dag{"lengths"};
  tg::TaskGroup sales = dag.group("regional_sales_reporting");
  // CHECK-MESSAGES-STRICT: :[[@LINE-1]]:35: warning: group id 'regional_sales_reporting' is 24 characters long, more than WarnLength (20) [taskgroup-id-misuse]
  dag.group("regional_sales_reporting_europe1");
  // CHECK-MESSAGES-STRICT: :[[@LINE-1]]:13: warning: group id 'regional_sales_reporting_europe1' is 32 characters long; the limit is 30 [taskgroup-id-misuse]
  sales.task("gross_volume_total", [] { return 1; });
  // CHECK-MESSAGES-STRICT: :[[@LINE-1]]:14: warning: task id 'regional_sales_reporting.gross_volume_total' is 43 characters long; the limit is 40 (24 + 1 + 18) [taskgroup-id-misuse]
  dag.task("short", [] { return 1; });
  return dag;
}
