// RUN: %check_clang_tidy %s taskgroup-inconsistent-grouping %t
// The snake_case spelling of 'crmContacts' is already the id of a sibling: no fix, and the
// message says which id is taken.
#include <taskgroup/taskgroup.hpp>

tg::Dag build() {
  tg::Dag dag{"crm_sync"};
  tg::TaskGroup ingest = dag.group("ingest");
  ingest.task("crm_contacts", [] { return 1; });
  ingest.task("web_events", [] { return 2; });
  ingest.task("ad_spend", [] { return 3; });
  ingest.task("crmContacts", [] { return 4; });
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: task id 'crmContacts' is camelCase while its 3 siblings in group 'ingest' are snake_case; cannot be fixed automatically: the new id 'ingest.crm_contacts' is already used [taskgroup-inconsistent-grouping]
  return dag;
}
