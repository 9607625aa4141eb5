// RUN: %check_clang_tidy %s taskgroup-inconsistent-grouping %t
// A factory function called from several places: the groups it makes are compared down to
// their nested groups, and the ids that carry the group's own label (`orders_extract`) count
// as the same step. The odd one is reported at its id, with what differs.
#include <taskgroup/taskgroup.hpp>

#include <string>

tg::TaskGroup add_table(tg::TaskGroup parent, const std::string &table, bool full) {
  tg::TaskGroup g = parent.group(table);
  g.task(table + "_extract", [] { return 1; });
  tg::TaskGroup checks = g.group("checks");
  checks.task("row_count", [] { return 0; });
  if (full)
    checks.task("nulls", [] { return 0; });
  else
    g.task("sample", [] { return 0; });
  return g;
}

tg::Dag build() {
  tg::Dag dag{"tables"};
  tg::TaskGroup root = dag.root();
  add_table(root, "orders", true);
  add_table(root, "users", true);
  add_table(root, "events", false);
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: group 'events' is made by the same factory as 'orders', 'users' and 'payments' but has an extra task 'sample' and lacks the task 'checks.nulls' [taskgroup-inconsistent-grouping]
  add_table(root, "payments", true);
  return dag;
}
