// RUN: %check_clang_tidy %s taskgroup-id-conflict %t
// A copy-pasted group: the later group is renamed, and so is the pull of a task that only the
// later group has. The pull of the first group's task is left alone.
#include <taskgroup/taskgroup.hpp>

tg::Dag build() {
  tg::Dag dag{"finance_close"};
  tg::TaskGroup reconcile = dag.group("reconcile");
  reconcile.task("match_bank", [] { return 1250; });

  tg::TaskGroup revalue = dag.group("reconcile");
  // CHECK-NOTES: :[[@LINE-1]]:37: warning: group id 'reconcile' is already used in DAG 'finance_close': the runtime refuses the DAG (DuplicateTaskIdFound) [taskgroup-id-conflict]
  // CHECK-NOTES: :[[@LINE-5]]:39: note: group 'reconcile' first created here
  // CHECK-NOTES: :[[@LINE-3]]:37: note: renamed to 'reconcile__1' and 1 string reference updated
  // CHECK-FIXES: tg::TaskGroup revalue = dag.group("reconcile__1");
  revalue.task("load_rates", [] { return 108; });
  dag.task("remeasure", [](tg::Context &ctx) {
    return ctx.xcom_pull("reconcile.load_rates").as_int() * 2;
    // CHECK-FIXES: return ctx.xcom_pull("reconcile__1.load_rates").as_int() * 2;
  });
  dag.task("match", [](tg::Context &ctx) {
    return ctx.xcom_pull("reconcile.match_bank").as_int();
    // CHECK-FIXES: return ctx.xcom_pull("reconcile.match_bank").as_int();
  });
  return dag;
}
