// RUN: %check_clang_tidy %s taskgroup-setup-teardown %t
// A teardown created without a setup: nothing ties it to a resource. Being downstream of a
// setup through a work task is not a pairing (Airflow pairs a direct setup -> teardown edge).
#include <taskgroup/taskgroup.hpp>

tg::Dag build() {
  tg::Dag dag{"no_setup"};
  tg::TaskGroup load = dag.group("load");
  tg::Task open = load.setup("open", [] { return 1; });
  tg::Task copy = load.task("copy", [] { return 2; });
  tg::Task close = load.teardown("close", [] {});
  // CHECK-NOTES: :[[@LINE-3]]:30: warning: setup 'load.open' is never torn down: no teardown task is directly downstream of it, so the resource it creates is not released; create one with teardown(id, fn, setup) [taskgroup-setup-teardown]
  // CHECK-NOTES: :[[@LINE-4]]:19: note: task 'open' is created inside 'load'
  // CHECK-NOTES: :[[@LINE-3]]:34: warning: teardown 'load.close' has no setup: no setup task is directly upstream of it, so Airflow does not tie it to a resource; name the setup in teardown(id, fn, setup), as as_teardown(setups=...) [taskgroup-setup-teardown]
  // CHECK-NOTES: :[[@LINE-4]]:20: note: task 'close' is created inside 'load'
  open >> copy >> close;
  return dag;
}
