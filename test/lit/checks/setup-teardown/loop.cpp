// RUN: %check_clang_tidy %s taskgroup-setup-teardown %t
// Pairs made by a loop are pairs; a loop of setups with no teardown reports each setup.
#include <taskgroup/taskgroup.hpp>

#include <string>

tg::Dag build() {
  tg::Dag dag{"loops"};
  for (const char *region : {"us", "eu"}) {
    tg::TaskGroup g = dag.group(region);
    tg::Task up = g.setup("start_workers", [] { return 1; });
    g.task("process", [] { return 2; });
    g.teardown("stop_workers", [] {}, up);
  }
  for (int i = 0; i < 2; ++i)
    dag.setup("mount_" + std::to_string(i), [] { return 3; });
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: setup 'mount_0' is never torn down: no teardown task is directly downstream of it, so the resource it creates is not released; create one with teardown(id, fn, setup) [taskgroup-setup-teardown]
  // CHECK-MESSAGES: :[[@LINE-2]]:5: warning: setup 'mount_1' is never torn down: no teardown task is directly downstream of it, so the resource it creates is not released; create one with teardown(id, fn, setup) [taskgroup-setup-teardown]
  return dag;
}
