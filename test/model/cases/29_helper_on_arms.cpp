// The same helper called on the two arms of an unknown if: its nodes are one conditional copy.
#include <taskgroup/taskgroup.hpp>
#include <cstdlib>
#include <string>
#include <vector>
static bool flag(const char *n) { return std::getenv(n) != nullptr; }
static int count() { const char *v = std::getenv("N"); return v ? std::atoi(v) : 1; }

static tg::TaskGroup stage(tg::Dag &dag, const std::string &id) {
  tg::TaskGroup g = dag.group(id);
  g.empty("a") >> g.empty("b");
  return g;
}
tg::Dag build() {
  tg::Dag dag{"helper_arms"};
  if (flag("X"))
    stage(dag, "stage");
  else
    stage(dag, "stage");
  stage(dag, "other");
  return dag;
}
int main(int argc, char **argv) { return tg::cli(build(), argc, argv); }
