// RUN: %check_clang_tidy %s taskgroup-id-misuse %t
// An id pasted together inside a macro, and one passed through a macro's argument: no fix.
#include <taskgroup/taskgroup.hpp>

#define KPI_GROUP(parent, metric) (parent).group("kpi:" #metric, {.tooltip = "KPI " #metric})
#define ADD_TASK(parent, id) (parent).task(id, [] { return 1; })

tg::Dag build() {
  tg::Dag dag{"kpis"};
  tg::TaskGroup kpis = dag.group("kpis");
  tg::TaskGroup conversion = KPI_GROUP(kpis, conversion);
  // CHECK-MESSAGES: :[[@LINE-1]]:30: warning: group id 'kpis.kpi:conversion' contains ':', which is not allowed in a group id (^[A-Za-z0-9_-]+$): the runtime refuses the DAG (InvalidId); cannot be fixed automatically: the id is spelled inside a macro [taskgroup-id-misuse]
  conversion.task("rate", [] { return 2; });
  ADD_TASK(kpis, "funnel step");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task id 'kpis.funnel step' contains ' ', which is not allowed in a task id (^[A-Za-z0-9_.-]+$): the runtime refuses the DAG (InvalidId); cannot be fixed automatically: the id is spelled inside a macro [taskgroup-id-misuse]
  return dag;
}
