// RUN: %check_clang_tidy %s taskgroup-excessive-nesting %t
// A group four levels deep, written with handles: it is flattened into its parent, its tasks
// move up one level and the pulls that name them follow.
#include <taskgroup/taskgroup.hpp>

tg::Dag build() {
  tg::Dag dag{"retail_inventory"};
  tg::TaskGroup inventory = dag.group("inventory");
  tg::TaskGroup warehouses = inventory.group("warehouses");
  tg::TaskGroup central = warehouses.group("central");
  tg::TaskGroup inbound = central.group("inbound");
  // CHECK-MESSAGES: :[[@LINE-1]]:41: warning: group 'inventory.warehouses.central.inbound' is nested 4 levels deep, more than 3 (inventory > warehouses > central > inbound) [taskgroup-excessive-nesting]
  // CHECK-FIXES: tg::TaskGroup inbound = central;
  tg::Task receive = inbound.task("receive_pallets", [] { return 120; });
  tg::Task scan = inbound.task("scan_labels", [](tg::Context &ctx) {
    return ctx.xcom_pull("inventory.warehouses.central.inbound.receive_pallets").as_int() * 2;
    // CHECK-FIXES: return ctx.xcom_pull("inventory.warehouses.central.receive_pallets").as_int() * 2;
  });
  receive >> scan;
  central.task("count", [] { return 1; });
  tg::Task rollup = warehouses.task("rollup", [](tg::Context &ctx) {
    return ctx.xcom_pull("inventory.warehouses.central.inbound.scan_labels").as_int();
    // CHECK-FIXES: return ctx.xcom_pull("inventory.warehouses.central.scan_labels").as_int();
  });
  central >> rollup;
  return dag;
}

int main(int argc, char **argv) { return tg::cli(build(), argc, argv); }
