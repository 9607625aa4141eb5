// RUN: %check_clang_tidy %s taskgroup-inconsistent-grouping %t
// Groups made by one tg::task_group, renamed with .override: the one that lacks `validate` is
// reported at its id.
#include <taskgroup/taskgroup.hpp>

#include <string>

const auto market = tg::task_group(
    "market",
    [](tg::TaskGroup &g, bool validated, std::string name) {
      tg::Task load = g.task("load", [name] { return 1; });
      tg::Task publish = g.task("publish", [name](tg::Context &ctx) { ctx.xcom_push("market", name); });
      if (validated) {
        tg::Task validate = g.task("validate", [] { return true; });
        load >> validate >> publish;
      } else {
        load >> publish;
      }
    },
    {.tooltip = "One market's orders"});

tg::Dag build() {
  tg::Dag dag{"markets"};
  tg::TaskGroup us = market.override({.group_id = "market_us"})(dag, true, "us");
  tg::TaskGroup eu = market.override({.group_id = "market_eu"})(dag, true, "eu");
  tg::TaskGroup apac = market.override({.group_id = "market_apac"})(dag, false, "apac");
  // CHECK-MESSAGES: :[[@LINE-1]]:53: warning: group 'market_apac' is made by the same factory as 'market_us' and 'market_eu' but lacks the task 'validate' [taskgroup-inconsistent-grouping]
  us >> eu >> apac;
  return dag;
}
