// Two creations on the same arm of an unknown if do conflict (the conflict is conditional).
#include <taskgroup/taskgroup.hpp>
#include <cstdlib>
#include <string>
#include <vector>
static bool flag(const char *n) { return std::getenv(n) != nullptr; }
static int count() { const char *v = std::getenv("N"); return v ? std::atoi(v) : 1; }

tg::Dag build() {
  tg::Dag dag{"same_path"};
  dag.empty("a");
  if (flag("X")) {
    dag.empty("b");
    dag.empty("b");
  }
  return dag;
}
int main(int argc, char **argv) { return tg::cli(build(), argc, argv); }
