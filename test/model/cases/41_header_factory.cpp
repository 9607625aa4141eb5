// A factory and a template helper defined in a header next to the case (include/): calls are
// followed into the included file, a default argument and an explicit one.
#include "include/header_factory.hpp"

tg::Dag build() {
  tg::Dag dag{"header_factory"};
  tg::TaskGroup ingest = dag.group("ingest");
  tg::TaskGroup orders = cases::ingest_table(ingest, "orders");
  tg::TaskGroup users = cases::ingest_table(ingest, "users", 3);
  tg::Task check = cases::audit(dag, "rows");
  tg::Nodes{orders, users} >> check;
  cases::audit(ingest, "ingest");
  return dag;
}
int main(int argc, char **argv) { return tg::cli(build(), argc, argv); }
