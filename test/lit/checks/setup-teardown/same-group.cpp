// RUN: %check_clang_tidy %s taskgroup-setup-teardown %t
// Near misses: every setup torn down in its own group, in the scoped and the handle forms, two
// setups torn down by one teardown, and a pair at the DAG's top level.
#include <taskgroup/taskgroup.hpp>

tg::Dag build() {
  tg::Dag dag{"scoped"};
  tg::Task lock = dag.setup("acquire_registry_lock", [] { return 1; });
  dag.group("training", {}, [](tg::TaskGroup &g) {
    tg::Task gpu = g.setup("provision_gpu", [] { return 2; });
    tg::Task mount = g.setup("mount_dataset", [] { return 3; });
    tg::Task train = g.task("train_model", [] { return 4; });
    tg::Task done = g.teardown("release", [] {}, gpu, mount);
    tg::Nodes{gpu, mount} >> train >> done;
  });
  tg::TaskGroup load = dag.group("load");
  tg::Task open = load.setup("open_connection", [] { return 5; });
  tg::Task copy = load.task("copy", [] { return 6; });
  open >> copy >> load.teardown("close_connection", [] {}, open);
  tg::Task unlock = dag.teardown("release_registry_lock", [] {}, lock);
  lock >> load >> unlock;
  return dag;
}
