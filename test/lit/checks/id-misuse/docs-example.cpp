// RUN: %check_clang_tidy %s taskgroup-id-misuse %t
// The example of docs/checks/id-misuse.md: a space in a group id (fixed with its xcom_pull
// reference) and a task repeating its group's id (stripped).
#include <taskgroup/taskgroup.hpp>

tg::Dag build() {
  tg::Dag dag{"marketplace_reporting"};
  tg::TaskGroup items = dag.group("order items");
  // CHECK-MESSAGES: :[[@LINE-1]]:35: warning: group id 'order items' contains ' ', which is not allowed in a group id (^[A-Za-z0-9_-]+$): the runtime refuses the DAG (InvalidId); a space in a group id crashed Airflow's schedulers (Airflow issue 17568) [taskgroup-id-misuse]
  // CHECK-FIXES: tg::TaskGroup items = dag.group("order_items");
  items.task("parse", [] { return 120; });
  dag.task("price", [](tg::Context &ctx) {
    return ctx.xcom_pull("order items.parse").as_int() * 3;
    // CHECK-FIXES: return ctx.xcom_pull("order_items.parse").as_int() * 3;
  });

  tg::TaskGroup extract = dag.group("extract");
  extract.task("extract_orders", [] { return 40; });
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: task id 'extract.extract_orders' repeats the id of its group 'extract' [taskgroup-id-misuse]
  // CHECK-FIXES: extract.task("orders", [] { return 40; });
  return dag;
}
