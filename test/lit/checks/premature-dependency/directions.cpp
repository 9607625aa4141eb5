// RUN: %check_clang_tidy %s taskgroup-premature-dependency %t
// Both directions and both operators: `g << x` is an edge to the group, `x << g` one from it.
#include <taskgroup/taskgroup.hpp>

tg::Dag build() {
  tg::Dag dag{"directions"};
  tg::Task start = dag.empty("start");
  tg::Task finish = dag.empty("finish");
  tg::TaskGroup clean = dag.group("clean");
  clean.task("dedupe", [] { return 1; });
  clean << start;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: edge to group 'clean' is set before all of its tasks exist: task 'clean.validate' added at line [[#@LINE+3]] gets no edge [taskgroup-premature-dependency]
  finish << clean;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: edge from group 'clean' is set before all of its tasks exist: task 'clean.validate' added at line [[#@LINE+1]] gets no edge [taskgroup-premature-dependency]
  clean.task("validate", [] { return 2; });
  return dag;
}
