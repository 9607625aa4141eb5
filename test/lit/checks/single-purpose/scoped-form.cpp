// RUN: %check_clang_tidy %s taskgroup-single-purpose %t
// The scoped form under a group: `p.group("clean", {...}, BODY);` becomes `BODY(p);`.
#include <taskgroup/taskgroup.hpp>

tg::Dag build() {
  tg::Dag dag{"scoped"};
  tg::TaskGroup prep = dag.group("prep");
  prep.task("fetch", [] { return 5; });
  prep.group("clean", {.tooltip = "One step"}, [](tg::TaskGroup &c) { c.task("trim", [] { return 1; }); });
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: group 'prep.clean' has a single child, task 'prep.clean.trim': the group only lengthens the ids below it and adds a level to the graph view [taskgroup-single-purpose]
  // CHECK-NOTES: :[[@LINE-2]]:78: note: its only child, task 'prep.clean.trim', is created here
  // CHECK-NOTES: :[[@LINE-3]]:14: note: flattened into 'prep' and 1 string reference updated
  // CHECK-NOTES: :[[@LINE-4]]:3: note: group 'clean' is created inside 'prep'
  // CHECK-FIXES: [](tg::TaskGroup &c) { c.task("trim", [] { return 1; }); }(prep);
  dag.task("use", [](tg::Context &ctx) {
    return ctx.xcom_pull("prep.clean.trim").as_int();
    // CHECK-FIXES: return ctx.xcom_pull("prep.trim").as_int();
  });
  return dag;
}
