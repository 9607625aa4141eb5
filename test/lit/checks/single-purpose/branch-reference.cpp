// RUN: %check_clang_tidy %s taskgroup-single-purpose %t
// A single-task group chosen by a branch: flattening updates the branch's return value.
#include <taskgroup/taskgroup.hpp>

#include <string>

tg::Dag build() {
  tg::Dag dag{"alerts"};
  dag.task("check", [] { return 0; });
  tg::Task route = dag.branch("route_alerts", [](tg::Context &ctx) -> std::string {
    if (ctx.xcom_pull("check").as_int() > 0)
      return "skip_summary";
    return "notify.send_summary";
    // CHECK-FIXES: return "send_summary";
  });
  tg::TaskGroup notify = dag.group("notify", {.tooltip = "Tell sales ops"});
  // CHECK-MESSAGES: :[[@LINE-1]]:36: warning: group 'notify' has a single child, task 'notify.send_summary': the group only lengthens the ids below it and adds a level to the graph view [taskgroup-single-purpose]
  // CHECK-FIXES: tg::TaskGroup notify = dag.root();
  tg::Task send = notify.task("send_summary", [] { return 1; });
  tg::Task skip = dag.empty("skip_summary");
  route >> tg::Nodes{send, skip};
  return dag;
}
