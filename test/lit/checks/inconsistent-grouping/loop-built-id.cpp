// RUN: %check_clang_tidy %s taskgroup-inconsistent-grouping %t
// Ids built in a loop: both are reported, neither can be renamed automatically (the literal
// "Reviews" makes both). The diagnostic points at the creating call, which makes both: the
// first is the warning, the second a note under it.
#include <taskgroup/taskgroup.hpp>

#include <string>
#include <string_view>

tg::Dag build() {
  tg::Dag dag{"app_reviews"};
  tg::TaskGroup ingest = dag.group("ingest");
  ingest.task("web_events", [] { return 1; });
  ingest.task("mobile_events", [] { return 2; });
  ingest.task("ad_spend", [] { return 3; });
  ingest.task("email_clicks", [] { return 4; });
  for (std::string_view store : {"appStore", "playStore"})
    ingest.task(std::string(store) + "Reviews", [] { return 310; });
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: task id 'appStoreReviews' is camelCase while 4 of its 5 siblings in group 'ingest' are snake_case; cannot be fixed automatically: the id is created in a loop [taskgroup-inconsistent-grouping]
  // CHECK-MESSAGES: :[[@LINE-2]]:5: note: task id 'playStoreReviews' is camelCase while 4 of its 5 siblings in group 'ingest' are snake_case; cannot be fixed automatically: the id is created in a loop{{$}}
  return dag;
}
