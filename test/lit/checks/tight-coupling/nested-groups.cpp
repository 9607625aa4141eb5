// RUN: %check_clang_tidy %s taskgroup-tight-coupling %t
// Between sibling groups nested in one parent the smallest groups that separate two tasks are
// compared (`etl.extract` and `etl.load`), not the parent; an edge from a task of the parent
// into a child group's boundary is fine, one into its middle is not.
#include <taskgroup/taskgroup.hpp>

tg::Dag build() {
  tg::Dag dag{"nested"};
  tg::TaskGroup etl = dag.group("etl");
  tg::Task check = etl.task("check", [] { return 0; });
  tg::TaskGroup extract = etl.group("extract");
  tg::Task raw = extract.task("raw", [] { return 1; });
  tg::Task clean = extract.task("clean", [] { return 2; });
  raw >> clean;
  tg::TaskGroup load = etl.group("load");
  tg::Task stage = load.task("stage", [] { return 3; });
  tg::Task swap = load.task("swap", [] { return 4; });
  stage >> swap;

  check >> raw; // a task of the parent to the child's root: its boundary
  clean >> stage;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task edge from 'etl.extract.clean' to 'etl.load.stage' is exactly the group edge from 'etl.extract' to 'etl.load' (every leaf of 'etl.extract' to every root of 'etl.load'): write 'extract >> load' so that the groups depend on each other's boundary, not on their tasks [taskgroup-tight-coupling]
  // CHECK-FIXES: extract >> load;
  check >> swap;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task edge from 'etl.check' to 'etl.load.swap' reaches inside a group: 'etl.load.swap' is not a root of group 'etl.load'; the groups can no longer be reordered or tested on their own; cannot be fixed automatically: no group edge is equivalent [taskgroup-tight-coupling]
  return dag;
}
