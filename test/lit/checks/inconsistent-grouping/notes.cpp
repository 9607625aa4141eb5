// RUN: %check_clang_tidy %s taskgroup-inconsistent-grouping %t
// The notes: what the fix renames, the group chain and the call that created the node; for
// structural drift, a group with the majority's structure and the loop.
#include <taskgroup/taskgroup.hpp>

#include <string>
#include <string_view>

void add_ingest(tg::Dag &dag) {
  tg::TaskGroup ingest = dag.group("ingest");
  ingest.task("web_events", [] { return 1; });
  ingest.task("ad_spend", [] { return 2; });
  ingest.task("crmContacts", [] { return 3; });
  // CHECK-NOTES: :[[@LINE-1]]:15: warning: task id 'crmContacts' is camelCase while its 2 siblings in group 'ingest' are snake_case [taskgroup-inconsistent-grouping]
  // CHECK-NOTES: :[[@LINE-2]]:15: note: renamed to 'ingest.crm_contacts' and 1 string reference updated
  // CHECK-NOTES: :[[@LINE-3]]:3: note: task 'crmContacts' is created inside 'ingest'
  // CHECK-NOTES: :[[@LINE+15]]:3: note: in this call
  // CHECK-FIXES: ingest.task("crm_contacts", [] { return 3; });
  ingest.task("merge", [](tg::Context &ctx) { return ctx.xcom_pull("ingest.crmContacts").as_int(); });
  // CHECK-FIXES: ingest.task("merge", [](tg::Context &ctx) { return ctx.xcom_pull("ingest.crm_contacts").as_int(); });
}

tg::Dag build() {
  tg::Dag dag{"noted"};
  tg::TaskGroup sessionize = dag.group("sessionize");
  for (std::string_view source : {"web", "mobile", "partner"}) {
    tg::TaskGroup s = sessionize.group(std::string(source));
    s.task("stitch", [] { return 60; });
    if (source == "web" || source == "partner")
      s.task("attribute", [] { return 40; });
  }
  add_ingest(dag);
  // CHECK-NOTES: :[[@LINE-6]]:23: warning: group 'sessionize.mobile' is made by the same loop as 'sessionize.web' and 'sessionize.partner' but lacks the task 'attribute' [taskgroup-inconsistent-grouping]
  // CHECK-NOTES: :[[@LINE-7]]:23: note: group 'sessionize.web' has the structure shared by 2 of the 3 groups
  // CHECK-NOTES: :[[@LINE-8]]:23: note: group 'mobile' is created inside 'sessionize'
  // CHECK-NOTES: :[[@LINE-10]]:3: note: in this loop
  return dag;
}
