// RUN: %check_clang_tidy %s taskgroup-id-misuse %t
// Ids longer than WarnLength (64): legal, but hard to read. Counted on the fully qualified id,
// with the composition. 64 characters pass; a display_name is a label, never counted.
#include <taskgroup/taskgroup.hpp>

tg::Dag build() {
  tg::Dag dag{"kpi_report"};
  tg::TaskGroup kpis = dag.group("kpis", {.display_name = "Headline KPIs for the weekly marketplace report (GMV, take rate)"});
  kpis.task("daily_gross_merchandise_value_excluding_cancellations_and_refunds", [] { return 9050; });
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: task id 'kpis.daily_gross_merchandise_value_excluding_cancellations_and_refunds' is 70 characters long (4 + 1 + 65), more than WarnLength (64) [taskgroup-id-misuse]
  dag.task("weekly_active_sellers_with_at_least_one_order_excluding_test_shop", [] { return 1; });
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: task id 'weekly_active_sellers_with_at_least_one_order_excluding_test_shop' is 65 characters long, more than WarnLength (64) [taskgroup-id-misuse]
  dag.task("weekly_active_sellers_with_at_least_one_order_excluding_testshop", [] { return 1; });

  // The group's fully qualified id is 65 characters: the group and its task are both over.
  tg::TaskGroup outer = dag.group("marketplace_reporting_europe_x");
  tg::TaskGroup inner = outer.group("seller_performance_weekly_rollup_x");
  // CHECK-MESSAGES: :[[@LINE-1]]:37: warning: group id 'marketplace_reporting_europe_x.seller_performance_weekly_rollup_x' is 65 characters long (30 + 1 + 34), more than WarnLength (64) [taskgroup-id-misuse]
  inner.task("sum", [] { return 2; });
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: task id 'marketplace_reporting_europe_x.seller_performance_weekly_rollup_x.sum' is 69 characters long (30 + 1 + 34 + 1 + 3), more than WarnLength (64) [taskgroup-id-misuse]
  return dag;
}
