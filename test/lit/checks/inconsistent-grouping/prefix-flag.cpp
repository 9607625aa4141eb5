// RUN: %check_clang_tidy %s taskgroup-inconsistent-grouping %t
// Sibling groups that disagree on prefix_group_id: the minority is reported, at the top level
// (two groups against three) and inside a group (one against two, made by a loop). A one
// against one split has no minority.
#include <taskgroup/taskgroup.hpp>

#include <string>
#include <string_view>

tg::Dag build() {
  tg::Dag dag{"finance_close"};
  tg::TaskGroup ledger = dag.group("ledger");
  ledger.task("pull", [] { return 1; });
  tg::TaskGroup tax = dag.group("tax", {.prefix_group_id = false});
  // CHECK-MESSAGES: :[[@LINE-1]]:33: warning: group 'tax' has prefix_group_id = false while 3 of its 4 sibling groups at the top level of DAG 'finance_close' have prefix_group_id = true [taskgroup-inconsistent-grouping]
  tax.task("tax_accruals", [] { return 2; });
  tg::TaskGroup payroll = dag.group("payroll", {.prefix_group_id = false, .tooltip = "Payroll"});
  // CHECK-MESSAGES: :[[@LINE-1]]:37: warning: group 'payroll' has prefix_group_id = false while 3 of its 4 sibling groups at the top level of DAG 'finance_close' have prefix_group_id = true [taskgroup-inconsistent-grouping]
  payroll.task("payroll_accruals", [] { return 3; });
  tg::TaskGroup close = dag.group("close");
  tg::TaskGroup pair = close.group("pair");
  pair.group("first").task("a", [] { return 4; });
  pair.group("second", {.prefix_group_id = false}).task("b", [] { return 5; });
  tg::TaskGroup dashboards = dag.group("dashboards");
  for (std::string_view period : {"daily", "monthly"}) {
    tg::TaskGroup p = dashboards.group(std::string(period));
    p.task("revenue", [] { return 1; });
  }
  tg::TaskGroup weekly = dashboards.group("weekly", {.prefix_group_id = false});
  // CHECK-MESSAGES: :[[@LINE-1]]:43: warning: group 'dashboards.weekly' has prefix_group_id = false while its 2 sibling groups in group 'dashboards' have prefix_group_id = true [taskgroup-inconsistent-grouping]
  weekly.task("weekly_revenue", [] { return 1; });
  return dag;
}
