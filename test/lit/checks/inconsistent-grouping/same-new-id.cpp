// RUN: %check_clang_tidy %s taskgroup-inconsistent-grouping %t
// Two siblings in other styles that would both become 'crm_contacts': renaming both would make
// their ids collide, so neither is fixed. A third one is renamed.
#include <taskgroup/taskgroup.hpp>

tg::Dag build() {
  tg::Dag dag{"crm_sync"};
  tg::TaskGroup ingest = dag.group("ingest");
  ingest.task("web_events", [] { return 1; });
  ingest.task("ad_spend", [] { return 2; });
  ingest.task("email_clicks", [] { return 3; });
  ingest.task("support_tickets", [] { return 4; });
  ingest.task("crmContacts", [] { return 5; });
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: task id 'crmContacts' is camelCase while 4 of its 6 siblings in group 'ingest' are snake_case; cannot be fixed automatically: another sibling would also be renamed to 'crm_contacts' [taskgroup-inconsistent-grouping]
  // CHECK-FIXES: ingest.task("crmContacts", [] { return 5; });
  ingest.task("crm-contacts", [] { return 6; });
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: task id 'crm-contacts' is kebab-case while 4 of its 6 siblings in group 'ingest' are snake_case; cannot be fixed automatically: another sibling would also be renamed to 'crm_contacts' [taskgroup-inconsistent-grouping]
  // CHECK-FIXES: ingest.task("crm-contacts", [] { return 6; });
  ingest.task("billingInvoices", [] { return 7; });
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: task id 'billingInvoices' is camelCase while 4 of its 6 siblings in group 'ingest' are snake_case [taskgroup-inconsistent-grouping]
  // CHECK-FIXES: ingest.task("billing_invoices", [] { return 7; });
  return dag;
}
