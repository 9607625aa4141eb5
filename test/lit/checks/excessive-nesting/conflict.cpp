// RUN: %check_clang_tidy %s taskgroup-excessive-nesting %t
// Flattening `berlin` would put its `count_stock` next to the national one: no fix, and the
// message names the id that would collide.
#include <taskgroup/taskgroup.hpp>

tg::Dag build() {
  tg::Dag dag{"stores"};
  tg::TaskGroup inventory = dag.group("inventory");
  tg::TaskGroup stores = inventory.group("stores");
  tg::TaskGroup germany = stores.group("germany");
  germany.task("count_stock", [] { return 7; });
  germany.task("reconcile", [] { return 1; });
  tg::TaskGroup berlin = germany.group("berlin");
  // CHECK-MESSAGES: :[[@LINE-1]]:40: warning: group 'inventory.stores.germany.berlin' is nested 4 levels deep, more than 3 (inventory > stores > germany > berlin); cannot be fixed automatically: flattening would make 'inventory.stores.germany.count_stock' and 'inventory.stores.germany.reconcile', which already exist [taskgroup-excessive-nesting]
  // CHECK-FIXES: tg::TaskGroup berlin = germany.group("berlin");
  berlin.task("count_stock", [] { return 3; });
  berlin.task("reconcile", [] { return 0; });
  return dag;
}
