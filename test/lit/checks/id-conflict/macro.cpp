// RUN: %check_clang_tidy %s taskgroup-id-conflict %t
// The id is spelled once, inside a macro expanded twice in one group: no fix, since editing the
// macro would rename both tasks.
#include <taskgroup/taskgroup.hpp>

#define ADD_AUDIT_TRAIL(group) (group).task("audit_trail", [] { return 3; })
// CHECK-FIXES: #define ADD_AUDIT_TRAIL(group) (group).task("audit_trail", [] { return 3; })

tg::Dag build() {
  tg::Dag dag{"macro_dag"};
  tg::TaskGroup close = dag.group("close");
  close.task("sign_off", [] { return true; });
  ADD_AUDIT_TRAIL(close);
  ADD_AUDIT_TRAIL(close);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task id 'close.audit_trail' is already used in DAG 'macro_dag': the runtime refuses the DAG (DuplicateTaskIdFound); cannot be fixed automatically: the id is spelled inside a macro [taskgroup-id-conflict]
  // CHECK-FIXES: ADD_AUDIT_TRAIL(close);
  // CHECK-FIXES-NEXT: ADD_AUDIT_TRAIL(close);
  return dag;
}
