// RUN: %check_clang_tidy %s taskgroup-mapping %t
// The three suppression comments (on the line of the id, on the line before it, and a region)
// silence the warning; a suppression for another check does not.
#include <taskgroup/taskgroup.hpp>

#include <string>

const auto per_day = tg::task_group(
    "per_day", [](tg::TaskGroup &g, tg::MappedArg<std::string> day) {
      g.task("load", [day](tg::Context &ctx) { return day.get(ctx); });
      g.task("a", [](tg::Context &) {}, {.trigger_rule = tg::TriggerRule::always}); // NOLINT(taskgroup-mapping)
      // NOLINTNEXTLINE(taskgroup-mapping)
      g.task("b", [](tg::Context &ctx) { return ctx.map_index(); }).expand({1, 2});
      // NOLINTBEGIN(taskgroup-mapping)
      g.task("c", [](tg::Context &) {}, {.trigger_rule = tg::TriggerRule::always});
      g.task("d", [](tg::Context &ctx) { return ctx.map_index(); }).expand({3});
      // NOLINTEND(taskgroup-mapping)
      g.task("e", [](tg::Context &) {}, {.trigger_rule = tg::TriggerRule::always}); // NOLINT(taskgroup-id-misuse)
      // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: task 'per_day.e' has trigger rule 'always' inside mapped group 'per_day': the runtime refuses the DAG (MappingError: Task-generated mapping within a mapped task group is not allowed with trigger rule 'always') [taskgroup-mapping]
    });

tg::Dag build() {
  tg::Dag dag{"daily"};
  per_day.expand(dag, {"mon", "tue"});
  return dag;
}
