// RUN: %check_clang_tidy %s taskgroup-single-purpose %t
// An empty group wired into a chain: `transform >> enrich >> load` gets its edge only from
// Airflow's empty-group fall-through (issue #47947). No fix: removing the group would drop the
// edge with it.
#include <taskgroup/taskgroup.hpp>

tg::Dag build() {
  tg::Dag dag{"crm_sync"};
  tg::TaskGroup transform = dag.group("transform");
  tg::Task normalize = transform.task("normalize", [] { return 1; });
  tg::Task dedupe = transform.task("dedupe", [] { return 2; });
  normalize >> dedupe;
  // Created for an enrichment step that never landed.
  tg::TaskGroup enrich = dag.group("enrich", {.tooltip = "Third-party enrichment"});
  // CHECK-NOTES: :[[@LINE-1]]:36: warning: group 'enrich' is empty but used in a dependency: an empty group has no task to depend on, so its edges come only from Airflow's empty-group fall-through (lost before PR #49034, issue #47947); cannot be fixed automatically: the group is used in a dependency at empty-in-dependency.cpp.tmp.{{plugin|driver}}.cpp:[[@LINE+9]] [taskgroup-single-purpose]
  // CHECK-NOTES: :[[@LINE+8]]:3: note: the empty-group fall-through makes the edge 'transform.dedupe' >> 'load.stage' here
  // CHECK-FIXES: tg::TaskGroup enrich = dag.group("enrich", {.tooltip = "Third-party enrichment"});
  tg::TaskGroup load = dag.group("load", [](tg::TaskGroup &g) {
    tg::Task stage = g.task("stage", [] { return 3; });
    tg::Task swap = g.task("swap_tables", [] { return true; });
    stage >> swap;
  });
  tg::Task start = dag.empty("start");
  start >> transform >> enrich >> load;
  return dag;
}
