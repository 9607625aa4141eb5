// RUN: %check_clang_tidy %s taskgroup-id-misuse %t
// Non-ASCII characters: look-alikes of Latin letters (Cyrillic, Greek, fullwidth) become their
// ASCII skeleton, other non-ASCII characters '_'. The get_task lookup is updated.
#include <taskgroup/taskgroup.hpp>

tg::Dag build() {
  tg::Dag dag{"payments"};
  tg::TaskGroup kpis = dag.group("kpis");
  kpis.task("pаyouts", [] { return 8100; });
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: task id 'kpis.pаyouts' contains 'а' (U+0430, a look-alike of 'a'), which is not allowed in a task id (^[A-Za-z0-9_.-]+$): the runtime refuses the DAG (InvalidId) [taskgroup-id-misuse]
  // CHECK-FIXES: kpis.task("payouts", [] { return 8100; });
  tg::TaskGroup refunds = dag.group("rеfundѕ");
  // CHECK-MESSAGES: :[[@LINE-1]]:37: warning: group id 'rеfundѕ' contains 'е' (U+0435, a look-alike of 'e') and 'ѕ' (U+0455, a look-alike of 's'), which are not allowed in a group id (^[A-Za-z0-9_-]+$): the runtime refuses the DAG (InvalidId) [taskgroup-id-misuse]
  // CHECK-FIXES: tg::TaskGroup refunds = dag.group("refunds");
  refunds.task("tοtal", [] { return 3; });
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: task id 'rеfundѕ.tοtal' contains 'ο' (U+03BF, a look-alike of 'o'), which is not allowed in a task id (^[A-Za-z0-9_.-]+$): the runtime refuses the DAG (InvalidId) [taskgroup-id-misuse]
  // CHECK-FIXES: refunds.task("total", [] { return 3; });
  dag.task("ｆｅｅｓ", [] { return 2; });
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: task id 'ｆｅｅｓ' contains 'ｆ' (U+FF46, a look-alike of 'f'), 'ｅ' (U+FF45, a look-alike of 'e') and 'ｓ' (U+FF53, a look-alike of 's'), which are not allowed in a task id (^[A-Za-z0-9_.-]+$): the runtime refuses the DAG (InvalidId) [taskgroup-id-misuse]
  // CHECK-FIXES: dag.task("fees", [] { return 2; });
  tg::Task cafe = dag.task("café_sales", [] { return 1; });
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: task id 'café_sales' contains 'é' (U+00E9), which is not allowed in a task id (^[A-Za-z0-9_.-]+$): the runtime refuses the DAG (InvalidId) [taskgroup-id-misuse]
  // CHECK-FIXES: tg::Task cafe = dag.task("caf__sales", [] { return 1; });
  tg::Task sum = dag.task("sum", [] { return 0; });
  dag.get_task("café_sales") >> sum;
  // CHECK-FIXES: dag.get_task("caf__sales") >> sum;
  return dag;
}
