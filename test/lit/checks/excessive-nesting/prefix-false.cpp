// RUN: %check_clang_tidy %s taskgroup-excessive-nesting %t
// A too-deep group with `prefix_group_id = false`: its tasks have short ids, which become
// prefixed once they live in `weekly`. The pulls change; the creating literals do not.
#include <taskgroup/taskgroup.hpp>

tg::Dag build() {
  tg::Dag dag{"reports"};
  tg::TaskGroup reporting = dag.group("reporting");
  tg::TaskGroup regional = reporting.group("regional");
  tg::TaskGroup weekly = regional.group("weekly");
  tg::TaskGroup detail = weekly.group("detail", {.prefix_group_id = false});
  // CHECK-MESSAGES: :[[@LINE-1]]:39: warning: group 'reporting.regional.weekly.detail' is nested 4 levels deep, more than 3 (reporting > regional > weekly > detail) [taskgroup-excessive-nesting]
  // CHECK-FIXES: tg::TaskGroup detail = weekly;
  detail.task("sku_report", [] { return 4200; });
  // CHECK-FIXES: detail.task("sku_report", [] { return 4200; });
  detail.task("margin_report", [] { return 310; });
  weekly.task("traffic", [] { return 88; });
  tg::Task publish = reporting.task("publish", [](tg::Context &ctx) {
    return ctx.xcom_pull("sku_report").as_int() + ctx.xcom_pull("margin_report").as_int();
    // CHECK-FIXES: return ctx.xcom_pull("reporting.regional.weekly.sku_report").as_int() + ctx.xcom_pull("reporting.regional.weekly.margin_report").as_int();
  });
  regional >> publish;
  return dag;
}
