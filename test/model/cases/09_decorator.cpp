// tg::task_group called twice: the second group gets Airflow's __1 suffix; override and
// partial create further groups.
#include <taskgroup/taskgroup.hpp>
#include <string>

const auto ingest = tg::task_group("ingest", [](tg::TaskGroup &g, std::string table) {
  tg::Task e = g.task("extract_" + table, [] {});
  tg::Task l = g.task("load", [] {});
  e >> l;
  return l;
}, {.tooltip = "Ingest one table"});

const auto report = tg::task_group("report", [](tg::TaskGroup &g, std::string) { g.task("render", [] {}); });

tg::Dag build() {
  tg::Dag dag{"decorated"};
  tg::Task a = ingest(dag, "orders");
  tg::Task b = ingest(dag, "users");
  tg::TaskGroup r = report(dag, "weekly");
  tg::Task c = ingest.override({.group_id = "special", .tooltip = "special"})(dag, "x");
  tg::Nodes{a, b, c} >> r;
  return dag;
}
int main(int argc, char **argv) { return tg::cli(build(), argc, argv); }
