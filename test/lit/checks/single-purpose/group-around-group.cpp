// RUN: %check_clang_tidy %s taskgroup-single-purpose %t
// A group whose only child is a group, under a parent group: flattened into the parent, so
// `outer.wrap.inner.*` becomes `outer.inner.*`; the inner group has two tasks and stays.
#include <taskgroup/taskgroup.hpp>

tg::Dag build() {
  tg::Dag dag{"nested"};
  tg::TaskGroup outer = dag.group("outer");
  outer.task("first", [] { return 1; });
  tg::TaskGroup wrap = outer.group("wrap", {.tooltip = "Wrapper"});
  // CHECK-MESSAGES: :[[@LINE-1]]:36: warning: group 'outer.wrap' has a single child, group 'outer.wrap.inner': the group only lengthens the ids below it and adds a level to the graph view [taskgroup-single-purpose]
  // CHECK-FIXES: tg::TaskGroup wrap = outer;
  tg::TaskGroup inner = wrap.group("inner");
  inner.task("clean", [] { return 3; });
  inner.task("dedupe", [](tg::Context &ctx) {
    return ctx.xcom_pull("outer.wrap.inner.clean").as_int();
    // CHECK-FIXES: return ctx.xcom_pull("outer.inner.clean").as_int();
  });
  dag.task("after", [](tg::Context &ctx) {
    return ctx.xcom_pull("outer.first").as_int() + ctx.xcom_pull("outer.wrap.inner.dedupe").as_int();
    // CHECK-FIXES: return ctx.xcom_pull("outer.first").as_int() + ctx.xcom_pull("outer.inner.dedupe").as_int();
  });
  return dag;
}
