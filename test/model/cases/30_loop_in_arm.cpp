// A known loop inside an unknown arm, the same ids created on the other arm.
#include <taskgroup/taskgroup.hpp>
#include <cstdlib>
#include <string>
#include <vector>
static bool flag(const char *n) { return std::getenv(n) != nullptr; }
static int count() { const char *v = std::getenv("N"); return v ? std::atoi(v) : 1; }

tg::Dag build() {
  tg::Dag dag{"loop_arm"};
  if (flag("X")) {
    for (int i = 0; i < 3; ++i)
      dag.empty("t" + std::to_string(i));
  } else {
    dag.empty("t0");
  }
  return dag;
}
int main(int argc, char **argv) { return tg::cli(build(), argc, argv); }
