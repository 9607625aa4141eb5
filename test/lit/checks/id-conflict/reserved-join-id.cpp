// RUN: %check_clang_tidy %s taskgroup-id-conflict %t
// Tasks named like a group's reserved join ids (`<group>.downstream_join_id`,
// `<group>.upstream_join_id`) collide with the group itself.
#include <taskgroup/taskgroup.hpp>

tg::Dag build() {
  tg::Dag dag{"signoff"};
  tg::TaskGroup close = dag.group("close");
  tg::Task sign_off = close.task("sign_off", [] { return true; });
  tg::Task joined = close.empty("downstream_join_id");
  // CHECK-NOTES: :[[@LINE-1]]:33: warning: task id 'close.downstream_join_id' is already used in DAG 'signoff': the runtime refuses the DAG (DuplicateTaskIdFound) [taskgroup-id-conflict]
  // CHECK-NOTES: :[[@LINE-4]]:35: note: 'close.downstream_join_id' is the id of the join node of group 'close', created here
  // CHECK-NOTES: :[[@LINE-3]]:33: note: renamed to 'close.downstream_join_id__1'
  // CHECK-NOTES: :[[@LINE-4]]:21: note: task 'downstream_join_id' is created inside 'close'
  // CHECK-FIXES: tg::Task joined = close.empty("downstream_join_id__1");
  tg::Task opener = close.empty("upstream_join_id");
  // CHECK-NOTES: :[[@LINE-1]]:33: warning: task id 'close.upstream_join_id' is already used in DAG 'signoff': the runtime refuses the DAG (DuplicateTaskIdFound) [taskgroup-id-conflict]
  // CHECK-NOTES: :[[@LINE-10]]:35: note: 'close.upstream_join_id' is the id of the join node of group 'close', created here
  // CHECK-NOTES: :[[@LINE-3]]:33: note: renamed to 'close.upstream_join_id__1'
  // CHECK-NOTES: :[[@LINE-4]]:21: note: task 'upstream_join_id' is created inside 'close'
  // CHECK-FIXES: tg::Task opener = close.empty("upstream_join_id__1");
  opener >> sign_off >> joined;
  return dag;
}
