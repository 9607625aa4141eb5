// RUN: %check_clang_tidy %s taskgroup-single-purpose %t
// Single-child and empty groups the planner will not edit: the warning says why, and nothing
// changes. A group in a dependency (its handle would then name the parent), a group looked up by
// its id, a group whose default_args its task inherits, an empty group whose handle is read.
#include <taskgroup/taskgroup.hpp>

tg::Dag build() {
  tg::Dag dag{"refusals"};
  tg::Task start = dag.task("start", [] { return 0; });

  tg::TaskGroup validate = dag.group("validate");
  // CHECK-MESSAGES: :[[@LINE-1]]:38: warning: group 'validate' has a single child, task 'validate.schema': the group only lengthens the ids below it and adds a level to the graph view; cannot be fixed automatically: the group is used in a dependency at refused.cpp.tmp.{{plugin|driver}}.cpp:[[@LINE+3]] [taskgroup-single-purpose]
  // CHECK-FIXES: tg::TaskGroup validate = dag.group("validate");
  validate.task("schema", [] { return true; });
  start >> validate;

  tg::TaskGroup lookup = dag.group("lookup");
  // CHECK-MESSAGES: :[[@LINE-1]]:36: warning: group 'lookup' has a single child, task 'lookup.find': {{.*}}; cannot be fixed automatically: the group is referred to by its id at refused.cpp.tmp.{{plugin|driver}}.cpp:[[@LINE+3]] [taskgroup-single-purpose]
  // CHECK-FIXES: tg::TaskGroup lookup = dag.group("lookup");
  lookup.task("find", [] { return 1; });
  tg::TaskGroup again = dag.get_group("lookup");

  tg::TaskGroup retried = dag.group("retried", {.default_args = {{"retries", "3"}}});
  // CHECK-MESSAGES: :[[@LINE-1]]:37: warning: group 'retried' has a single child, task 'retried.flaky': {{.*}}; cannot be fixed automatically: its default_args apply to its tasks [taskgroup-single-purpose]
  // CHECK-FIXES: tg::TaskGroup retried = dag.group("retried", {.default_args = {{.*}}});
  retried.task("flaky", [] { return 2; });

  tg::TaskGroup spare = dag.group("spare");
  // CHECK-MESSAGES: :[[@LINE-1]]:35: warning: group 'spare' is empty: it runs nothing and only adds an empty box to the graph view; cannot be fixed automatically: its handle is used [taskgroup-single-purpose]
  // CHECK-FIXES: tg::TaskGroup spare = dag.group("spare");
  if (spare.children().empty())
    dag.task("no_spare", [] { return 3; });
  return again.children().size() > 0 ? dag : dag;
}
