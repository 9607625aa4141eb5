// RUN: %check_clang_tidy %s taskgroup-id-conflict %t
// A repeated task deep in nested groups: the notes give the earlier task and the chain of
// groups holding the later one, outermost first.
#include <taskgroup/taskgroup.hpp>

tg::Dag build() {
  tg::Dag dag{"nested"};
  tg::TaskGroup inventory = dag.group("inventory");
  tg::TaskGroup stores = inventory.group("stores");
  tg::TaskGroup berlin = stores.group("berlin");
  tg::Task count = berlin.task("count_stock", [] { return 7; });
  tg::Task recount = berlin.task("count_stock", [] { return 8; });
  // CHECK-NOTES: :[[@LINE-1]]:34: warning: task id 'inventory.stores.berlin.count_stock' is already used in DAG 'nested': the runtime refuses the DAG (DuplicateTaskIdFound) [taskgroup-id-conflict]
  // CHECK-NOTES: :[[@LINE-3]]:32: note: task 'inventory.stores.berlin.count_stock' first created here
  // CHECK-NOTES: :[[@LINE-3]]:34: note: renamed to 'inventory.stores.berlin.count_stock__1'
  // CHECK-NOTES: :[[@LINE-4]]:22: note: task 'count_stock' is created inside 'inventory' > 'inventory.stores' > 'inventory.stores.berlin'
  // CHECK-FIXES: tg::Task recount = berlin.task("count_stock__1", [] { return 8; });
  count >> recount;
  return dag;
}
