// RUN: %check_clang_tidy -no-fix-roundtrip %s taskgroup-single-purpose %t
// A chain of single-child groups: both are reported, each with its flatten. The two fixes
// update the same pull, so clang-tidy applies one per run (the inner group's here) and a second
// run flattens the outer one; hence no round trip.
#include <taskgroup/taskgroup.hpp>

tg::Dag build() {
  tg::Dag dag{"nested"};
  tg::TaskGroup outer = dag.group("outer");
  // CHECK-MESSAGES: :[[@LINE-1]]:35: warning: group 'outer' has a single child, group 'outer.inner': the group only lengthens the ids below it and adds a level to the graph view [taskgroup-single-purpose]
  // CHECK-FIXES: tg::TaskGroup outer = dag.group("outer");
  tg::TaskGroup inner = outer.group("inner");
  // CHECK-MESSAGES: :[[@LINE-1]]:37: warning: group 'outer.inner' has a single child, task 'outer.inner.step': the group only lengthens the ids below it and adds a level to the graph view [taskgroup-single-purpose]
  // CHECK-FIXES: tg::TaskGroup inner = outer;
  inner.task("step", [] { return 1; });
  dag.task("use", [](tg::Context &ctx) { return ctx.xcom_pull("outer.inner.step").as_int(); });
  // CHECK-FIXES: dag.task("use", [](tg::Context &ctx) { return ctx.xcom_pull("outer.step").as_int(); });
  return dag;
}
