// RUN: %check_clang_tidy %s taskgroup-inconsistent-grouping %t -- \
// RUN:   -config="{CheckOptions: {taskgroup-inconsistent-grouping.IdStyle: camelCase}}"
// A fixed style: every id not in it is reported, however few siblings there are (MinSiblings
// applies to `majority` only); single words fit. The pull follows the rename.
#include <taskgroup/taskgroup.hpp>

tg::Dag build() {
  tg::Dag dag{"camel"};
  tg::TaskGroup ingest = dag.group("ingest");
  ingest.task("webEvents", [] { return 1; });
  ingest.task("ad_spend", [] { return 2; });
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: task id 'ad_spend' is snake_case, but IdStyle requires camelCase [taskgroup-inconsistent-grouping]
  // CHECK-FIXES: ingest.task("adSpend", [] { return 2; });
  tg::TaskGroup reports = dag.group("report-builder");
  // CHECK-MESSAGES: :[[@LINE-1]]:37: warning: group id 'report-builder' is kebab-case, but IdStyle requires camelCase [taskgroup-inconsistent-grouping]
  // CHECK-FIXES: tg::TaskGroup reports = dag.group("reportBuilder");
  reports.task("render_pdf", [](tg::Context &ctx) { return ctx.xcom_pull("ingest.ad_spend").as_int(); });
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: task id 'render_pdf' is snake_case, but IdStyle requires camelCase [taskgroup-inconsistent-grouping]
  // CHECK-FIXES: reports.task("renderPdf", [](tg::Context &ctx) { return ctx.xcom_pull("ingest.adSpend").as_int(); });
  ingest >> reports;
  return dag;
}
