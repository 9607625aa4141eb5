// RUN: %check_clang_tidy -no-fix-roundtrip %s taskgroup-id-misuse %t
// A group and a task below it both need a new id, and one string names the task: the group's
// fix updates it, so the task's fix waits for a second run (no two fixes edit one string).
#include <taskgroup/taskgroup.hpp>

tg::Dag build() {
  tg::Dag dag{"overlap"};
  tg::TaskGroup eu = dag.group("sales eu");
  // CHECK-MESSAGES: :[[@LINE-1]]:32: warning: group id 'sales eu' contains ' ', which is not allowed in a group id (^[A-Za-z0-9_-]+$): the runtime refuses the DAG (InvalidId); a space in a group id crashed Airflow's schedulers (Airflow issue 17568) [taskgroup-id-misuse]
  // CHECK-FIXES: tg::TaskGroup eu = dag.group("sales_eu");
  eu.task("gmv/usd", [] { return 1; });
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: task id 'sales eu.gmv/usd' contains '/', which is not allowed in a task id (^[A-Za-z0-9_.-]+$): the runtime refuses the DAG (InvalidId); cannot be fixed automatically: the fix of 'sales eu' edits the same string at {{.*}}overlapping-fixes.cpp{{.*}}:14; apply it first [taskgroup-id-misuse]
  // CHECK-FIXES: eu.task("gmv/usd", [] { return 1; });
  dag.task("report", [](tg::Context &ctx) { return ctx.xcom_pull("sales eu.gmv/usd").as_int(); });
  // CHECK-FIXES: dag.task("report", [](tg::Context &ctx) { return ctx.xcom_pull("sales_eu.gmv/usd").as_int(); });
  eu.task("vat%", [] { return 2; });
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: task id 'sales eu.vat%' contains '%', which is not allowed in a task id (^[A-Za-z0-9_.-]+$): the runtime refuses the DAG (InvalidId) [taskgroup-id-misuse]
  // CHECK-FIXES: eu.task("vat_", [] { return 2; });
  return dag;
}
