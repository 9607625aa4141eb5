// while (true) with a constant id inside a group, and a counted id next to it.
#include <taskgroup/taskgroup.hpp>
#include <cstdlib>
#include <string>
#include <vector>
static bool flag(const char *n) { return std::getenv(n) != nullptr; }
static int count() { const char *v = std::getenv("N"); return v ? std::atoi(v) : 1; }

tg::Dag build() {
  tg::Dag dag{"while_true"};
  tg::TaskGroup g = dag.group("g");
  int i = 0;
  while (true) {
    g.empty("fixed");
    g.empty("n_" + std::to_string(i++));
    if (flag("STOP"))
      break;
  }
  return dag;
}
int main(int argc, char **argv) { return tg::cli(build(), argc, argv); }
