// RUN: %check_clang_tidy %s taskgroup-id-misuse %t
// DAGs built in any function, not only ones handed to tg::cli: each is checked on its own (the
// same new id in two DAGs is no conflict).
#include <taskgroup/taskgroup.hpp>

#include <vector>

tg::Dag daily() {
  tg::Dag dag{"daily"};
  dag.task("load rates", [] { return 1; });
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: task id 'load rates' contains ' ', which is not allowed in a task id (^[A-Za-z0-9_.-]+$): the runtime refuses the DAG (InvalidId) [taskgroup-id-misuse]
  // CHECK-FIXES: dag.task("load_rates", [] { return 1; });
  return dag;
}

void weekly(std::vector<tg::Dag> &out) {
  tg::Dag dag{"weekly"};
  dag.task("load/rates", [] { return 1; });
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: task id 'load/rates' contains '/', which is not allowed in a task id (^[A-Za-z0-9_.-]+$): the runtime refuses the DAG (InvalidId) [taskgroup-id-misuse]
  // CHECK-FIXES: dag.task("load_rates", [] { return 1; });
  out.push_back(std::move(dag));
}
