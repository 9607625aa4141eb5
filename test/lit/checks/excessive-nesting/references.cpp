// RUN: %check_clang_tidy %s taskgroup-excessive-nesting %t
// Every kind of string reference below the flattened group follows it: pulls, a branch's
// return values, lookups by full id and by label.
#include <taskgroup/taskgroup.hpp>

#include <string>

tg::Dag build() {
  tg::Dag dag{"refs"};
  tg::TaskGroup a = dag.group("a");
  tg::TaskGroup b = a.group("b");
  tg::TaskGroup c = b.group("c");
  tg::TaskGroup d = c.group("d");
  // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: group 'a.b.c.d' is nested 4 levels deep, more than 3 (a > b > c > d) [taskgroup-excessive-nesting]
  // CHECK-FIXES: tg::TaskGroup d = c;
  d.task("send", [] { return 1; });
  d.task("skip", [] { return 0; });
  tg::Task route = c.branch("route", [](tg::Context &ctx) -> std::string {
    if (ctx.xcom_pull("a.b.c.d.send").as_int() > 0)
      // CHECK-FIXES: if (ctx.xcom_pull("a.b.c.send").as_int() > 0)
      return "a.b.c.d.send";
    // CHECK-FIXES: return "a.b.c.send";
    return "a.b.c.d.skip";
    // CHECK-FIXES: return "a.b.c.skip";
  });
  route >> dag.get_task("a.b.c.d.send");
  // CHECK-FIXES: route >> dag.get_task("a.b.c.send");
  route >> d.child("skip").as_task();
  // CHECK-FIXES: route >> d.child("skip").as_task();
  return dag;
}
