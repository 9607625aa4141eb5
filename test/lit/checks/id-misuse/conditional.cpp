// RUN: %check_clang_tidy %s taskgroup-id-misuse %t
// Nodes created on a path the analyzer cannot decide: reported, saying so; fixed all the same.
#include <taskgroup/taskgroup.hpp>

#include <cstdlib>

tg::Dag build() {
  tg::Dag dag{"beta"};
  if (std::getenv("BETA") != nullptr) {
    tg::TaskGroup beta = dag.group("beta tests");
    // CHECK-MESSAGES: :[[@LINE-1]]:36: warning: group id 'beta tests' contains ' ', which is not allowed in a group id (^[A-Za-z0-9_-]+$): the runtime refuses the DAG (InvalidId) when this path is taken; a space in a group id crashed Airflow's schedulers (Airflow issue 17568) [taskgroup-id-misuse]
    // CHECK-FIXES: tg::TaskGroup beta = dag.group("beta_tests");
    beta.task("smoke", [] { return 1; });
    dag.task("incremental_return_on_ad_spend_by_creative_audience_segment_placement", [] { return 2; });
    // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: task id 'incremental_return_on_ad_spend_by_creative_audience_segment_placement' is 69 characters long, more than WarnLength (64) when this path is taken [taskgroup-id-misuse]
  }
  return dag;
}
