// RUN: %check_clang_tidy %s taskgroup-mapping %t
// A task mapped with `expand` inside a mapped task group: Airflow raises "operator expansion in
// an expanded task group is not yet supported". Both overloads of `expand` (literal values and
// another task's output) are reported, at the task's id.
#include <taskgroup/taskgroup.hpp>

#include <string>

const auto per_region = tg::task_group(
    "per_region", [](tg::TaskGroup &g, tg::MappedArg<std::string> region) {
      tg::Task list = g.task("list_stores", [region](tg::Context &ctx) { return region.get(ctx); });
      g.task("score_store", [](tg::Context &ctx) { return ctx.map_index(); }).expand({1, 2, 3});
      tg::Task audit = g.task("audit_store", [](tg::Context &ctx) { return ctx.map_index(); });
      audit.expand(list);
    });

tg::Dag build() {
  tg::Dag dag{"retail"};
  per_region.expand(dag, {"north", "south"});
  return dag;
}
// CHECK-MESSAGES: :[[@LINE-10]]:14: warning: task 'per_region.score_store' is mapped with 'expand' inside mapped group 'per_region': the runtime refuses the DAG (MappingError: operator expansion in an expanded task group is not yet supported) [taskgroup-mapping]
// CHECK-MESSAGES: :[[@LINE-10]]:31: warning: task 'per_region.audit_store' is mapped with 'expand' inside mapped group 'per_region': the runtime refuses the DAG (MappingError: operator expansion in an expanded task group is not yet supported) [taskgroup-mapping]
