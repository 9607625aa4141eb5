// The orders DAG: one copy-pasted group.
#include <sample/exports.hpp>

tg::Dag orders() {
  tg::Dag dag{"orders"};
  tg::TaskGroup load = dag.group("load");
  load.task("stage", [] { return 1; });
  load.task("check", [] { return 3; });
  tg::TaskGroup again = dag.group("load");
  again.task("swap", [] { return 2; });
  again.task("verify", [] { return 4; });
  add_export(dag.root(), "orders");
  return dag;
}

int main(int argc, char **argv) { return tg::cli(orders(), argc, argv); }
