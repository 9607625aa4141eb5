// --format=dot --group: one group's subtree as Graphviz, conditional nodes dashed, dynamic
// ones dotted, edges leaving the subtree left out.
#include <taskgroup/taskgroup.hpp>
#include <cstdlib>
#include <string>
static bool flag(const char *n) { return std::getenv(n) != nullptr; }

tg::Dag build() {
  tg::Dag dag{"dot_focus"};
  tg::TaskGroup g = dag.group("etl", {.tooltip = "Extract and load", .ui_color = "#eef"});
  tg::Task e = g.task("extract", [] {});
  if (flag("CLEAN"))
    e >> g.empty("clean");
  for (int i = 0; i < std::atoi(std::getenv("N")); ++i)
    e >> g.empty("part_" + std::to_string(i));
  e >> dag.empty("outside");
  return dag;
}
int main(int argc, char **argv) { return tg::cli(build(), argc, argv); }
