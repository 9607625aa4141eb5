// The etl DAG: every group comes from a factory defined in another translation unit.
#include <pipeline/stages.hpp>

tg::Dag etl() {
  tg::Dag dag{"etl"};
  tg::TaskGroup staging = dag.group("staging");
  tg::TaskGroup orders = add_extract(staging, "orders");
  tg::TaskGroup users = add_extract(staging, "users");
  add_load(staging);
  orders >> users;
  add_quality(dag);
  return dag;
}

int main(int argc, char **argv) { return tg::cli(etl(), argc, argv); }
