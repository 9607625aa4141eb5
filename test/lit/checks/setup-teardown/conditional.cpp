// RUN: %check_clang_tidy %s taskgroup-setup-teardown %t
// A pair created on some paths only is a pair; a setup whose teardown exists only on the other
// arm of an if/else is never torn down on its own path.
#include <taskgroup/taskgroup.hpp>

#include <cstdlib>

tg::Dag build() {
  tg::Dag dag{"conditional"};
  if (std::getenv("WITH_SANDBOX") != nullptr) {
    tg::Task sandbox = dag.setup("create_sandbox", [] { return 1; });
    dag.teardown("drop_sandbox", [] {}, sandbox);
  }
  if (std::getenv("WITH_CACHE") != nullptr) {
    dag.setup("warm_cache", [] { return 2; });
    // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: setup 'warm_cache' is never torn down: no teardown task is directly downstream of it, so the resource it creates is not released; create one with teardown(id, fn, setup) [taskgroup-setup-teardown]
  } else {
    dag.teardown("flush_cache", [] {});
    // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: teardown 'flush_cache' has no setup: no setup task is directly upstream of it, so Airflow does not tie it to a resource; name the setup in teardown(id, fn, setup), as as_teardown(setups=...) [taskgroup-setup-teardown]
  }
  return dag;
}
