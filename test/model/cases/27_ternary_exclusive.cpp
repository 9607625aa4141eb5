// A ternary with an unknown condition choosing between two creations of the same id.
#include <taskgroup/taskgroup.hpp>
#include <cstdlib>
#include <string>
#include <vector>
static bool flag(const char *n) { return std::getenv(n) != nullptr; }
static int count() { const char *v = std::getenv("N"); return v ? std::atoi(v) : 1; }

tg::Dag build() {
  tg::Dag dag{"ternary"};
  tg::Task t = flag("A") ? dag.task("work", [] {}) : dag.empty("work");
  dag.empty("end");
  t >> dag.get_task("end");
  return dag;
}
int main(int argc, char **argv) { return tg::cli(build(), argc, argv); }
