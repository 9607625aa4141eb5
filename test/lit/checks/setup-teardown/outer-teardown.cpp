// RUN: %check_clang_tidy %s taskgroup-setup-teardown %t
// RUN: %check_clang_tidy -check-suffix=STRICT %s taskgroup-setup-teardown %t -- \
// RUN:   -config="{CheckOptions: {taskgroup-setup-teardown.AllowOuterTeardown: false}}"
// A teardown in a group enclosing its setup's group (or at the DAG's top level): the enclosing
// group holds both, so it is accepted by default; AllowOuterTeardown=false reports it.
#include <taskgroup/taskgroup.hpp>

tg::Dag build() {
  tg::Dag dag{"outer"};
  tg::TaskGroup serving = dag.group("serving");
  tg::TaskGroup canary = serving.group("canary");
  tg::Task start = canary.setup("start_endpoint", [] { return 1; });
  canary.task("smoke_test", [] { return 2; });
  serving.teardown("stop_endpoint", [] {}, start);
  // CHECK-MESSAGES-STRICT: :[[@LINE-1]]:20: warning: teardown 'serving.stop_endpoint' is not in the group of its setup 'serving.canary.start_endpoint' (group 'serving.canary'): Airflow's group-level rules for a setup and its teardown apply only inside a group that holds both [taskgroup-setup-teardown]

  tg::TaskGroup load = dag.group("load");
  tg::Task session = load.setup("open_session", [] { return 3; });
  dag.teardown("close_session", [] {}, session);
  // CHECK-MESSAGES-STRICT: :[[@LINE-1]]:16: warning: teardown 'close_session' is not in the group of its setup 'load.open_session' (group 'load'): Airflow's group-level rules for a setup and its teardown apply only inside a group that holds both [taskgroup-setup-teardown]
  return dag;
}
