// `taskgroup why` with no path: the edges go the other way (exit 1).
#include <taskgroup/taskgroup.hpp>

tg::Dag build() {
  tg::Dag dag{"why_none"};
  tg::Task a = dag.empty("a");
  tg::Task b = dag.empty("b");
  tg::Task c = dag.empty("c");
  a >> b;
  c >> b;
  return dag;
}
int main(int argc, char **argv) { return tg::cli(build(), argc, argv); }
