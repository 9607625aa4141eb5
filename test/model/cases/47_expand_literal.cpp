// Mapped groups through tg::task_group(...).expand over literal values, with .partial fixing
// a leading argument, a returned task used in edges, and a mapped group nested in a group.
#include <taskgroup/taskgroup.hpp>
#include <string>

const auto per_region = tg::task_group(
    "per_region",
    [](tg::TaskGroup &g, std::string bucket, tg::MappedArg<std::string>) {
      tg::Task fetch = g.task("fetch_" + bucket, [] {});
      tg::Task store = g.task("store", [] {});
      fetch >> store;
      return store;
    },
    {.tooltip = "One instance per region"});

const auto per_table = tg::task_group("per_table", [](tg::TaskGroup &g, tg::MappedArg<std::string>) {
  g.empty("load");
});

tg::Dag build() {
  tg::Dag dag{"expand_literal"};
  tg::Task start = dag.empty("start");
  tg::Task stored = per_region.partial(std::string("raw")).expand(dag, {"eu", "us", "ap"});
  tg::TaskGroup wh = dag.group("warehouse");
  tg::TaskGroup tables = per_table.expand(wh, {"orders", "users"});
  tg::TaskGroup again = per_table.expand(wh, {"items"});
  start >> dag.get_group("per_region");
  stored >> tables >> again >> dag.empty("end");
  return dag;
}
int main(int argc, char **argv) { return tg::cli(build(), argc, argv); }
