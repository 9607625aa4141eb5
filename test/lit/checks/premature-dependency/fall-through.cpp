// RUN: %check_clang_tidy %s taskgroup-premature-dependency %t
// `a >> enrich >> load` with `enrich` still empty: one finding for the statement, and a note on
// Airflow's empty-group fall-through (PR 49034), which connects `a` to `load` instead.
#include <taskgroup/taskgroup.hpp>

tg::Dag build() {
  tg::Dag dag{"fall_through"};
  tg::Task a = dag.empty("a");
  tg::TaskGroup enrich = dag.group("enrich");
  tg::Task load = dag.empty("load");
  a >> enrich >> load;
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: edge to group 'enrich' is set before any of its tasks exist: the edge connects nothing of 'enrich' [taskgroup-premature-dependency]
  // CHECK-NOTES: :[[@LINE-2]]:3: note: as 'enrich' is empty here, Airflow's empty-group fall-through connects 'a' instead
  // CHECK-NOTES: :[[@LINE+2]]:15: note: task 'enrich.geo' is added here, after the edge
  // CHECK-NOTES: :[[@LINE-4]]:3: note: move the edge after the statements that add the tasks, or fill 'enrich' with the scoped form group(id, options, body) before the edge
  enrich.task("geo", [] { return 1; });
  return dag;
}
