// RUN: %check_clang_tidy %s taskgroup-id-conflict %t
// A tg::task_group factory called repeatedly: the runtime suffixes its groups (`ledger`,
// `ledger__1`, `ledger__2`) as Airflow's @task_group does. Nothing is reported.
#include <taskgroup/taskgroup.hpp>

#include <string>

const auto ledger = tg::task_group("ledger", [](tg::TaskGroup &g, std::string book) {
  tg::Task pull = g.task("pull", [book] { return book.size(); });
  tg::Task post = g.task("post", [] { return 0; });
  pull >> post;
});

tg::Dag build() {
  tg::Dag dag{"ledgers"};
  tg::TaskGroup general = ledger(dag, "general");
  tg::TaskGroup payables = ledger(dag, "payables");
  tg::TaskGroup receivables = ledger(dag, "receivables");
  dag.task("check", [](tg::Context &ctx) { return ctx.xcom_pull("ledger__2.pull").as_int(); });
  general >> payables >> receivables;
  return dag;
}
