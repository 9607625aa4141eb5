// RUN: %check_clang_tidy %s taskgroup-inconsistent-grouping %t -- \
// RUN:   -config="{CheckOptions: {taskgroup-inconsistent-grouping.IdStyle: snake_case}}"
// IdStyle snake_case wins over the siblings' majority (camelCase here): the snake_case id is
// kept and the others are renamed, the pull of one of them too.
#include <taskgroup/taskgroup.hpp>

tg::Dag build() {
  tg::Dag dag{"snake"};
  tg::TaskGroup ingest = dag.group("ingest");
  ingest.task("webEvents", [] { return 1; });
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: task id 'webEvents' is camelCase, but IdStyle requires snake_case [taskgroup-inconsistent-grouping]
  // CHECK-FIXES: ingest.task("web_events", [] { return 1; });
  ingest.task("adSpend", [] { return 2; });
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: task id 'adSpend' is camelCase, but IdStyle requires snake_case [taskgroup-inconsistent-grouping]
  // CHECK-FIXES: ingest.task("ad_spend", [] { return 2; });
  ingest.task("email_clicks", [](tg::Context &ctx) { return ctx.xcom_pull("ingest.adSpend").as_int(); });
  // CHECK-FIXES: ingest.task("email_clicks", [](tg::Context &ctx) { return ctx.xcom_pull("ingest.ad_spend").as_int(); });
  ingest.task("LOAD_ALL", [] { return 4; });
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: task id 'LOAD_ALL' is UPPER_CASE, but IdStyle requires snake_case [taskgroup-inconsistent-grouping]
  // CHECK-FIXES: ingest.task("load_all", [] { return 4; });
  return dag;
}
