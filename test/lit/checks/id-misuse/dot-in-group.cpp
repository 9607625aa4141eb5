// RUN: %check_clang_tidy %s taskgroup-id-misuse %t
// A '.' in a group id: the rename updates every string naming the group's tasks, in the
// branch callable's return values, in an xcom_pull and in a
// get_group lookup, not the strings naming other nodes.
#include <taskgroup/taskgroup.hpp>

#include <string>
#include <vector>

tg::Dag build() {
  tg::Dag dag{"sales", {.params = {{"vat_only", false}}}};
  tg::TaskGroup eu = dag.group("sales.eu", {.tooltip = "EU sales"});
  // CHECK-MESSAGES: :[[@LINE-1]]:32: warning: group id 'sales.eu' contains '.', which is not allowed in a group id (^[A-Za-z0-9_-]+$; a '.' makes the ids below it read as one more level of groups): the runtime refuses the DAG (InvalidId) [taskgroup-id-misuse]
  // CHECK-FIXES: tg::TaskGroup eu = dag.group("sales_eu", {.tooltip = "EU sales"});
  eu.task("totals", [] { return 9100; });
  eu.task("vat", [] { return 1729; });
  dag.task("us_totals", [] { return 12; });
  tg::Task route = dag.branch("route", [](tg::Context &ctx) -> std::vector<std::string> {
    if (ctx.params()["vat_only"].as_bool())
      return {"sales.eu.vat"};
    // CHECK-FIXES: return {"sales_eu.vat"};
    return {"sales.eu.totals", "sales.eu.vat", "us_totals"};
    // CHECK-FIXES: return {"sales_eu.totals", "sales_eu.vat", "us_totals"};
  });
  tg::Task gmv = dag.task("gmv", [](tg::Context &ctx) {
    return ctx.xcom_pull("sales.eu.totals").as_int() + ctx.xcom_pull("us_totals").as_int();
    // CHECK-FIXES: return ctx.xcom_pull("sales_eu.totals").as_int() + ctx.xcom_pull("us_totals").as_int();
  });
  route >> dag.get_group("sales.eu") >> gmv;
  // CHECK-FIXES: route >> dag.get_group("sales_eu") >> gmv;
  return dag;
}
