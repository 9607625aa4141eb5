// RUN: %check_clang_tidy %s taskgroup-tight-coupling %t
// `reporting.ledger_summary` pulls a value of `settlement.compute_fees`, but nothing orders
// the two groups: the fix adds `settlement >> reporting` after the last statement that builds
// or wires into either group. The pull of `fraud.review_queue` follows an edge: no finding.
#include <taskgroup/taskgroup.hpp>

tg::Dag build() {
  tg::Dag dag{"payments"};
  tg::TaskGroup fraud = dag.group("fraud");
  tg::Task review = fraud.task("review_queue", [] { return 6; });

  tg::TaskGroup settlement = dag.group("settlement");
  tg::Task fees = settlement.task("compute_fees", [] { return 4; });
  tg::Task reconcile = settlement.task("reconcile", [] { return 5; });
  fees >> reconcile;

  tg::TaskGroup reporting = dag.group("reporting");
  tg::Task ledger = reporting.task("ledger_summary", [](tg::Context &ctx) {
    return ctx.xcom_pull("settlement.compute_fees").as_int() + ctx.xcom_pull("fraud.review_queue").as_int();
    // CHECK-NOTES: :[[@LINE-1]]:26: warning: task 'reporting.ledger_summary' pulls the XCom of 'settlement.compute_fees' but does not depend on it: a hidden dependency, the value is there only when the executor happens to run 'settlement.compute_fees' first [taskgroup-tight-coupling]
    // CHECK-NOTES: :[[@LINE-8]]:35: note: task 'settlement.compute_fees' is created here
    // CHECK-NOTES: :[[@LINE+5]]:3: note: the fix adds 'settlement >> reporting' after this statement
  });
  tg::Task dashboards = reporting.task("dashboards", [] { return 7; });
  ledger >> dashboards;

  fraud >> reporting; // the pattern to copy

  tg::Task close_day = dag.task("close_day", [] { return 8; });
  review >> close_day; // leaves both groups alone: not where the group edge goes
  // CHECK-FIXES: fraud >> reporting; // the pattern to copy
  // CHECK-FIXES-NEXT: settlement >> reporting;
  return dag;
}
