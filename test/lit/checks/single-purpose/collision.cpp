// RUN: %check_clang_tidy %s taskgroup-single-purpose %t
// Flattening must not make an id twice: `upload.start` would become `start`, which the DAG
// already has, so the warning says so and nothing changes. The near miss `load.finish` has no
// such clash and is flattened.
#include <taskgroup/taskgroup.hpp>

tg::Dag build() {
  tg::Dag dag{"clash"};
  tg::Task start = dag.task("start", [] { return 0; });
  tg::TaskGroup upload = dag.group("upload");
  // CHECK-NOTES: :[[@LINE-1]]:36: warning: group 'upload' has a single child, task 'upload.start': the group only lengthens the ids below it and adds a level to the graph view; cannot be fixed automatically: flattening would make 'start', which already exists [taskgroup-single-purpose]
  // CHECK-NOTES: :[[@LINE+2]]:15: note: its only child, task 'upload.start', is created here
  // CHECK-FIXES: tg::TaskGroup upload = dag.group("upload");
  upload.task("start", [] { return 2; });
  tg::TaskGroup load = dag.group("load");
  // CHECK-NOTES: :[[@LINE-1]]:34: warning: group 'load' has a single child, task 'load.finish': the group only lengthens the ids below it and adds a level to the graph view [taskgroup-single-purpose]
  // CHECK-NOTES: :[[@LINE+3]]:13: note: its only child, task 'load.finish', is created here
  // CHECK-NOTES: :[[@LINE-3]]:34: note: flattened into the DAG
  // CHECK-FIXES: tg::TaskGroup load = dag.root();
  load.task("finish", [] { return 3; });
  start >> dag.empty("end");
  return dag;
}
