// RUN: %check_clang_tidy %s taskgroup-single-purpose %t
// RUN: %check_clang_tidy -check-suffix=STRICT %s taskgroup-single-purpose %t -- \
// RUN:   -config="{CheckOptions: {taskgroup-single-purpose.IgnoreMapped: false}}"
// A mapped fan-out behind a group boundary is what the group is for: a group holding a single
// mapped task, a group holding a single mapped group, and a mapped group with one task are left
// alone by default. With IgnoreMapped off they are reported; the mapped group cannot be
// flattened.
#include <taskgroup/taskgroup.hpp>

#include <string>

const auto per_region = tg::task_group(
    "per_region",
    // CHECK-MESSAGES-STRICT: :[[@LINE-1]]:5: warning: group 'regions.per_region' has a single child, task 'regions.per_region.fetch': the group only lengthens the ids below it and adds a level to the graph view; cannot be fixed automatically: the group is made by a tg::task_group decorator [taskgroup-single-purpose]
    [](tg::TaskGroup &g, tg::MappedArg<std::string> region) {
      g.task("fetch", [region](tg::Context &ctx) { return static_cast<std::int64_t>(region.get(ctx).size()); });
    });

tg::Dag build() {
  tg::Dag dag{"account_health"};
  tg::Task snapshot = dag.task("snapshot", [] { return 4; });
  tg::TaskGroup score_accounts = dag.group("score_accounts", {.tooltip = "One run per segment"});
  // CHECK-MESSAGES-STRICT: :[[@LINE-1]]:44: warning: group 'score_accounts' has a single child, task 'score_accounts.score': the group only lengthens the ids below it and adds a level to the graph view; cannot be fixed automatically: the group is used in a dependency at {{.*}}:[[@LINE+7]] [taskgroup-single-purpose]
  // CHECK-FIXES-STRICT: tg::TaskGroup score_accounts = dag.group("score_accounts", {.tooltip = "One run per segment"});
  score_accounts
      .task("score", [](tg::Context &ctx) {
        return static_cast<std::int64_t>(ctx.mapped_value().as_string().size());
      })
      .expand({"smb", "enterprise"});
  snapshot >> score_accounts;
  tg::TaskGroup regions = dag.group("regions");
  // CHECK-MESSAGES-STRICT: :[[@LINE-1]]:37: warning: group 'regions' has a single child, group 'regions.per_region': the group only lengthens the ids below it and adds a level to the graph view; cannot be fixed automatically: the group is used in a dependency at {{.*}}:[[@LINE+2]] [taskgroup-single-purpose]
  per_region.expand(regions, {"amer", "emea"});
  snapshot >> regions;
  return dag;
}
