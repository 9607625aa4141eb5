// RUN: %check_clang_tidy %s taskgroup-tight-coupling %t
// One task edge from the only leaf of `fraud` to the only root of `reporting` is the group
// edge; so is a chain of fan-in written on the tasks (`tg::Nodes{...} >> task`).
#include <taskgroup/taskgroup.hpp>

tg::Dag build() {
  tg::Dag dag{"reports"};
  tg::TaskGroup fraud = dag.group("fraud");
  tg::Task rules = fraud.task("score_rules", [] { return 1; });
  tg::Task review = fraud.task("review_queue", [] { return 2; });
  rules >> review;

  tg::TaskGroup reporting = dag.group("reporting");
  tg::Task ledger = reporting.task("ledger_summary", [] { return 3; });
  tg::Task dashboards = reporting.task("dashboards", [] { return 4; });
  ledger >> dashboards;

  review >> ledger; // the only leaf to the only root
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task edge from 'fraud.review_queue' to 'reporting.ledger_summary' is exactly the group edge from 'fraud' to 'reporting' (every leaf of 'fraud' to every root of 'reporting'): write 'fraud >> reporting' so that the groups depend on each other's boundary, not on their tasks [taskgroup-tight-coupling]
  // CHECK-FIXES: fraud >> reporting; // the only leaf to the only root

  tg::TaskGroup archive = dag.group("archive");
  tg::Task copy = archive.task("copy", [] { return 5; });
  tg::Task sign = archive.task("sign", [] { return 6; });
  tg::TaskGroup publish = dag.group("publish");
  tg::Task post = publish.task("post", [] { return 7; });
  tg::Nodes{copy, sign} >> post;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 2 task edges from group 'archive' to group 'publish' are exactly the group edge from 'archive' to 'publish' (every leaf of 'archive' to every root of 'publish'): write 'archive >> publish' so that the groups depend on each other's boundary, not on their tasks [taskgroup-tight-coupling]
  // CHECK-FIXES: archive >> publish;
  return dag;
}
