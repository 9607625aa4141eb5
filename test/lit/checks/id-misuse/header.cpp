// RUN: %check_clang_tidy %s taskgroup-id-misuse %t -- --header-filter='.*' -- -I%S/Inputs
// An id spelled in a header other translation units share: reported there, not fixed. An id
// passed from this file to the header's function is fixed at the call site.
#include "misuse_factories.h"

tg::Dag build() {
  tg::Dag dag{"ops"};
  add_ops(dag);
  add_named(dag, "on call");
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: group id 'on call' contains ' ', which is not allowed in a group id (^[A-Za-z0-9_-]+$): the runtime refuses the DAG (InvalidId); a space in a group id crashed Airflow's schedulers (Airflow issue 17568) [taskgroup-id-misuse]
  // CHECK-FIXES: add_named(dag, "on_call");
  // clang-tidy prints the header's warning after the main file's.
  // CHECK-MESSAGES: misuse_factories.h:8:33: warning: group id 'ops team' contains ' ', which is not allowed in a group id (^[A-Za-z0-9_-]+$): the runtime refuses the DAG (InvalidId); a space in a group id crashed Airflow's schedulers (Airflow issue 17568); cannot be fixed automatically: the id is spelled in a header shared by other translation units [taskgroup-id-misuse]
  return dag;
}
