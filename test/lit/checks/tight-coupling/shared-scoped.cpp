// RUN: %check_clang_tidy %s taskgroup-tight-coupling %t
// Captures through the scoped group form (`[&]` twice), a callable stored in a variable first,
// and an init-capture by reference all share the same object. A pointer declared inside a loop
// body points to a new object on every iteration; a const reference is not mutable state.
#include <taskgroup/taskgroup.hpp>

#include <cstdint>
#include <memory>
#include <string>

tg::Dag build() {
  tg::Dag dag{"scoped"};
  std::int64_t rows = 0;
  // CHECK-NOTES: :[[@LINE-1]]:16: warning: mutable object 'rows' is captured by reference by tasks of 3 groups ('load', 'check' and 'audit'): hidden state shared between groups, so their results depend on the order the executor runs them and no group can be tested or rerun on its own [taskgroup-tight-coupling]
  const std::string &label = dag.dag_id();

  dag.group("load", {}, [&](tg::TaskGroup &g) {
    g.task("rows", [&] { return rows += 10; });
    // CHECK-NOTES: :[[@LINE-1]]:33: note: captured by reference by task 'load.rows'
  });
  auto verify = [&rows, &label] { return rows + static_cast<std::int64_t>(label.size()); };
  // CHECK-NOTES: :[[@LINE-1]]:19: note: captured by reference by task 'check.verify'
  dag.group("check").task("verify", verify);
  dag.group("audit").task("count", [&r = rows] { return r; });
  // CHECK-NOTES: :[[@LINE-1]]:38: note: captured by reference by task 'audit.count'

  for (const char *region : {"emea", "apac"}) {
    auto seen = std::make_shared<std::int64_t>(0);
    tg::TaskGroup per_region = dag.group(region);
    per_region.task("tally", [seen, &label] { return *seen += static_cast<std::int64_t>(label.size()); });
  }
  return dag;
}
