// RUN: %check_clang_tidy %s taskgroup-tight-coupling %t
// No path between the two tasks, but the group edge that would add one closes a cycle through
// other tasks of the groups: reported without a fix-it.
#include <taskgroup/taskgroup.hpp>

tg::Dag build() {
  tg::Dag dag{"loop_back"};
  tg::TaskGroup prepare = dag.group("prepare");
  tg::Task seed = prepare.task("seed", [] { return 1; });

  tg::TaskGroup train = dag.group("train");
  tg::Task fit = train.task("fit", [] { return 2; });
  tg::Task report = train.task("report", [](tg::Context &ctx) {
    return ctx.xcom_pull("prepare.seed").as_int();
    // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: task 'train.report' pulls the XCom of 'prepare.seed' but does not depend on it: a hidden dependency, the value is there only when the executor happens to run 'prepare.seed' first; cannot be fixed automatically: an edge from group 'prepare' to group 'train' would close a cycle [taskgroup-tight-coupling]
  });
  fit >> seed;
  return dag;
}
