// A loop with an unknown count: a constant id is one node, many, and one conflict; an id
// built from the counter is a dynamic pattern, not a conflict.
#include <taskgroup/taskgroup.hpp>
#include <cstdlib>
#include <string>
#include <vector>
static bool flag(const char *n) { return std::getenv(n) != nullptr; }
static int count() { const char *v = std::getenv("N"); return v ? std::atoi(v) : 1; }

tg::Dag build() {
  tg::Dag dag{"unknown_const"};
  int n = count();
  for (int i = 0; i < n; ++i) {
    dag.empty("same");
    dag.empty("item_" + std::to_string(i));
  }
  return dag;
}
int main(int argc, char **argv) { return tg::cli(build(), argc, argv); }
