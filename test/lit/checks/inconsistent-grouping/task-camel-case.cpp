// RUN: %check_clang_tidy %s taskgroup-inconsistent-grouping %t
// The example of the documentation: one camelCase task among snake_case siblings. The fix
// renames it and the xcom_pull that names it; single words (`ingest`) are not counted.
#include <taskgroup/taskgroup.hpp>

tg::Dag build() {
  tg::Dag dag{"product_analytics"};
  tg::TaskGroup ingest = dag.group("ingest");
  ingest.task("web_events", [] { return 1200; });
  ingest.task("mobile_events", [] { return 800; });
  ingest.task("ad_spend", [] { return 5400; });
  ingest.task("crmContacts", [] { return 310; });
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: task id 'crmContacts' is camelCase while its 3 siblings in group 'ingest' are snake_case [taskgroup-inconsistent-grouping]
  // CHECK-FIXES: ingest.task("crm_contacts", [] { return 310; });
  dag.task("build_profiles", [](tg::Context &ctx) {
    return ctx.xcom_pull("ingest.crmContacts").as_int() + ctx.xcom_pull("ingest.web_events").as_int();
    // CHECK-FIXES: return ctx.xcom_pull("ingest.crm_contacts").as_int() + ctx.xcom_pull("ingest.web_events").as_int();
  });
  return dag;
}
