// RUN: %check_clang_tidy %s taskgroup-excessive-nesting %t
// A TG_GROUP_FACTORY called twice makes both too-deep groups with one call: flattening would
// edit the factory for both, so no fix is offered.
#include <taskgroup/taskgroup.hpp>

#include <string>

TG_GROUP_FACTORY tg::TaskGroup add_city(tg::TaskGroup &country, const std::string &city) {
  tg::TaskGroup g = country.group(city);
  g.task("count", [] { return 1; });
  g.task("check", [] { return 2; });
  return g;
}

tg::Dag build() {
  tg::Dag dag{"cities"};
  tg::TaskGroup inventory = dag.group("inventory");
  tg::TaskGroup stores = inventory.group("stores");
  tg::TaskGroup germany = stores.group("germany");
  add_city(germany, "berlin");
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: group 'inventory.stores.germany.berlin' is nested 4 levels deep, more than 3 (inventory > stores > germany > berlin); cannot be fixed automatically: its creating call makes 2 groups [taskgroup-excessive-nesting]
  add_city(germany, "munich");
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: group 'inventory.stores.germany.munich' is nested 4 levels deep, more than 3 (inventory > stores > germany > munich); cannot be fixed automatically: its creating call makes 2 groups [taskgroup-excessive-nesting]
  return dag;
}
