// RUN: %check_clang_tidy %s taskgroup-single-purpose %t
// An empty group only downstream of a task: the dependency makes no edge at all (the group has
// no root), and each statement that names it gets a note.
#include <taskgroup/taskgroup.hpp>

tg::Dag build() {
  tg::Dag dag{"sink"};
  tg::Task extract = dag.task("extract", [] { return 1; });
  tg::Task audit = dag.task("audit", [] { return 2; });
  tg::TaskGroup publish = dag.group("publish");
  // CHECK-NOTES: :[[@LINE-1]]:37: warning: group 'publish' is empty but used in a dependency: an empty group has no task to depend on, so the dependency makes no edge; cannot be fixed automatically: the group is used in a dependency at {{.*}}:[[@LINE+3]] [taskgroup-single-purpose]
  // CHECK-NOTES: :[[@LINE+2]]:3: note: used in a dependency here
  // CHECK-NOTES: :[[@LINE+2]]:3: note: used in a dependency here
  extract >> publish;
  publish << audit;
  return dag;
}
