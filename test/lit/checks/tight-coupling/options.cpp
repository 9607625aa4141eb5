// RUN: %check_clang_tidy -check-suffix=DEFAULT %s taskgroup-tight-coupling %t
// RUN: %check_clang_tidy -check-suffix=TWO %s taskgroup-tight-coupling %t -- \
// RUN:   -config="{CheckOptions: {taskgroup-tight-coupling.MinTaskEdges: 2, taskgroup-tight-coupling.CheckSharedState: false, taskgroup-tight-coupling.CheckHiddenDependencies: false}}"
// MinTaskEdges: 2 leaves a single task edge equal to the group edge alone but still reports
// two; CheckSharedState and CheckHiddenDependencies turn the other findings off.
#include <taskgroup/taskgroup.hpp>

#include <cstdint>

tg::Dag build() {
  tg::Dag dag{"options"};
  std::int64_t total = 0;
  // CHECK-MESSAGES-DEFAULT: :[[@LINE-1]]:16: warning: mutable object 'total' is captured by reference by tasks of 2 groups ('a' and 'b'): hidden state shared between groups, so their results depend on the order the executor runs them and no group can be tested or rerun on its own [taskgroup-tight-coupling]
  tg::TaskGroup a = dag.group("a");
  tg::Task a1 = a.task("a1", [&total] { return total += 1; });
  tg::Task a2 = a.task("a2", [] { return 2; });
  tg::TaskGroup b = dag.group("b");
  tg::Task b1 = b.task("b1", [&total] { return total; });
  tg::TaskGroup d = dag.group("d");
  d.task("d1", [] { return 4; });
  tg::TaskGroup c = dag.group("c");
  tg::Task c1 = c.task("c1", [](tg::Context &ctx) { return ctx.xcom_pull("d.d1").as_int(); });
  // CHECK-MESSAGES-DEFAULT: :[[@LINE-1]]:74: warning: task 'c.c1' pulls the XCom of 'd.d1' but does not depend on it: a hidden dependency, the value is there only when the executor happens to run 'd.d1' first [taskgroup-tight-coupling]
  tg::Nodes{a1, a2} >> b1;
  // CHECK-MESSAGES-DEFAULT: :[[@LINE-1]]:3: warning: 2 task edges from group 'a' to group 'b' are exactly the group edge from 'a' to 'b' (every leaf of 'a' to every root of 'b'): write 'a >> b' so that the groups depend on each other's boundary, not on their tasks [taskgroup-tight-coupling]
  // CHECK-MESSAGES-TWO: :[[@LINE-2]]:3: warning: 2 task edges from group 'a' to group 'b' are exactly the group edge from 'a' to 'b' (every leaf of 'a' to every root of 'b'): write 'a >> b' so that the groups depend on each other's boundary, not on their tasks [taskgroup-tight-coupling]
  // CHECK-FIXES-DEFAULT: a >> b;
  // CHECK-FIXES-TWO: a >> b;
  b1 >> c1;
  // CHECK-MESSAGES-DEFAULT: :[[@LINE-1]]:3: warning: task edge from 'b.b1' to 'c.c1' is exactly the group edge from 'b' to 'c' (every leaf of 'b' to every root of 'c'): write 'b >> c' so that the groups depend on each other's boundary, not on their tasks [taskgroup-tight-coupling]
  // CHECK-FIXES-DEFAULT: b >> c;
  // CHECK-FIXES-DEFAULT-NEXT: d >> c;
  // CHECK-FIXES-TWO: b1 >> c1;
  return dag;
}
