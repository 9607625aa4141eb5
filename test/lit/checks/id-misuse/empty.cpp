// RUN: %check_clang_tidy %s taskgroup-id-misuse %t
// Empty ids. The runtime refuses an empty group id and an empty task id; a task with an empty
// label in a prefixing group gets the id `g.`, which it accepts. No fix.
#include <taskgroup/taskgroup.hpp>

tg::Dag build() {
  tg::Dag dag{"empties"};
  dag.task("", [] {});
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: task id '' is empty: the runtime refuses the DAG (InvalidId) [taskgroup-id-misuse]
  tg::TaskGroup outer = dag.group("outer");
  outer.group("");
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: group id 'outer.' has an empty label: the runtime refuses the DAG (InvalidId) [taskgroup-id-misuse]
  outer.task("", [] {});
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: task id 'outer.' has an empty label [taskgroup-id-misuse]
  return dag;
}
