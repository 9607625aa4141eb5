// RUN: %check_clang_tidy %s taskgroup-inconsistent-grouping %t
// Near miss: snake_case ids with single words among them, at every level, `__N` suffixes
// from a decorator, and ids with digits: nothing to report.
#include <taskgroup/taskgroup.hpp>

#include <string>

const auto ledger = tg::task_group("ledger_book", [](tg::TaskGroup &g, std::string book) {
  tg::Task pull = g.task("pull_balance", [book] { return 1; });
  tg::Task post = g.task("post", [] { return 2; });
  pull >> post;
});

tg::Dag build() {
  tg::Dag dag{"month_end"};
  tg::Task lock = dag.task("lock_period", [] { return 0; });
  tg::TaskGroup ingest = dag.group("ingest");
  ingest.task("web_events", [] { return 1; });
  ingest.task("load", [] { return 2; });
  ingest.task("tier_1", [] { return 3; });
  ingest.task("s3_upload", [] { return 4; });
  ingest.task("v2", [] { return 5; });
  tg::TaskGroup general = ledger(dag, "general");
  tg::TaskGroup payables = ledger(dag, "payables");
  lock >> ingest >> tg::Nodes{general, payables};
  return dag;
}
