// RUN: %check_clang_tidy %s taskgroup-mapping %t
// A task whose id is known only at run time: the warning points at the creating call and names
// the id with its run-time part as `{?}`.
#include <taskgroup/taskgroup.hpp>

#include <cstdlib>
#include <string>

const auto per_queue = tg::task_group(
    "per_queue", [](tg::TaskGroup &g, tg::MappedArg<std::string> queue) {
      g.task("drain", [queue](tg::Context &ctx) { return queue.get(ctx); });
      const char *suffix = std::getenv("CLEANUP_SUFFIX");
      g.task(std::string("cleanup_") + (suffix ? suffix : "x"), [](tg::Context &) {},
             {.trigger_rule = tg::TriggerRule::always});
    });

tg::Dag build() {
  tg::Dag dag{"queues"};
  per_queue.expand(dag, {"high", "low"});
  return dag;
}
// CHECK-MESSAGES: :[[@LINE-9]]:7: warning: task 'per_queue.cleanup_{?}' has trigger rule 'always' inside mapped group 'per_queue': the runtime refuses the DAG (MappingError: Task-generated mapping within a mapped task group is not allowed with trigger rule 'always') [taskgroup-mapping]
