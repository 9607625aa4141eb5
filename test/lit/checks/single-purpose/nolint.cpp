// RUN: %check_clang_tidy %s taskgroup-single-purpose %t
// A placeholder or a deliberate boundary is kept with NOLINT and a reason: on the id's line,
// on the line before it, or in a region. A NOLINT for another check does not silence it.
#include <taskgroup/taskgroup.hpp>

tg::Dag build() {
  tg::Dag dag{"kept"};
  dag.group("ml_scoring", {.tooltip = "Reserved"}); // NOLINT(taskgroup-single-purpose): lands in Q3
  // CHECK-FIXES: dag.group("ml_scoring", {.tooltip = "Reserved"}); // NOLINT(taskgroup-single-purpose): lands in Q3

  // NOLINTNEXTLINE(taskgroup-single-purpose): more checks land beside it next sprint
  tg::TaskGroup validate = dag.group("validate");
  // CHECK-FIXES: tg::TaskGroup validate = dag.group("validate");
  validate.task("schema", [] { return true; });

  // NOLINTBEGIN(taskgroup-single-purpose)
  tg::TaskGroup audit = dag.group("audit");
  audit.task("write_log", [] { return 1; });
  // NOLINTEND(taskgroup-single-purpose)
  // CHECK-FIXES: tg::TaskGroup audit = dag.group("audit");

  tg::TaskGroup notify = dag.group("notify"); // NOLINT(taskgroup-id-misuse)
  // CHECK-MESSAGES: :[[@LINE-1]]:36: warning: group 'notify' has a single child, task 'notify.send': the group only lengthens the ids below it and adds a level to the graph view [taskgroup-single-purpose]
  // CHECK-FIXES: tg::TaskGroup notify = dag.root(); // NOLINT(taskgroup-id-misuse)
  notify.task("send", [] { return 2; });
  return dag;
}
