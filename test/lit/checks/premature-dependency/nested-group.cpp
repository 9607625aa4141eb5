// RUN: %check_clang_tidy %s taskgroup-premature-dependency %t
// A task added after the edge to a group nested in the named group is in its subtree: it gets
// no edge either. A task added to the parent of the named group is not.
#include <taskgroup/taskgroup.hpp>

tg::Dag build() {
  tg::Dag dag{"nested"};
  tg::TaskGroup outer = dag.group("outer");
  outer.task("first", [] { return 1; });
  tg::TaskGroup inner = outer.group("inner");
  inner.task("early", [] { return 2; });
  tg::Task end = dag.empty("end");
  outer >> end;
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: edge from group 'outer' is set before all of its tasks exist: task 'outer.inner.late' added at line [[#@LINE+3]] gets no edge [taskgroup-premature-dependency]
  // CHECK-NOTES: :[[@LINE+2]]:14: note: task 'outer.inner.late' is added here, after the edge
  // CHECK-NOTES: :[[@LINE-3]]:3: note: move the edge after the statements that add the tasks, or fill 'outer' with the scoped form group(id, options, body) before the edge
  inner.task("late", [] { return 3; });
  inner >> dag.empty("after_inner");
  outer.task("sibling", [] { return 4; }) >> end;
  return dag;
}
