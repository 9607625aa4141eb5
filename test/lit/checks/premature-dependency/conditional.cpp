// RUN: %check_clang_tidy %s taskgroup-premature-dependency %t
// A late task created on some paths only is still reported ("on some paths"); a task on the
// other arm of the if/else that holds the edge never exists together with it.
#include <taskgroup/taskgroup.hpp>

#include <cstdlib>

tg::Dag build() {
  tg::Dag dag{"conditional"};
  tg::TaskGroup backfill = dag.group("backfill");
  backfill.task("reload", [] { return 1; });
  tg::Task done = dag.empty("done");
  backfill >> done;
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: edge from group 'backfill' is set before all of its tasks exist: task 'backfill.rebuild' added at line [[#@LINE+4]] on some paths gets no edge [taskgroup-premature-dependency]
  // CHECK-NOTES: :[[@LINE+3]]:19: note: task 'backfill.rebuild' is added here, after the edge (on some paths)
  // CHECK-NOTES: :[[@LINE-3]]:3: note: move the edge after the statements that add the tasks, or fill 'backfill' with the scoped form group(id, options, body) before the edge
  if (std::getenv("FULL_BACKFILL") != nullptr)
    backfill.task("rebuild", [] { return 2; });

  tg::TaskGroup report = dag.group("report");
  report.task("render", [] { return 3; });
  if (std::getenv("QUICK") != nullptr) {
    report >> done;
  } else {
    report.task("pdf", [] { return 4; });
    report >> done;
  }
  return dag;
}
