// Edges made on exclusive arms go to the one merged node.
#include <taskgroup/taskgroup.hpp>
#include <cstdlib>
#include <string>
#include <vector>
static bool flag(const char *n) { return std::getenv(n) != nullptr; }
static int count() { const char *v = std::getenv("N"); return v ? std::atoi(v) : 1; }

tg::Dag build() {
  tg::Dag dag{"excl_edges"};
  tg::Task a = dag.empty("a");
  tg::Task b = dag.empty("b");
  if (flag("A")) {
    tg::Task j = dag.empty("join");
    a >> j;
  } else {
    tg::Task j = dag.empty("join");
    b >> j;
  }
  return dag;
}
int main(int argc, char **argv) { return tg::cli(build(), argc, argv); }
