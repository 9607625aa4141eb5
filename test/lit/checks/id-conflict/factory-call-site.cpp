// RUN: %check_clang_tidy %s taskgroup-id-conflict %t
// A user factory creates the group `id` under `parent`; called twice with one id, the second
// call collides. The id literal is at the call site, so the fix renames the argument there, not
// the factory.
#include <taskgroup/taskgroup.hpp>

#include <string>

TG_GROUP_FACTORY tg::TaskGroup add_controls(tg::TaskGroup &parent, const std::string &id,
                                            const std::string &ledger) {
  tg::TaskGroup controls = parent.group(id);
  // CHECK-FIXES: tg::TaskGroup controls = parent.group(id);
  tg::Task balance = controls.task("balance_check", [ledger] { return ledger.size(); });
  tg::Task variance = controls.task("variance_check", [] { return 0; });
  balance >> variance;
  return controls;
}

tg::Dag build() {
  tg::Dag dag{"controls_dag"};
  tg::TaskGroup root = dag.root();
  tg::TaskGroup gl = add_controls(root, "controls", "general_ledger");
  tg::TaskGroup tax = add_controls(root, "controls", "tax");
  // CHECK-NOTES: :[[@LINE-1]]:42: warning: group id 'controls' is already used in DAG 'controls_dag': the runtime refuses the DAG (DuplicateTaskIdFound) [taskgroup-id-conflict]
  // CHECK-NOTES: :[[@LINE-3]]:41: note: group 'controls' first created here
  // CHECK-NOTES: :[[@LINE-3]]:42: note: renamed to 'controls__1'
  // CHECK-NOTES: :[[@LINE-4]]:23: note: in this call
  // CHECK-FIXES: tg::TaskGroup gl = add_controls(root, "controls", "general_ledger");
  // CHECK-FIXES: tg::TaskGroup tax = add_controls(root, "controls__1", "tax");
  gl >> tax;
  return dag;
}
