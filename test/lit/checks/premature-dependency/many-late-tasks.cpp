// RUN: %check_clang_tidy %s taskgroup-premature-dependency %t
// RUN: %check_clang_tidy -check-suffix=ONE %s taskgroup-premature-dependency %t -- \
// RUN:   -config="{CheckOptions: {taskgroup-premature-dependency.MaxNotes: 1}}"
// Five tasks added after the edge: three are shown (MaxNotes, default 3), then "and N more".
#include <taskgroup/taskgroup.hpp>

tg::Dag build() {
  tg::Dag dag{"many_late"};
  tg::TaskGroup regions = dag.group("regions");
  regions.task("us", [] { return 1; });
  tg::Task merge = dag.empty("merge");
  regions >> merge;
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: edge from group 'regions' is set before all of its tasks exist: 5 tasks added later get no edge [taskgroup-premature-dependency]
  // CHECK-NOTES: :[[@LINE+9]]:16: note: task 'regions.eu' is added here, after the edge
  // CHECK-NOTES: :[[@LINE+9]]:16: note: task 'regions.apac' is added here, after the edge
  // CHECK-NOTES: :[[@LINE+9]]:16: note: task 'regions.latam' is added here, after the edge
  // CHECK-NOTES: :[[@LINE+9]]:16: note: and 2 more tasks added after the edge
  // CHECK-NOTES: :[[@LINE-6]]:3: note: move the edge after the statements that add the tasks, or fill 'regions' with the scoped form group(id, options, body) before the edge
  // CHECK-NOTES-ONE: :[[@LINE-7]]:3: warning: edge from group 'regions' is set before all of its tasks exist: 5 tasks added later get no edge [taskgroup-premature-dependency]
  // CHECK-NOTES-ONE: :[[@LINE+3]]:16: note: task 'regions.eu' is added here, after the edge
  // CHECK-NOTES-ONE: :[[@LINE+3]]:16: note: and 4 more tasks added after the edge
  // CHECK-NOTES-ONE: :[[@LINE-10]]:3: note: move the edge after the statements that add the tasks, or fill 'regions' with the scoped form group(id, options, body) before the edge
  regions.task("eu", [] { return 2; });
  regions.task("apac", [] { return 3; });
  regions.task("latam", [] { return 4; });
  regions.task("mena", [] { return 5; });
  regions.task("anz", [] { return 6; });
  return dag;
}
