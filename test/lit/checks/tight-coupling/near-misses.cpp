// RUN: %check_clang_tidy %s taskgroup-tight-coupling %t
// The decoupled shapes stay silent: edges on group handles, edges from a single-task group's
// only task (its boundary), a top-level task to a group's boundary, pulls that follow a path,
// pulls inside one group, edges inside one group, state used by one group only.
#include <taskgroup/taskgroup.hpp>

#include <cstdint>

tg::Dag build() {
  tg::Dag dag{"decoupled"};
  std::int64_t rows = 0;
  tg::Task start = dag.task("start", [] { return 0; });

  tg::TaskGroup fraud = dag.group("fraud");
  tg::Task rules = fraud.task("score_rules", [&rows] { return rows += 3; });
  tg::Task review = fraud.task("review_queue", [&rows](tg::Context &ctx) {
    return ctx.xcom_pull("fraud.score_rules").as_int() + rows;
  });
  rules >> review;

  tg::TaskGroup settlement = dag.group("settlement");
  tg::Task fees = settlement.task("compute_fees", [] { return 4; });
  settlement.task("payout", [](tg::Context &ctx) {
    return ctx.xcom_pull("settlement.compute_fees").as_int() - ctx.xcom_pull("fraud.review_queue").as_int();
  });
  fraud >> settlement;
  start >> fraud;

  tg::TaskGroup audit = dag.group("audit");
  tg::Task write_log = audit.task("write_log", [] { return 1; });
  tg::TaskGroup notify = dag.group("notify");
  notify.task("send", [](tg::Context &ctx) { return ctx.xcom_pull("start").as_int(); });
  tg::Task done = dag.empty("done");
  settlement >> write_log;
  tg::Nodes{write_log} >> done;
  tg::Nodes{settlement, notify} >> done;
  start >> notify;
  return dag;
}
