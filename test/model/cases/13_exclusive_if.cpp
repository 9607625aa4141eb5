// An unknown condition forks: the same ids on both arms are one conditional node, no conflict.
#include <taskgroup/taskgroup.hpp>
#include <cstdlib>
#include <string>
#include <vector>
static bool flag(const char *n) { return std::getenv(n) != nullptr; }
static int count() { const char *v = std::getenv("N"); return v ? std::atoi(v) : 1; }

tg::Dag build() {
  tg::Dag dag{"excl_if"};
  tg::Task start = dag.empty("start");
  if (flag("FULL")) {
    tg::TaskGroup g = dag.group("report");
    start >> g.task("render", [] {});
  } else {
    tg::TaskGroup g = dag.group("report");
    start >> g.empty("render");
  }
  return dag;
}
int main(int argc, char **argv) { return tg::cli(build(), argc, argv); }
