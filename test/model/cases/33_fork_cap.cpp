// --max-forks=1: the first unknown if gets a guard, the second is past the cap, so its
// arms' nodes are conditional without a guard and never reported as a conflict.
#include <taskgroup/taskgroup.hpp>
#include <cstdlib>
#include <string>
static bool flag(const char *n) { return std::getenv(n) != nullptr; }

tg::Dag build() {
  tg::Dag dag{"fork_cap"};
  if (flag("A"))
    dag.empty("a");
  else
    dag.empty("a");
  if (flag("B"))
    dag.empty("b");
  else
    dag.empty("b");
  return dag;
}
int main(int argc, char **argv) { return tg::cli(build(), argc, argv); }
