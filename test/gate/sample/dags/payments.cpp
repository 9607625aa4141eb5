// The payments DAG: clean apart from the shared factory.
#include <sample/exports.hpp>

tg::Dag payments() {
  tg::Dag dag{"payments"};
  tg::TaskGroup ingest = dag.group("ingest");
  ingest.task("fetch", [] { return 1; });
  ingest.task("parse", [] { return 2; });
  // A reference built from two strings: a rename of `ingest.fetch` cannot update it.
  tg::Task report = dag.task("report", [](tg::Context &ctx) {
    return ctx.xcom_pull(std::string("ingest.") + "fetch").as_int();
  });
  ingest >> report;
  add_export(dag.root(), "payments");
  return dag;
}

int main(int argc, char **argv) { return tg::cli(payments(), argc, argv); }
