// RUN: %check_clang_tidy %s taskgroup-excessive-nesting %t -- \
// RUN:   -config="{CheckOptions: {taskgroup-excessive-nesting.MaxDepth: 0}}"
// With MaxDepth 0 every top-level group is too deep and is flattened into the DAG itself:
// the handle form becomes `dag.root()`, and a scoped body that takes `tg::TaskGroup &` gets a
// named root handle, since `dag.root()` is a temporary.
#include <taskgroup/taskgroup.hpp>

tg::Dag build() {
  tg::Dag dag{"flat"};
  tg::TaskGroup audit = dag.group("audit", {.tooltip = "Audit log"});
  // CHECK-MESSAGES: :[[@LINE-1]]:35: warning: group 'audit' is nested 1 levels deep, more than 0 (audit) [taskgroup-excessive-nesting]
  // CHECK-FIXES: tg::TaskGroup audit = dag.root();
  audit.task("write_log", [] { return 2; });
  dag.group("notify", {}, [](tg::TaskGroup &g) {
    // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: group 'notify' is nested 1 levels deep, more than 0 (notify) [taskgroup-excessive-nesting]
    // CHECK-FIXES: { tg::TaskGroup root = dag.root(); [](tg::TaskGroup &g) {
    g.task("send_summary", [] { return 1; });
  });
  // CHECK-FIXES: }(root); }
  dag.task("done", [](tg::Context &ctx) {
    return ctx.xcom_pull("audit.write_log").as_int() + ctx.xcom_pull("notify.send_summary").as_int();
    // CHECK-FIXES: return ctx.xcom_pull("write_log").as_int() + ctx.xcom_pull("send_summary").as_int();
  });
  return dag;
}
