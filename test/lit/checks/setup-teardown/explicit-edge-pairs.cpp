// RUN: %check_clang_tidy %s taskgroup-setup-teardown %t
// Near misses: Airflow's other spellings of a pair. `setup >> teardown` written out (the
// as_setup() / as_teardown() form of Airflow's documentation), a group edge that connects a
// setup to a teardown, and a plain task passed to teardown(), which makes it a setup as
// as_teardown(setups=...) does.
#include <taskgroup/taskgroup.hpp>

tg::Dag build() {
  tg::Dag dag{"pairs"};
  tg::Task create = dag.setup("create_cluster", [] { return 1; });
  tg::Task query = dag.task("run_query", [] { return 2; });
  tg::Task destroy = dag.teardown("delete_cluster", [] {});
  create >> query >> destroy;
  create >> destroy;

  tg::Task lease = dag.task("lease", [] { return 3; });
  tg::Task release = dag.teardown("release", [] {}, lease);
  lease >> release;
  return dag;
}
