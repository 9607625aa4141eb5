// RUN: %check_clang_tidy %s taskgroup-id-conflict %t
// A constant id in a loop with a known count: the second iteration collides. Renaming the
// literal would rename every iteration's task, so no fix is offered.
#include <taskgroup/taskgroup.hpp>

tg::Dag build() {
  tg::Dag dag{"backfill_dag"};
  tg::TaskGroup backfill = dag.group("backfill");
  for (int month = 1; month <= 3; ++month)
    backfill.task("reload", [month] { return month; });
  // CHECK-NOTES: :[[@LINE-1]]:19: warning: task id 'backfill.reload' is created on every iteration of a loop: the second iteration makes the runtime refuse the DAG (DuplicateTaskIdFound); cannot be fixed automatically: the id is created in a loop [taskgroup-id-conflict]
  // CHECK-NOTES: :[[@LINE-2]]:5: note: task 'reload' is created inside 'backfill'
  // CHECK-NOTES: :[[@LINE-4]]:3: note: in this loop
  // CHECK-FIXES: backfill.task("reload", [month] { return month; });
  backfill.task("verify", [] { return true; });
  return dag;
}
