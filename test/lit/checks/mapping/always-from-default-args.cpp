// RUN: %check_clang_tidy %s taskgroup-mapping %t
// The trigger rule can come from `default_args`: the mapped group's `{"trigger_rule", "always"}`
// reaches every task created in it that does not set its own rule, as in Airflow. Tasks with an
// explicit rule, and the teardown (whose rule is always `all_done_setup_success`), are fine.
#include <taskgroup/taskgroup.hpp>

#include <string>

const auto per_shard = tg::task_group(
    "per_shard",
    [](tg::TaskGroup &g, tg::MappedArg<std::string> shard) {
      tg::Task copy = g.task("copy", [shard](tg::Context &ctx) { return shard.get(ctx); });
      // CHECK-MESSAGES: :[[@LINE-1]]:30: warning: task 'per_shard.copy' has trigger rule 'always' inside mapped group 'per_shard': the runtime refuses the DAG (MappingError: Task-generated mapping within a mapped task group is not allowed with trigger rule 'always') [taskgroup-mapping]
      tg::Task verify = g.task("verify", [](tg::Context &) {},
                               {.trigger_rule = tg::TriggerRule::all_success});
      copy >> verify;
    },
    {.default_args = {{"trigger_rule", "always"}}});

tg::Dag build() {
  tg::Dag dag{"sharded_copy"};
  per_shard.expand(dag, {"s1", "s2"});
  return dag;
}
