// An unknown switch: every arm is a path; the sink created on each arm is one node.
#include <taskgroup/taskgroup.hpp>
#include <cstdlib>
#include <string>
#include <vector>
static bool flag(const char *n) { return std::getenv(n) != nullptr; }
static int count() { const char *v = std::getenv("N"); return v ? std::atoi(v) : 1; }

tg::Dag build() {
  tg::Dag dag{"excl_switch"};
  switch (count()) {
  case 1:
    dag.empty("sink");
    break;
  case 2:
    dag.empty("sink");
    dag.empty("extra");
    break;
  default:
    dag.task("sink", [] {});
    break;
  }
  return dag;
}
int main(int argc, char **argv) { return tg::cli(build(), argc, argv); }
