// RUN: %check_clang_tidy %s taskgroup-id-misuse %t
// Ids built in a loop: no fix, with the reason, and one warning for the nodes made at one place
// (the first made), each other one a note under it. When the loop runs over literals, each
// node's id is its own literal, and the fix edits it.
#include <taskgroup/taskgroup.hpp>

#include <string>
#include <string_view>

tg::Dag build() {
  tg::Dag dag{"loops"};
  tg::TaskGroup logistics = dag.group("logistics");
  for (std::string_view leg : {"shipping", "returns"})
    logistics.task("logistics_" + std::string(leg), [] { return 12; });
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: task id 'logistics.logistics_shipping' repeats the id of its group 'logistics'; cannot be fixed automatically: the id is created in a loop [taskgroup-id-misuse]
  // CHECK-MESSAGES: :[[@LINE-2]]:5: note: task 'logistics_shipping' is created inside 'logistics'
  // CHECK-MESSAGES: :[[@LINE-4]]:3: note: in this loop
  // CHECK-MESSAGES: :[[@LINE-4]]:5: note: task id 'logistics.logistics_returns' repeats the id of its group 'logistics'; cannot be fixed automatically: the id is created in a loop{{$}}
  for (int i = 0; i < 2; ++i)
    dag.task("step " + std::to_string(i), [] {});
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: task id 'step 0' contains ' ', which is not allowed in a task id (^[A-Za-z0-9_.-]+$): the runtime refuses the DAG (InvalidId); cannot be fixed automatically: the id is created in a loop [taskgroup-id-misuse]
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: in this loop
  // CHECK-MESSAGES: :[[@LINE-3]]:5: note: task id 'step 1' contains ' ', which is not allowed in a task id (^[A-Za-z0-9_.-]+$): the runtime refuses the DAG (InvalidId); cannot be fixed automatically: the id is created in a loop{{$}}
  for (const char *region : {"eu west", "us east"})
    // CHECK-MESSAGES: :[[@LINE-1]]:30: warning: group id 'eu west' contains ' ', which is not allowed in a group id (^[A-Za-z0-9_-]+$): the runtime refuses the DAG (InvalidId); a space in a group id crashed Airflow's schedulers (Airflow issue 17568) [taskgroup-id-misuse]
    // CHECK-MESSAGES: :[[@LINE-2]]:41: warning: group id 'us east' contains ' ', which is not allowed in a group id (^[A-Za-z0-9_-]+$): the runtime refuses the DAG (InvalidId); a space in a group id crashed Airflow's schedulers (Airflow issue 17568) [taskgroup-id-misuse]
    // CHECK-FIXES: for (const char *region : {"eu_west", "us_east"})
    dag.group(region);
  return dag;
}
