// RUN: %check_clang_tidy %s taskgroup-mapping %t
// A plain group factory (TG_GROUP_FACTORY) that expands a task is fine at the top level and
// refused when called inside a mapped group: only that call is reported, with the call chain
// (outermost call first).
#include <taskgroup/taskgroup.hpp>

#include <string>

TG_GROUP_FACTORY tg::TaskGroup add_scoring(tg::TaskGroup &parent, const std::string &id) {
  tg::TaskGroup g = parent.group(id);
  g.task("score", [](tg::Context &ctx) { return ctx.map_index(); }).expand({1, 2, 3});
  return g;
}

const auto per_model = tg::task_group(
    "per_model", [](tg::TaskGroup &g, tg::MappedArg<std::string> model) {
      g.task("train", [model](tg::Context &ctx) { return model.get(ctx); });
      add_scoring(g, "scoring");
    });

tg::Dag build() {
  tg::Dag dag{"model_zoo"};
  tg::TaskGroup root = dag.root();
  add_scoring(root, "baseline_scoring");
  per_model.expand(dag, {"tree", "linear"});
  return dag;
}
// CHECK-NOTES: :[[@LINE-17]]:10: warning: task 'per_model.scoring.score' is mapped with 'expand' inside mapped group 'per_model': the runtime refuses the DAG (MappingError: operator expansion in an expanded task group is not yet supported) [taskgroup-mapping]
// CHECK-NOTES: :[[@LINE-13]]:5: note: mapped group 'per_model' is created here
// CHECK-NOTES: :[[@LINE-19]]:3: note: task 'score' is created inside 'per_model' > 'per_model.scoring'
// CHECK-NOTES: :[[@LINE-6]]:3: note: in this call
// CHECK-NOTES: :[[@LINE-14]]:7: note: in this call
