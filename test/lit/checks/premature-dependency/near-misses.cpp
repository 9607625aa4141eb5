// RUN: %check_clang_tidy %s taskgroup-premature-dependency %t
// Near misses, nothing is reported: edges after all tasks exist, a task added later to a
// different group, the scoped form (its body runs before the call returns), a tg::task_group
// factory, and a late teardown (a group's leaves never include its teardowns).
#include <taskgroup/taskgroup.hpp>

tg::Dag build() {
  tg::Dag dag{"near_misses"};
  tg::Task start = dag.empty("start");
  tg::TaskGroup extract = dag.group("extract");
  extract.task("orders", [] { return 1; });
  extract.task("users", [] { return 2; });
  start >> extract;

  tg::TaskGroup other = dag.group("other");
  extract >> other.task("first", [] { return 3; });
  other.task("later", [] { return 4; });

  start >> dag.group("transform", {}, [](tg::TaskGroup &g) {
    g.task("clean", [] { return 5; }) >> g.task("join", [] { return 6; });
  });

  const auto ingest = tg::task_group("ingest", [](tg::TaskGroup &g) {
    g.task("pull", [] { return 7; });
  });
  start >> ingest(dag);

  tg::TaskGroup pool = dag.group("pool");
  tg::Task open = pool.setup("open", [] { return 8; });
  tg::Task use = pool.task("use", [] { return 9; });
  open >> use;
  pool >> dag.empty("done");
  pool.teardown("close", [] {}, open);
  return dag;
}
