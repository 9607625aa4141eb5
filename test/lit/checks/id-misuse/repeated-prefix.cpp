// RUN: %check_clang_tidy %s taskgroup-id-misuse %t
// Children repeating their group's id: with '_' (a naming habit most children follow) and
// with a '.' written by hand. The fix strips the repeated part; the xcom_pull and the child()
// lookup are updated.
#include <taskgroup/taskgroup.hpp>

tg::Dag build() {
  tg::Dag dag{"marketplace"};
  tg::TaskGroup extract = dag.group("extract");
  tg::Task orders = extract.task("extract_orders", [] { return 40; });
  // CHECK-MESSAGES: :[[@LINE-1]]:34: warning: task id 'extract.extract_orders' repeats the id of its group 'extract' [taskgroup-id-misuse]
  // CHECK-FIXES: tg::Task orders = extract.task("orders", [] { return 40; });
  tg::Task sellers = extract.task("extract_sellers", [] { return 2; });
  // CHECK-MESSAGES: :[[@LINE-1]]:35: warning: task id 'extract.extract_sellers' repeats the id of its group 'extract' [taskgroup-id-misuse]
  // CHECK-FIXES: tg::Task sellers = extract.task("sellers", [] { return 2; });
  tg::Task fees = extract.task("fees", [](tg::Context &ctx) {
    return ctx.xcom_pull("extract.extract_orders").as_int() / 20;
    // CHECK-FIXES: return ctx.xcom_pull("extract.orders").as_int() / 20;
  });
  tg::Nodes{orders, sellers} >> fees;

  tg::TaskGroup report = dag.group("report");
  tg::Task daily = report.task("report.daily", [] { return 1; });
  // CHECK-MESSAGES: :[[@LINE-1]]:32: warning: task id 'report.report.daily' repeats the id of its group 'report' [taskgroup-id-misuse]
  // CHECK-FIXES: tg::Task daily = report.task("daily", [] { return 1; });
  tg::TaskGroup weekly = report.group("report_weekly");
  // CHECK-MESSAGES: :[[@LINE-1]]:39: warning: group id 'report.report_weekly' repeats the id of its group 'report' [taskgroup-id-misuse]
  // CHECK-FIXES: tg::TaskGroup weekly = report.group("weekly");
  weekly.task("sum", [](tg::Context &ctx) { return ctx.xcom_pull("report.report.daily").as_int() * 7; });
  // CHECK-FIXES: weekly.task("sum", [](tg::Context &ctx) { return ctx.xcom_pull("report.daily").as_int() * 7; });
  tg::Node sum = report.child("report_weekly");
  // CHECK-FIXES: tg::Node sum = report.child("weekly");
  daily >> sum.as_group();
  return dag;
}
