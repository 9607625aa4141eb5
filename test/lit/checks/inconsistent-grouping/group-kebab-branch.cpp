// RUN: %check_clang_tidy %s taskgroup-inconsistent-grouping %t
// A kebab-case group among snake_case top-level siblings. Renaming the group changes the ids
// of its tasks, so the strings a branch callable returns are updated too.
#include <taskgroup/taskgroup.hpp>

#include <string>

tg::Dag build() {
  tg::Dag dag{"finance_reports"};
  tg::Task fit = dag.task("fit_model", [] { return 1; });
  tg::Task choose = dag.branch("choose_exports", [](tg::Context &ctx) -> std::string {
    if (ctx.xcom_pull("fit_model").is_null())
      return "report-builder.render_csv";
    // CHECK-FIXES: return "report_builder.render_csv";
    return "report-builder.render_pdf";
    // CHECK-FIXES: return "report_builder.render_pdf";
  });
  tg::TaskGroup load = dag.group("load_warehouse");
  load.task("copy_rows", [] { return 2; });
  tg::TaskGroup reports = dag.group("report-builder", {.tooltip = "Exports for finance"});
  // CHECK-MESSAGES: :[[@LINE-1]]:37: warning: group id 'report-builder' is kebab-case while its 3 siblings at the top level of DAG 'finance_reports' are snake_case [taskgroup-inconsistent-grouping]
  // CHECK-FIXES: tg::TaskGroup reports = dag.group("report_builder", {.tooltip = "Exports for finance"});
  reports.task("render_pdf", [] { return std::string("report.pdf"); });
  reports.task("render_csv", [] { return std::string("report.csv"); });
  fit >> load >> choose >> reports;
  return dag;
}
