// A helper function called twice with different ids, returning a handle.
#include <taskgroup/taskgroup.hpp>
#include <string>

TG_GROUP_FACTORY
tg::Task ingest(tg::Dag &dag, const std::string &table) {
  tg::TaskGroup g = dag.group("ingest_" + table, {.tooltip = "Ingest " + table});
  tg::Task e = g.task("extract", [] {});
  tg::Task l = g.task("load", [] {});
  e >> l;
  return l;
}

tg::Dag build() {
  tg::Dag dag{"helpers"};
  tg::Task a = ingest(dag, "orders");
  tg::Task b = ingest(dag, "users");
  tg::Task report = dag.task("report", [] {});
  tg::Nodes{a, b} >> report;
  return dag;
}
int main(int argc, char **argv) { return tg::cli(build(), argc, argv); }
