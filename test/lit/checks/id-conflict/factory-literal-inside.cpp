// RUN: %check_clang_tidy %s taskgroup-id-conflict %t
// The factory spells the task id itself: called twice on one group, the second call collides.
// Renaming the factory's literal would rename both tasks, so no fix is offered.
#include <taskgroup/taskgroup.hpp>

#include <string>

void add_audit(tg::TaskGroup &group, const std::string &who) {
  group.task("audit_trail", [who] { return who.size(); });
  // CHECK-FIXES: group.task("audit_trail", [who] { return who.size(); });
}

tg::Dag build() {
  tg::Dag dag{"audit"};
  tg::TaskGroup close = dag.group("close");
  close.task("sign_off", [] { return true; });
  add_audit(close, "controller");
  add_audit(close, "cfo");
  // CHECK-NOTES: :[[@LINE-10]]:14: warning: task id 'close.audit_trail' is already used in DAG 'audit': the runtime refuses the DAG (DuplicateTaskIdFound); cannot be fixed automatically: its literal creates 2 nodes [taskgroup-id-conflict]
  // CHECK-NOTES: :[[@LINE-11]]:14: note: task 'close.audit_trail' first created here
  // CHECK-NOTES: :[[@LINE-12]]:3: note: task 'audit_trail' is created inside 'close'
  // CHECK-NOTES: :[[@LINE-4]]:3: note: in this call
  // CHECK-FIXES: add_audit(close, "cfo");
  return dag;
}
