// RUN: %check_clang_tidy %s taskgroup-inconsistent-grouping %t
// RUN: %check_clang_tidy -check-suffix=OFF %s taskgroup-inconsistent-grouping %t -- \
// RUN:   -config="{CheckOptions: {taskgroup-inconsistent-grouping.CheckStructure: false, taskgroup-inconsistent-grouping.CheckPrefixFlag: false}}"
// CheckStructure and CheckPrefixFlag turn off the two kinds of findings that have no fix-it.
#include <taskgroup/taskgroup.hpp>

#include <string>
#include <string_view>

tg::Dag build() {
  tg::Dag dag{"dashboards"};
  tg::TaskGroup periods = dag.group("periods");
  for (std::string_view period : {"daily", "weekly", "monthly"}) {
    tg::TaskGroup p = periods.group(std::string(period));
    // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: group 'periods.monthly' is made by the same loop as 'periods.daily' and 'periods.weekly' but lacks the task 'churn' [taskgroup-inconsistent-grouping]
    p.task("revenue", [] { return 1; });
    if (period == "daily" || period == "weekly")
      p.task("churn", [] { return 2; });
  }
  tg::TaskGroup extra = periods.group("yearly", {.prefix_group_id = false});
  // CHECK-MESSAGES: :[[@LINE-1]]:39: warning: group 'periods.yearly' has prefix_group_id = false while its 3 sibling groups in group 'periods' have prefix_group_id = true [taskgroup-inconsistent-grouping]
  extra.task("yearly_revenue", [] { return 3; });
  return dag;
}
