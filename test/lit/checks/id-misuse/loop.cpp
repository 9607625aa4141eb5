// RUN: %check_clang_tidy %s taskgroup-id-misuse %t
// Ids built in a loop: no fix, with the reason. When the loop runs over literals, each node's
// id is its own literal, and the fix edits it.
#include <taskgroup/taskgroup.hpp>

#include <string>
#include <string_view>

tg::Dag build() {
  tg::Dag dag{"loops"};
  tg::TaskGroup logistics = dag.group("logistics");
  for (std::string_view leg : {"shipping", "returns"})
    logistics.task("logistics_" + std::string(leg), [] { return 12; });
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: task id 'logistics.logistics_returns' repeats the id of its group 'logistics'; cannot be fixed automatically: the id is created in a loop [taskgroup-id-misuse]
  // CHECK-MESSAGES: :[[@LINE-2]]:5: warning: task id 'logistics.logistics_shipping' repeats the id of its group 'logistics'; cannot be fixed automatically: the id is created in a loop [taskgroup-id-misuse]
  for (int i = 0; i < 2; ++i)
    dag.task("step " + std::to_string(i), [] {});
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: task id 'step 0' contains ' ', which is not allowed in a task id (^[A-Za-z0-9_.-]+$): the runtime refuses the DAG (InvalidId); cannot be fixed automatically: the id is created in a loop [taskgroup-id-misuse]
  // CHECK-MESSAGES: :[[@LINE-2]]:5: warning: task id 'step 1' contains ' ', which is not allowed in a task id (^[A-Za-z0-9_.-]+$): the runtime refuses the DAG (InvalidId); cannot be fixed automatically: the id is created in a loop [taskgroup-id-misuse]
  for (const char *region : {"eu west", "us east"})
    // CHECK-MESSAGES: :[[@LINE-1]]:30: warning: group id 'eu west' contains ' ', which is not allowed in a group id (^[A-Za-z0-9_-]+$): the runtime refuses the DAG (InvalidId); a space in a group id crashed Airflow's schedulers (Airflow issue 17568) [taskgroup-id-misuse]
    // CHECK-MESSAGES: :[[@LINE-2]]:41: warning: group id 'us east' contains ' ', which is not allowed in a group id (^[A-Za-z0-9_-]+$): the runtime refuses the DAG (InvalidId); a space in a group id crashed Airflow's schedulers (Airflow issue 17568) [taskgroup-id-misuse]
    // CHECK-FIXES: for (const char *region : {"eu_west", "us_east"})
    dag.group(region);
  return dag;
}
