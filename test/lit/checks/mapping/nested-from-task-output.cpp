// RUN: %check_clang_tidy %s taskgroup-mapping %t
// The inner group is mapped over another task's output, through `.override` and `.partial`:
// still a mapped group inside a mapped group. The inner group's id comes from `.override`.
#include <taskgroup/taskgroup.hpp>

#include <string>

const auto per_partition = tg::task_group(
    "per_partition", [](tg::TaskGroup &g, std::string table, tg::MappedArg<std::string> day) {
      g.task("load", [table, day](tg::Context &ctx) { return table + day.get(ctx); });
    });

const auto per_table = tg::task_group(
    "per_table", [](tg::TaskGroup &g, tg::MappedArg<std::string> table) {
      tg::Task days = g.task("list_days", [table](tg::Context &ctx) { return table.get(ctx); });
      per_partition.override({.group_id = "partitions"})
          .partial(std::string("orders"))
          .expand(g, days);
    });

tg::Dag build() {
  tg::Dag dag{"warehouse"};
  per_table.expand(dag, {"orders", "users"});
  return dag;
}
// CHECK-MESSAGES: :[[@LINE-10]]:43: warning: mapped group 'per_table.partitions' is created inside mapped group 'per_table': the runtime refuses the DAG (MappingError: Nested Mapped TaskGroups are not yet supported) [taskgroup-mapping]
