// RUN: %check_clang_tidy %s taskgroup-id-misuse %t
// Characters outside ^[A-Za-z0-9_.-]+$ in task ids: each run of them becomes one '_'. A '.' in
// a task id is allowed. The references are updated with the node.
#include <taskgroup/taskgroup.hpp>

tg::Dag build() {
  tg::Dag dag{"kpis"};
  tg::TaskGroup kpis = dag.group("kpis", {.display_name = "KPIs / GMV"});
  tg::Task gmv = kpis.task("gmv/usd", [] { return 5; });
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: task id 'kpis.gmv/usd' contains '/', which is not allowed in a task id (^[A-Za-z0-9_.-]+$): the runtime refuses the DAG (InvalidId) [taskgroup-id-misuse]
  // CHECK-FIXES: tg::Task gmv = kpis.task("gmv_usd", [] { return 5; });
  tg::Task rate = kpis.task("take rate (%)", [](tg::Context &ctx) {
    // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: task id 'kpis.take rate (%)' contains ' ', '(', '%' and ')', which are not allowed in a task id (^[A-Za-z0-9_.-]+$): the runtime refuses the DAG (InvalidId) [taskgroup-id-misuse]
    // CHECK-FIXES: tg::Task rate = kpis.task("take_rate_", [](tg::Context &ctx) {
    return ctx.xcom_pull("kpis.gmv/usd").as_int() * 2;
    // CHECK-FIXES: return ctx.xcom_pull("kpis.gmv_usd").as_int() * 2;
  });
  tg::Task v = dag.task("v1.2:final", [] { return 1; });
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: task id 'v1.2:final' contains ':', which is not allowed in a task id (^[A-Za-z0-9_.-]+$): the runtime refuses the DAG (InvalidId) [taskgroup-id-misuse]
  // CHECK-FIXES: tg::Task v = dag.task("v1.2_final", [] { return 1; });
  gmv >> rate >> v;
  return dag;
}
