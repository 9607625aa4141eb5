// RUN: %check_clang_tidy %s taskgroup-excessive-nesting %t
// Nothing deeper than three levels: tasks at depth 4 are fine (only groups count), and so are
// three-level chains in several DAGs and factories.
#include <taskgroup/taskgroup.hpp>

TG_GROUP_FACTORY tg::TaskGroup add_region(tg::TaskGroup &parent, const std::string &name) {
  tg::TaskGroup region = parent.group(name);
  region.task("load", [] { return 1; });
  return region;
}

tg::Dag first() {
  tg::Dag dag{"first"};
  tg::TaskGroup a = dag.group("a");
  tg::TaskGroup b = a.group("b");
  tg::TaskGroup c = b.group("c");
  c.task("deepest_task", [] { return 1; });
  return dag;
}

tg::Dag second() {
  tg::Dag dag{"second"};
  tg::TaskGroup sales = dag.group("sales");
  tg::TaskGroup eu = sales.group("eu");
  add_region(eu, "north");
  add_region(eu, "south");
  return dag;
}
