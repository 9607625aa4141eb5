// RUN: %check_clang_tidy %s taskgroup-mapping %t
// A mapped task group expanded inside the body of another mapped task group: Airflow refuses it
// ("Nested Mapped TaskGroups are not yet supported"), and so does the runtime. The warning
// points at the inner group's id; the notes show the outer mapped group and the calls.
#include <taskgroup/taskgroup.hpp>

#include <string>

const auto per_partition = tg::task_group(
    "per_partition", [](tg::TaskGroup &g, tg::MappedArg<std::string> partition) {
      // CHECK-NOTES: :[[@LINE-1]]:5: warning: mapped group 'per_table.per_partition' is created inside mapped group 'per_table': the runtime refuses the DAG (MappingError: Nested Mapped TaskGroups are not yet supported) [taskgroup-mapping]
      g.task("load", [partition](tg::Context &ctx) { return partition.get(ctx); });
    });

const auto per_table = tg::task_group(
    "per_table", [](tg::TaskGroup &g, tg::MappedArg<std::string> table) {
      // CHECK-NOTES: :[[@LINE-1]]:5: note: mapped group 'per_table' is created here
      g.task("lock", [table](tg::Context &ctx) { return table.get(ctx); });
      per_partition.expand(g, {"2024", "2025"});
      // CHECK-NOTES: :[[@LINE-1]]:7: note: group 'per_partition' is created inside 'per_table'
    });

tg::Dag build() {
  tg::Dag dag{"warehouse"};
  per_table.expand(dag, {"orders", "users"});
  // CHECK-NOTES: :[[@LINE-1]]:3: note: in this call
  return dag;
}
