// RUN: %check_clang_tidy %s taskgroup-setup-teardown %t
// The teardown sits in a group below its setup's: that group holds only the teardown. Setup at
// the DAG's top level, and setup in a group with the teardown in a child group.
#include <taskgroup/taskgroup.hpp>

tg::Dag build() {
  tg::Dag dag{"nested"};
  tg::Task lock = dag.setup("acquire_lock", [] { return 1; });
  tg::TaskGroup cleanup = dag.group("cleanup");
  cleanup.teardown("release_lock", [] {}, lock);
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: teardown 'cleanup.release_lock' is not in the group of its setup 'acquire_lock' (the DAG's top level): Airflow's group-level rules for a setup and its teardown apply only inside a group that holds both [taskgroup-setup-teardown]

  dag.group("train", {}, [](tg::TaskGroup &g) {
    tg::Task gpu = g.setup("provision_gpu", [] { return 4; });
    g.task("fit", [] { return 5; });
    tg::TaskGroup after = g.group("after");
    after.teardown("release_gpu", [] {}, gpu);
    // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: teardown 'train.after.release_gpu' is not in the group of its setup 'train.provision_gpu' (group 'train'): Airflow's group-level rules for a setup and its teardown apply only inside a group that holds both [taskgroup-setup-teardown]
  });
  return dag;
}
