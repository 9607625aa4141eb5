// RUN: %check_clang_tidy %s taskgroup-id-conflict %t
// Ids are per DAG: two DAGs built in one file may use the same group and task ids.
#include <taskgroup/taskgroup.hpp>

tg::Dag build_daily() {
  tg::Dag dag{"daily"};
  tg::TaskGroup extract = dag.group("extract");
  tg::Task orders = extract.task("orders", [] { return 1; });
  tg::Task load = dag.task("load", [] { return 2; });
  orders >> load;
  return dag;
}

tg::Dag build_weekly() {
  tg::Dag dag{"weekly"};
  tg::TaskGroup extract = dag.group("extract");
  tg::Task orders = extract.task("orders", [] { return 1; });
  tg::Task load = dag.task("load", [] { return 2; });
  orders >> load;
  return dag;
}

int main(int argc, char **argv) {
  if (argc > 1)
    return tg::cli(build_daily(), argc, argv);
  return tg::cli(build_weekly(), argc, argv);
}
