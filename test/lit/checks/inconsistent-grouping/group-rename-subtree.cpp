// RUN: %check_clang_tidy %s taskgroup-inconsistent-grouping %t
// Renaming a camelCase group renames the ids below it: the pull of a task in it, a lookup of
// the group and a lookup of one of its tasks by id all follow. `child(label)` names the task
// relative to the group and does not change.
#include <taskgroup/taskgroup.hpp>

tg::Dag build() {
  tg::Dag dag{"churn_model"};
  tg::TaskGroup profiles = dag.group("user_profiles");
  profiles.task("build_profiles", [] { return 7; });
  tg::TaskGroup features = dag.group("featureStore", {.tooltip = "Feature vectors"});
  // CHECK-MESSAGES: :[[@LINE-1]]:38: warning: group id 'featureStore' is camelCase while its 2 siblings at the top level of DAG 'churn_model' are snake_case [taskgroup-inconsistent-grouping]
  // CHECK-FIXES: tg::TaskGroup features = dag.group("feature_store", {.tooltip = "Feature vectors"});
  features.task("build_vectors", [] { return 1000; });
  features.task("publish_vectors", [] { return true; });
  tg::TaskGroup training = dag.group("ml_training");
  training.task("fit_model", [](tg::Context &ctx) {
    return ctx.xcom_pull("featureStore.build_vectors").as_int() / 10;
    // CHECK-FIXES: return ctx.xcom_pull("feature_store.build_vectors").as_int() / 10;
  });
  profiles >> dag.get_group("featureStore") >> training;
  // CHECK-FIXES: profiles >> dag.get_group("feature_store") >> training;
  dag.get_task("featureStore.build_vectors") >> features.child("publish_vectors");
  // CHECK-FIXES: dag.get_task("feature_store.build_vectors") >> features.child("publish_vectors");
  return dag;
}
