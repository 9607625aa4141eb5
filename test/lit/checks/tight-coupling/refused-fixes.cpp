// RUN: %check_clang_tidy %s taskgroup-tight-coupling %t
// Task edges equal to a group edge, where the group edge cannot replace the statement: the
// statement adds other edges too, a group has no handle variable, the statement is in a loop.
#include <taskgroup/taskgroup.hpp>

tg::Dag build() {
  tg::Dag dag{"refused"};
  tg::TaskGroup a = dag.group("a");
  tg::Task a1 = a.task("a1", [] { return 1; });
  tg::TaskGroup b = dag.group("b");
  tg::Task b1 = b.task("b1", [] { return 2; });
  tg::Task b2 = b.task("b2", [] { return 3; });
  b1 >> b2;
  tg::Task after = dag.task("after", [] { return 4; });

  a1 >> b1 >> after;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task edge from 'a.a1' to 'b.b1' is exactly the group edge from 'a' to 'b' (every leaf of 'a' to every root of 'b'): write 'a >> b' so that the groups depend on each other's boundary, not on their tasks; cannot be fixed automatically: the statement also adds other edges [taskgroup-tight-coupling]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: task edge from 'b.b1' to 'after' reaches inside a group: 'b.b1' is not a leaf of group 'b'; the groups can no longer be reordered or tested on their own; cannot be fixed automatically: no group edge is equivalent [taskgroup-tight-coupling]

  tg::Task c1 = dag.group("c").task("c1", [] { return 5; });
  b2 >> c1;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task edge from 'b.b2' to 'c.c1' is exactly the group edge from 'b' to 'c' (every leaf of 'b' to every root of 'c'): write 'b >> c' so that the groups depend on each other's boundary, not on their tasks; cannot be fixed automatically: group 'c' has no handle variable [taskgroup-tight-coupling]

  tg::TaskGroup d = dag.group("d");
  tg::Task d1 = d.task("d1", [] { return 6; });
  for (int pass = 0; pass < 2; ++pass)
    c1 >> d1;
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: task edge from 'c.c1' to 'd.d1' is exactly the group edge from 'c' to 'd' (every leaf of 'c' to every root of 'd'): write 'c >> d' so that the groups depend on each other's boundary, not on their tasks; cannot be fixed automatically: the statement is in a loop [taskgroup-tight-coupling]
  return dag;
}
