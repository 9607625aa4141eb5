// RUN: %check_clang_tidy %s taskgroup-id-misuse %t
// No fix when the new id is taken: by another node (also after stripping a repeated prefix,
// and for the ids of a renamed group's subtree), or by the fix of an earlier finding.
#include <taskgroup/taskgroup.hpp>

tg::Dag build() {
  tg::Dag dag{"collisions"};
  dag.task("order_items", [] { return 1; });
  dag.task("order items", [] { return 2; });
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: task id 'order items' contains ' ', which is not allowed in a task id (^[A-Za-z0-9_.-]+$): the runtime refuses the DAG (InvalidId); cannot be fixed automatically: the new id 'order_items' is already used [taskgroup-id-misuse]

  tg::TaskGroup extract = dag.group("extract");
  extract.task("orders", [] { return 1; });
  extract.task("extract_orders", [] { return 2; });
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: task id 'extract.extract_orders' repeats the id of its group 'extract'; cannot be fixed automatically: the new id 'extract.orders' is already used [taskgroup-id-misuse]

  dag.task("eu_west.load", [] { return 1; });
  tg::TaskGroup west = dag.group("eu west");
  // CHECK-MESSAGES: :[[@LINE-1]]:34: warning: group id 'eu west' contains ' ', which is not allowed in a group id (^[A-Za-z0-9_-]+$): the runtime refuses the DAG (InvalidId); a space in a group id crashed Airflow's schedulers (Airflow issue 17568); cannot be fixed automatically: the new id 'eu_west.load' is already used [taskgroup-id-misuse]
  west.task("load", [] { return 3; });

  dag.task("gmv usd", [] { return 4; });
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: task id 'gmv usd' contains ' ', which is not allowed in a task id (^[A-Za-z0-9_.-]+$): the runtime refuses the DAG (InvalidId) [taskgroup-id-misuse]
  // CHECK-FIXES: dag.task("gmv_usd", [] { return 4; });
  dag.task("gmv/usd", [] { return 5; });
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: task id 'gmv/usd' contains '/', which is not allowed in a task id (^[A-Za-z0-9_.-]+$): the runtime refuses the DAG (InvalidId); cannot be fixed automatically: the new id 'gmv_usd' is already proposed for 'gmv usd' [taskgroup-id-misuse]
  // CHECK-FIXES: dag.task("gmv/usd", [] { return 5; });
  return dag;
}
