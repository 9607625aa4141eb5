// RUN: %check_clang_tidy %s taskgroup-id-conflict %t
// A repeated group whose task is pulled through a computed string: the reference cannot be
// rewritten, so the rename is not offered at all, and the warning says why.
#include <taskgroup/taskgroup.hpp>

#include <string>

tg::Dag build() {
  tg::Dag dag{"computed"};
  tg::TaskGroup first = dag.group("g");
  first.task("s", [] { return 1; });
  tg::TaskGroup second = dag.group("g");
  // CHECK-MESSAGES: :[[@LINE-1]]:36: warning: group id 'g' is already used in DAG 'computed': the runtime refuses the DAG (DuplicateTaskIdFound); cannot be fixed automatically: the reference to 'g.t' at {{[^ ]*}}refused-computed-reference.cpp{{[^ ]*}}.cpp:[[@LINE+4]] cannot be updated: it is built from several strings [taskgroup-id-conflict]
  // CHECK-FIXES: tg::TaskGroup second = dag.group("g");
  second.task("t", [] { return 2; });
  dag.task("use", [](tg::Context &ctx) {
    return ctx.xcom_pull(std::string("g") + ".t").as_int();
    // CHECK-FIXES: return ctx.xcom_pull(std::string("g") + ".t").as_int();
  });
  return dag;
}
