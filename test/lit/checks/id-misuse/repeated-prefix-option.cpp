// RUN: %check_clang_tidy %s taskgroup-id-misuse %t -- \
// RUN:   -config="{CheckOptions: {taskgroup-id-misuse.CheckRepeatedParentPrefix: false}}"
// CheckRepeatedParentPrefix off: repeated group ids are not reported; the other rules still are.
#include <taskgroup/taskgroup.hpp>

tg::Dag build() {
  tg::Dag dag{"marketplace"};
  tg::TaskGroup extract = dag.group("extract");
  extract.task("extract_orders", [] { return 40; });
  extract.task("extract_sellers", [] { return 2; });
  tg::TaskGroup report = dag.group("report");
  report.task("report.daily", [] { return 1; });
  report.task("report weekly", [] { return 1; });
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: task id 'report.report weekly' contains ' ', which is not allowed in a task id (^[A-Za-z0-9_.-]+$): the runtime refuses the DAG (InvalidId) [taskgroup-id-misuse]
  // CHECK-FIXES: report.task("report_weekly", [] { return 1; });
  return dag;
}
