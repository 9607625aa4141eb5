// The payments DAG: clean apart from the shared factory.
#include <sample/exports.hpp>

tg::Dag payments() {
  tg::Dag dag{"payments"};
  tg::TaskGroup ingest = dag.group("ingest");
  ingest.task("fetch", [] { return 1; });
  ingest.task("parse", [] { return 2; });
  add_export(dag.root(), "payments");
  return dag;
}

int main(int argc, char **argv) { return tg::cli(payments(), argc, argv); }
