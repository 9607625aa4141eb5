// RUN: %check_clang_tidy %s taskgroup-single-purpose %t
// A group around one task: the handle form is flattened into the DAG (`dag.root()`), the task
// loses its prefix, and the pull that names it follows.
#include <taskgroup/taskgroup.hpp>

tg::Dag build() {
  tg::Dag dag{"crm_sync"};
  tg::TaskGroup audit = dag.group("audit", {.tooltip = "Audit log"});
  // CHECK-NOTES: :[[@LINE-1]]:35: warning: group 'audit' has a single child, task 'audit.write_log': the group only lengthens the ids below it and adds a level to the graph view [taskgroup-single-purpose]
  // CHECK-NOTES: :[[@LINE+3]]:29: note: its only child, task 'audit.write_log', is created here
  // CHECK-NOTES: :[[@LINE-3]]:35: note: flattened into the DAG and 1 string reference updated
  // CHECK-FIXES: tg::TaskGroup audit = dag.root();
  tg::Task log = audit.task("write_log", [] { return 2; });
  tg::Task report = dag.task("report", [](tg::Context &ctx) {
    return ctx.xcom_pull("audit.write_log").as_int();
    // CHECK-FIXES: return ctx.xcom_pull("write_log").as_int();
  });
  log >> report;
  return dag;
}
