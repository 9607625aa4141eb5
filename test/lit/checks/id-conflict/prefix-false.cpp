// RUN: %check_clang_tidy %s taskgroup-id-conflict %t
// Two groups with prefix_group_id = false each create a task `accruals`: both land in the DAG's
// namespace as `accruals`. The later task is renamed.
#include <taskgroup/taskgroup.hpp>

tg::Dag build() {
  tg::Dag dag{"accrue"};
  tg::TaskGroup tax = dag.group("tax", {.prefix_group_id = false});
  tg::Task tax_accruals = tax.task("accruals", [] { return 310; });
  tg::TaskGroup payroll = dag.group("payroll", {.prefix_group_id = false});
  tg::Task payroll_accruals = payroll.task("accruals", [] { return 77; });
  // CHECK-NOTES: :[[@LINE-1]]:44: warning: task id 'accruals' is already used in DAG 'accrue': the runtime refuses the DAG (DuplicateTaskIdFound) [taskgroup-id-conflict]
  // CHECK-NOTES: :[[@LINE-4]]:36: note: task 'accruals' first created here
  // CHECK-NOTES: :[[@LINE-3]]:44: note: renamed to 'accruals__1'
  // CHECK-NOTES: :[[@LINE-4]]:31: note: task 'accruals' is created inside 'payroll'
  // CHECK-FIXES: tg::Task payroll_accruals = payroll.task("accruals__1", [] { return 77; });
  tax_accruals >> payroll_accruals;
  return dag;
}
