// RUN: %check_clang_tidy %s taskgroup-id-misuse %t
// A group factory nobody calls in this file runs under a symbolic parent (named after its
// parameter): its own labels are checked and fixed; what depends on the unknown parent's id
// (lengths, a repeated parent id) is not.
#include <taskgroup/taskgroup.hpp>

TG_GROUP_FACTORY
tg::TaskGroup add_quality(tg::TaskGroup &parent) {
  tg::TaskGroup q = parent.group("quality checks");
  // CHECK-MESSAGES: :[[@LINE-1]]:34: warning: group id 'parent.quality checks' contains ' ', which is not allowed in a group id (^[A-Za-z0-9_-]+$): the runtime refuses the DAG (InvalidId); a space in a group id crashed Airflow's schedulers (Airflow issue 17568) [taskgroup-id-misuse]
  // CHECK-FIXES: tg::TaskGroup q = parent.group("quality_checks");
  q.task("nulls_in_every_column_of_the_orders_table_including_the_late_ones", [] {});
  parent.task("parent_rows", [] {});
  return q;
}
