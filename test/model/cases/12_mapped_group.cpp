// A mapped group through tg::task_group(...).expand, cross_downstream and a returned handle.
#include <taskgroup/taskgroup.hpp>
#include <string>
#include <vector>

const auto per_table = tg::task_group("per_table", [](tg::TaskGroup &g, tg::MappedArg<std::string>) {
  tg::Task a = g.task("load", [] {});
  tg::Task b = g.task("check", [] {});
  a >> b;
});

tg::TaskGroup finals(tg::Dag &dag) {
  return dag.group("finals", [](tg::TaskGroup &g) {
    g.empty("f1");
    g.empty("f2");
  });
}

tg::Dag build() {
  tg::Dag dag{"mapped"};
  tg::Task list = dag.task("list_tables", [] { return std::vector<std::string>{"a", "b"}; });
  per_table.expand(dag, list);
  tg::Task x = dag.empty("x");
  tg::Task y = dag.empty("y");
  tg::TaskGroup f = finals(dag);
  tg::cross_downstream({x, y}, {f.child("f1"), dag.get_task("finals.f2")});
  return dag;
}
int main(int argc, char **argv) { return tg::cli(build(), argc, argv); }
