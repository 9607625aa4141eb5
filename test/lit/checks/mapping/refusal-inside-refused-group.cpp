// RUN: %check_clang_tidy %s taskgroup-mapping %t
// The analysis goes on past the first refusal: inside the nested mapped group (refused), the
// `always` task is refused too, by the group that maps it most closely. Moving the inner group
// out of `per_country` fixes the first finding, not the second.
#include <taskgroup/taskgroup.hpp>

#include <string>

const auto per_city = tg::task_group(
    "per_city", [](tg::TaskGroup &g, tg::MappedArg<std::string> city) {
      g.task("forecast", [city](tg::Context &ctx) { return city.get(ctx); });
      g.task("notify", [](tg::Context &) {}, {.trigger_rule = tg::TriggerRule::always});
    });

const auto per_country = tg::task_group(
    "per_country", [](tg::TaskGroup &g, tg::MappedArg<std::string> country) {
      g.task("fetch", [country](tg::Context &ctx) { return country.get(ctx); });
      per_city.expand(g, {"paris", "lyon"});
    });

tg::Dag build() {
  tg::Dag dag{"weather"};
  per_country.expand(dag, {"fr"});
  return dag;
}
// CHECK-MESSAGES: :[[@LINE-16]]:5: warning: mapped group 'per_country.per_city' is created inside mapped group 'per_country': the runtime refuses the DAG (MappingError: Nested Mapped TaskGroups are not yet supported) [taskgroup-mapping]
// CHECK-MESSAGES: :[[@LINE-15]]:14: warning: task 'per_country.per_city.notify' has trigger rule 'always' inside mapped group 'per_country.per_city': the runtime refuses the DAG (MappingError: Task-generated mapping within a mapped task group is not allowed with trigger rule 'always') [taskgroup-mapping]
