// for (;;) with a constant id: one node, multiplicity many, one conflict (not 64 copies).
#include <taskgroup/taskgroup.hpp>
#include <cstdlib>
#include <string>
#include <vector>
static bool flag(const char *n) { return std::getenv(n) != nullptr; }
static int count() { const char *v = std::getenv("N"); return v ? std::atoi(v) : 1; }

tg::Dag build() {
  tg::Dag dag{"forever"};
  tg::Task start = dag.empty("start");
  for (;;) {
    tg::Task p = dag.task("poll", [] {});
    start >> p;
    if (flag("STOP"))
      break;
  }
  return dag;
}
int main(int argc, char **argv) { return tg::cli(build(), argc, argv); }
