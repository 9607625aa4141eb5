// RUN: %check_clang_tidy %s taskgroup-inconsistent-grouping %t
// The three suppression comments (same line, next line, begin/end block) silence the check on
// the id's line; the id that is not suppressed is still reported.
#include <taskgroup/taskgroup.hpp>

tg::Dag build() {
  tg::Dag dag{"crm"};
  tg::TaskGroup ingest = dag.group("ingest");
  ingest.task("web_events", [] { return 1; });
  ingest.task("mobile_events", [] { return 2; });
  ingest.task("ad_spend", [] { return 3; });
  ingest.task("email_clicks", [] { return 4; });
  ingest.task("support_tickets", [] { return 5; });
  ingest.task("crm_leads", [] { return 5; });
  // The CRM export expects this exact id.
  ingest.task("crmContacts", [] { return 6; }); // NOLINT(taskgroup-inconsistent-grouping)
  // NOLINTNEXTLINE(taskgroup-inconsistent-grouping)
  ingest.task("billing-invoices", [] { return 7; });
  // NOLINTBEGIN(taskgroup-inconsistent-grouping)
  ingest.task("appReviews", [] { return 8; });
  ingest.task("store-reviews", [] { return 9; });
  // NOLINTEND(taskgroup-inconsistent-grouping)
  ingest.task("partnerFeeds", [] { return 10; });
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: task id 'partnerFeeds' is camelCase while 6 of its 10 siblings in group 'ingest' are snake_case [taskgroup-inconsistent-grouping]
  // CHECK-FIXES: ingest.task("partner_feeds", [] { return 10; });
  return dag;
}
