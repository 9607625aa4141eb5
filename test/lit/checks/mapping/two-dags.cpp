// RUN: %check_clang_tidy %s taskgroup-mapping %t
// Two DAGs share one factory: the DAG that expands it inside another mapped group is reported,
// the DAG that expands it at the top level is not.
#include <taskgroup/taskgroup.hpp>

#include <string>

const auto per_topic = tg::task_group(
    "per_topic", [](tg::TaskGroup &g, tg::MappedArg<std::string> topic) {
      g.task("consume", [topic](tg::Context &ctx) { return topic.get(ctx); });
    });
// CHECK-MESSAGES: :[[@LINE-3]]:5: warning: mapped group 'per_cluster.per_topic' is created inside mapped group 'per_cluster': the runtime refuses the DAG (MappingError: Nested Mapped TaskGroups are not yet supported) [taskgroup-mapping]

const auto per_cluster = tg::task_group(
    "per_cluster", [](tg::TaskGroup &g, tg::MappedArg<std::string> cluster) {
      g.task("connect", [cluster](tg::Context &ctx) { return cluster.get(ctx); });
      per_topic.expand(g, {"orders", "clicks"});
    });

tg::Dag streaming() {
  tg::Dag dag{"streaming"};
  per_topic.expand(dag, {"orders", "clicks"});
  return dag;
}

tg::Dag multi_cluster() {
  tg::Dag dag{"multi_cluster"};
  per_cluster.expand(dag, {"eu", "us"});
  return dag;
}
