// RUN: %check_clang_tidy %s taskgroup-inconsistent-grouping %t
// A tg::task_group's id is spelled once, where the decorator is defined. Called once, the
// literal is renamed there; called twice, it names two groups (`__1`), so no fix.
#include <taskgroup/taskgroup.hpp>

const auto feature_store = tg::task_group("featureStore", [](tg::TaskGroup &g) {
  // CHECK-MESSAGES: :[[@LINE-1]]:43: warning: group id 'featureStore' is camelCase while its 3 siblings at the top level of DAG 'decorated' are snake_case [taskgroup-inconsistent-grouping]
  // CHECK-FIXES: const auto feature_store = tg::task_group("feature_store", [](tg::TaskGroup &g) {
  g.task("build_vectors", [] { return 1; });
});

const auto quality = tg::task_group("qualityChecks", [](tg::TaskGroup &g) {
  // CHECK-MESSAGES: :[[@LINE-1]]:37: warning: group id 'qualityChecks' is camelCase while 3 of its 4 siblings at the top level of DAG 'decorated' are snake_case; cannot be fixed automatically: its literal creates 2 nodes [taskgroup-inconsistent-grouping]
  // CHECK-MESSAGES: :[[@LINE-2]]:37: note: group id 'qualityChecks__1' is camelCase while 3 of its 4 siblings at the top level of DAG 'decorated' are snake_case; cannot be fixed automatically: its literal creates 2 nodes{{$}}
  g.task("row_count", [] { return 0; });
});

tg::Dag build() {
  tg::Dag dag{"decorated"};
  dag.task("lock_period", [] { return 0; });
  dag.task("load_rows", [] { return 0; });
  dag.task("publish_report", [](tg::Context &ctx) { return ctx.xcom_pull("featureStore.build_vectors").as_int(); });
  // CHECK-FIXES: dag.task("publish_report", [](tg::Context &ctx) { return ctx.xcom_pull("feature_store.build_vectors").as_int(); });
  feature_store(dag);
  return dag;
}

tg::Dag build_quality() {
  tg::Dag dag{"decorated"};
  dag.task("lock_period", [] { return 0; });
  dag.task("load_rows", [] { return 0; });
  dag.task("publish_report", [] { return 0; });
  quality(dag);
  quality(dag);
  return dag;
}
