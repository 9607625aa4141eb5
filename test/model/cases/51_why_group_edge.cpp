// `taskgroup why` through a group edge: `extract >> load` expands to task edges from
// extract's leaves to load's roots, each located at the group statement.
#include <taskgroup/taskgroup.hpp>

tg::Dag build() {
  tg::Dag dag{"why_groups"};
  tg::TaskGroup extract = dag.group("extract", [](tg::TaskGroup &g) {
    g.empty("orders") >> g.empty("dedupe");
    g.empty("users");
  });
  tg::TaskGroup load = dag.group("load", [](tg::TaskGroup &g) {
    g.empty("stage") >> g.empty("commit");
  });
  extract >> load;
  return dag;
}
int main(int argc, char **argv) { return tg::cli(build(), argc, argv); }
