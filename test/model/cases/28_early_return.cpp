// A build function returning early on an unknown condition: the later nodes are conditional.
#include <taskgroup/taskgroup.hpp>
#include <cstdlib>
#include <string>
#include <vector>
static bool flag(const char *n) { return std::getenv(n) != nullptr; }
static int count() { const char *v = std::getenv("N"); return v ? std::atoi(v) : 1; }

tg::Dag build() {
  tg::Dag dag{"early"};
  dag.empty("always");
  if (flag("SHORT"))
    return dag;
  dag.empty("sometimes");
  return dag;
}
int main(int argc, char **argv) { return tg::cli(build(), argc, argv); }
