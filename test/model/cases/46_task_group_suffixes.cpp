// tg::task_group called repeatedly under one parent: "load", "load__1", "load__2"; under
// another parent the count starts again; after a group named "load__5" exists, the next call
// gets "load__6" (Airflow: base__(max existing N + 1)).
#include <taskgroup/taskgroup.hpp>
#include <string>

const auto load = tg::task_group("load", [](tg::TaskGroup &g, std::string table) {
  tg::Task copy = g.task("copy_" + table, [] {});
  tg::Task verify = g.task("verify", [] {});
  copy >> verify;
  return verify;
});

tg::Dag build() {
  tg::Dag dag{"suffixes"};
  tg::Task a = load(dag, "a");
  tg::Task b = load(dag, "b");
  tg::Task c = load(dag, "c");
  a >> b >> c;
  tg::TaskGroup nested = dag.group("nested");
  load(nested, "x");
  load(nested, "y");
  dag.group("load__5").empty("placeholder");
  load(dag, "z");
  for (int i = 0; i < 2; ++i)
    load(nested, "loop" + std::to_string(i));
  return dag;
}
int main(int argc, char **argv) { return tg::cli(build(), argc, argv); }
