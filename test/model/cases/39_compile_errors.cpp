// Code with compile errors: the model keeps what it can build (no crash, no hang); the tool
// exits 1 because the file does not compile.
#include <taskgroup/taskgroup.hpp>
#include <string>

tg::Dag build() {
  tg::Dag dag{"broken"};
  tg::TaskGroup g = dag.group("g");
  g.empty("before");
  g.empty(undeclared_name);
  int x = "not an int";
  g.task("after", [] { return missing_function(); });
  g.empty("last") >> dag.get_task("g.before");
  return dag;
}
int main(int argc, char **argv) { return tg::cli(build(), argc, argv); }
