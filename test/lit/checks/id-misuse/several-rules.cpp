// RUN: %check_clang_tidy %s taskgroup-id-misuse %t
// One node breaking several rules gets one warning naming them all, and one fix doing both
// edits: sanitise, then strip the repeated prefix.
#include <taskgroup/taskgroup.hpp>

tg::Dag build() {
  tg::Dag dag{"sales"};
  tg::TaskGroup sales = dag.group("sales");
  tg::TaskGroup eu = sales.group("sales.eu west");
  // CHECK-MESSAGES: :[[@LINE-1]]:34: warning: group id 'sales.sales.eu west' contains '.' and ' ', which are not allowed in a group id (^[A-Za-z0-9_-]+$; a '.' makes the ids below it read as one more level of groups), and repeats the id of its group 'sales': the runtime refuses the DAG (InvalidId); a space in a group id crashed Airflow's schedulers (Airflow issue 17568) [taskgroup-id-misuse]
  // CHECK-FIXES: tg::TaskGroup eu = sales.group("eu_west");
  eu.task("totals", [] { return 1; });
  dag.task("check", [](tg::Context &ctx) { return ctx.xcom_pull("sales.sales.eu west.totals").as_int(); });
  // CHECK-FIXES: dag.task("check", [](tg::Context &ctx) { return ctx.xcom_pull("sales.eu_west.totals").as_int(); });
  return dag;
}
