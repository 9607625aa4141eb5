// RUN: %check_clang_tidy %s taskgroup-id-conflict %t
// A group named like an earlier task: the group, created later, is renamed, with the pulls of
// its tasks (these ids exist only under the group).
#include <taskgroup/taskgroup.hpp>

tg::Dag build() {
  tg::Dag dag{"close"};
  tg::Task announce = dag.task("publish", [](tg::Context &ctx) {
    return ctx.xcom_pull("publish.gl_report").as_int() + ctx.xcom_pull("publish.tax_report").as_int();
    // CHECK-FIXES: return ctx.xcom_pull("publish__1.gl_report").as_int() + ctx.xcom_pull("publish__1.tax_report").as_int();
  });
  tg::TaskGroup reports = dag.group("publish");
  // CHECK-MESSAGES: :[[@LINE-1]]:37: warning: group id 'publish' is already used in DAG 'close': the runtime refuses the DAG (DuplicateTaskIdFound) [taskgroup-id-conflict]
  // CHECK-FIXES: tg::TaskGroup reports = dag.group("publish__1");
  reports.task("gl_report", [] { return 1; });
  reports.task("tax_report", [] { return 2; });
  reports >> announce;
  return dag;
}
