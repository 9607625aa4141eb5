// RUN: %check_clang_tidy %s taskgroup-id-conflict %t
// A branch callable returns the id of a task that only the repeated group has: the rename of
// the group updates the returned string. The string naming the first group's task is kept.
#include <taskgroup/taskgroup.hpp>

#include <string>
#include <vector>

tg::Dag build() {
  tg::Dag dag{"branching"};
  tg::Task pick = dag.branch("pick", [](tg::Context &ctx) -> std::vector<std::string> {
    if (ctx.params().contains("fast"))
      return {"route.express"};
    // CHECK-FIXES: return {"route__1.express"};
    return {"route.standard"};
    // CHECK-FIXES: return {"route.standard"};
  });
  tg::TaskGroup slow = dag.group("route");
  slow.empty("standard");
  tg::TaskGroup fast = dag.group("route");
  // CHECK-MESSAGES: :[[@LINE-1]]:34: warning: group id 'route' is already used in DAG 'branching': the runtime refuses the DAG (DuplicateTaskIdFound) [taskgroup-id-conflict]
  // CHECK-FIXES: tg::TaskGroup fast = dag.group("route__1");
  fast.empty("express");
  pick >> slow;
  pick >> fast;
  return dag;
}
