// get_task / get_group / child(label) are references too, and give back the node's handle.
#include <taskgroup/taskgroup.hpp>
#include <cstdlib>
#include <string>
#include <vector>
static bool flag(const char *n) { return std::getenv(n) != nullptr; }
static int count() { const char *v = std::getenv("N"); return v ? std::atoi(v) : 1; }

tg::Dag build() {
  tg::Dag dag{"lookups"};
  tg::TaskGroup g = dag.group("g");
  g.empty("inner");
  dag.empty("top");
  tg::Task t = dag.get_task("top");
  tg::TaskGroup h = dag.get_group("g");
  tg::Node c = h.child("inner");
  t >> c.as_task();
  return dag;
}
int main(int argc, char **argv) { return tg::cli(build(), argc, argv); }
