// RUN: %check_clang_tidy %s taskgroup-premature-dependency %t
// Near misses: a late task that other edges order with the far side lost nothing. Here an
// explicit edge, a path through an earlier task of the group, and a statement inside an
// unrolled loop, which runs again after each task is added.
#include <taskgroup/taskgroup.hpp>

#include <string>

tg::Dag build() {
  tg::Dag dag{"ordered_anyway"};
  tg::Task end = dag.empty("end");
  tg::TaskGroup a = dag.group("a");
  tg::Task first = a.task("first", [] { return 1; });
  a >> end;
  a.task("explicit", [] { return 2; }) >> end;
  a.task("before_first", [] { return 3; }) >> first;

  tg::Task start = dag.empty("start");
  tg::TaskGroup b = dag.group("b");
  b.task("b0", [] { return 4; });
  start >> b;
  first >> b.task("after_start", [] { return 5; });
  start >> first;

  tg::TaskGroup shards = dag.group("shards");
  for (int i = 0; i < 3; ++i) {
    shards.task("shard_" + std::to_string(i), [] { return 6; });
    shards >> end;
  }
  return dag;
}
