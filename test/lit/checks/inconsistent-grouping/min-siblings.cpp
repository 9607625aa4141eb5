// RUN: %check_clang_tidy %s taskgroup-inconsistent-grouping %t
// RUN: %check_clang_tidy -check-suffix=MIN4 %s taskgroup-inconsistent-grouping %t -- \
// RUN:   -config="{CheckOptions: {taskgroup-inconsistent-grouping.MinSiblings: 4}}"
// Three counted ids are enough by default; with MinSiblings 4 this group is too small to
// infer a style. The fewer-than-three group below is never checked by default.
#include <taskgroup/taskgroup.hpp>

tg::Dag build() {
  tg::Dag dag{"small_groups"};
  tg::TaskGroup ingest = dag.group("ingest");
  ingest.task("web_events", [] { return 1; });
  ingest.task("ad_spend", [] { return 2; });
  ingest.task("crmContacts", [] { return 3; });
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: task id 'crmContacts' is camelCase while its 2 siblings in group 'ingest' are snake_case [taskgroup-inconsistent-grouping]
  // CHECK-FIXES: ingest.task("crm_contacts", [] { return 3; });
  tg::TaskGroup publish = dag.group("publish");
  publish.task("push_dashboard", [] { return 4; });
  publish.task("sendEmail", [] { return 5; });
  ingest >> publish;
  return dag;
}
