// RUN: %check_clang_tidy %s taskgroup-inconsistent-grouping %t
// RUN: %check_clang_tidy -check-suffix=MIN2 %s taskgroup-inconsistent-grouping %t -- \
// RUN:   -config="{CheckOptions: {taskgroup-inconsistent-grouping.MinSiblings: 2}}"
// Near misses: no strict majority. Two snake_case against two camelCase ids, and with
// MinSiblings 2, one against one.
#include <taskgroup/taskgroup.hpp>

tg::Dag build() {
  tg::Dag dag{"split_styles"};
  tg::TaskGroup ingest = dag.group("ingest");
  ingest.task("web_events", [] { return 1; });
  ingest.task("ad_spend", [] { return 2; });
  ingest.task("crmContacts", [] { return 3; });
  ingest.task("billingInvoices", [] { return 4; });
  tg::TaskGroup publish = dag.group("publish");
  publish.task("push_dashboard", [] { return 5; });
  publish.task("sendEmail", [] { return 6; });
  ingest >> publish;
  return dag;
}
