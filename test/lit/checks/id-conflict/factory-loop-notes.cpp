// RUN: %check_clang_tidy %s taskgroup-id-conflict %t
// A factory whose loop creates a constant id: the notes lead from the warning to the call
// that ran the factory and to the loop.
#include <taskgroup/taskgroup.hpp>

void add_retries(tg::TaskGroup &group, int attempts) {
  for (int i = 0; i < attempts; ++i)
    group.task("retry", [i] { return i; });
  // CHECK-FIXES: group.task("retry", [i] { return i; });
}

tg::Dag build() {
  tg::Dag dag{"retries"};
  tg::TaskGroup fetch = dag.group("fetch");
  fetch.task("download", [] { return 1; });
  add_retries(fetch, 2);
  // CHECK-NOTES: :[[@LINE-9]]:16: warning: task id 'fetch.retry' is created on every iteration of a loop: the second iteration makes the runtime refuse the DAG (DuplicateTaskIdFound); cannot be fixed automatically: the id is created in a loop [taskgroup-id-conflict]
  // CHECK-NOTES: :[[@LINE-10]]:5: note: task 'retry' is created inside 'fetch'
  // CHECK-NOTES: :[[@LINE-3]]:3: note: in this call
  // CHECK-NOTES: :[[@LINE-13]]:3: note: in this loop
  return dag;
}
