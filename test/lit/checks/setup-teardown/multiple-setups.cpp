// RUN: %check_clang_tidy %s taskgroup-setup-teardown %t
// A teardown of two setups, one of them in another group: only that pair is reported.
#include <taskgroup/taskgroup.hpp>

tg::Dag build() {
  tg::Dag dag{"two_setups"};
  tg::TaskGroup io = dag.group("io");
  tg::Task bucket = io.setup("open_bucket", [] { return 1; });
  tg::TaskGroup db = dag.group("db");
  tg::Task conn = db.setup("connect", [] { return 2; });
  db.task("query", [] { return 3; });
  db.teardown("disconnect", [] {}, conn, bucket);
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: teardown 'db.disconnect' is not in the group of its setup 'io.open_bucket' (group 'io'): Airflow's group-level rules for a setup and its teardown apply only inside a group that holds both [taskgroup-setup-teardown]
  return dag;
}
