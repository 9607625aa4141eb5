// RUN: %check_clang_tidy %s taskgroup-id-conflict %t
// A task id repeated in one group: the later task is renamed; the pull of "etl.load" names the
// first task, which keeps its id, so it is left alone.
#include <taskgroup/taskgroup.hpp>

tg::Dag build() {
  tg::Dag dag{"repeated_task"};
  tg::TaskGroup etl = dag.group("etl");
  tg::Task first = etl.task("load", [] { return 1; });
  tg::Task second = etl.task("load", [] { return 2; });
  // CHECK-MESSAGES: :[[@LINE-1]]:30: warning: task id 'etl.load' is already used in DAG 'repeated_task': the runtime refuses the DAG (DuplicateTaskIdFound) [taskgroup-id-conflict]
  // CHECK-FIXES: tg::Task second = etl.task("load__1", [] { return 2; });
  dag.task("report", [](tg::Context &ctx) { return ctx.xcom_pull("etl.load").as_int(); });
  // CHECK-FIXES: dag.task("report", [](tg::Context &ctx) { return ctx.xcom_pull("etl.load").as_int(); });
  first >> second;
  return dag;
}
