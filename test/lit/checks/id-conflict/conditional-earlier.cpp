// RUN: %check_clang_tidy %s taskgroup-id-conflict %t
// RUN: %check_clang_tidy -check-suffix=IGNORE %s taskgroup-id-conflict %t -- \
// RUN:   -config="{CheckOptions: {taskgroup-id-conflict.IgnoreConditional: true}}"
// The earlier node is the conditional one: the later group, created on every path, collides
// only when FULL_REPORT is set, so the conflict is conditional all the same. A task that
// collides with one of the two arms of a ?: collides on every path, so it is reported even
// with IgnoreConditional.
#include <taskgroup/taskgroup.hpp>

#include <cstdlib>

tg::Dag build() {
  tg::Dag dag{"earlier"};
  tg::Task start = dag.empty("start");
  if (std::getenv("FULL_REPORT") != nullptr) {
    tg::TaskGroup full = dag.group("report");
    start >> full.task("render", [] { return 1; });
  }
  tg::TaskGroup report = dag.group("report");
  // CHECK-MESSAGES: :[[@LINE-1]]:36: warning: group id 'report' is already used in DAG 'earlier' when this path is taken: the runtime refuses the DAG (DuplicateTaskIdFound) [taskgroup-id-conflict]
  // CHECK-FIXES: tg::TaskGroup report = dag.group("report__1");
  // CHECK-FIXES-IGNORE: tg::TaskGroup report = dag.group("report");
  start >> report.empty("summary");

  bool quick = std::getenv("QUICK") != nullptr;
  tg::Task finish = quick ? dag.empty("finish") : dag.task("finish", [] { return 2; });
  tg::Task again = dag.task("finish", [] { return 3; });
  // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: task id 'finish' is already used in DAG 'earlier': the runtime refuses the DAG (DuplicateTaskIdFound) [taskgroup-id-conflict]
  // CHECK-MESSAGES-IGNORE: :[[@LINE-2]]:29: warning: task id 'finish' is already used in DAG 'earlier': the runtime refuses the DAG (DuplicateTaskIdFound) [taskgroup-id-conflict]
  // CHECK-FIXES: tg::Task again = dag.task("finish__1", [] { return 3; });
  // CHECK-FIXES-IGNORE: tg::Task again = dag.task("finish__1", [] { return 3; });
  finish >> again;
  return dag;
}
