// Compile errors inside a factory, a loop body and an uncalled helper: the model keeps every
// node and edge whose statements compile (two factory calls, the loop's tasks, the group edge)
// and the tool exits 1 because the file does not compile.
#include <taskgroup/taskgroup.hpp>
#include <string>

TG_GROUP_FACTORY
tg::TaskGroup stage(tg::Dag &dag, const std::string &name) {
  tg::TaskGroup g = dag.group(name, {.tooltip = "Stage " + name});
  tg::Task in = g.empty("in");
  int rows = "not a number";
  tg::Task out = g.task("out", [] { return undeclared_helper(); });
  in >> out;
  return g;
}

void unused(tg::Dag &dag) { dag.empty(42, 43, 44); }

tg::Dag build() {
  tg::Dag dag{"broken_factory"};
  tg::TaskGroup a = stage(dag, "extract");
  tg::TaskGroup b = stage(dag, "load");
  for (const char *id : {"x", "y"}) {
    dag.empty(id);
    missing_call(id);
  }
  a >> b;
  return dag;
}
int main(int argc, char **argv) { return tg::cli(build(), argc, argv); }
