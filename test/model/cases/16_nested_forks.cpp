// Nested unknown ifs: a node of the outer then-arm and one of the outer else-arm are
// exclusive; two nodes of the inner arms too; the node after the if conflicts with both.
#include <taskgroup/taskgroup.hpp>
#include <cstdlib>
#include <string>
#include <vector>
static bool flag(const char *n) { return std::getenv(n) != nullptr; }
static int count() { const char *v = std::getenv("N"); return v ? std::atoi(v) : 1; }

tg::Dag build() {
  tg::Dag dag{"nested_forks"};
  if (flag("A")) {
    if (flag("B"))
      dag.empty("x");
    else
      dag.empty("x");
  } else {
    dag.empty("x");
  }
  dag.empty("x");
  return dag;
}
int main(int argc, char **argv) { return tg::cli(build(), argc, argv); }
