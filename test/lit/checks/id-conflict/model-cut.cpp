// RUN: %check_clang_tidy %s taskgroup-id-conflict %t

#include <taskgroup/taskgroup.hpp>

// A factory that nests itself without end: the model follows it down to the recursion bound
// (--max-recursion) and says where it stops, since a conflict further down would go unseen.
void nest(tg::TaskGroup &parent, int depth) {
  tg::TaskGroup child = parent.group("level");
  child.task("work", [] { return 1; });
  nest(child, depth + 1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: DAG 'deep' is modelled only in part: nest is not followed: it recurses past the recursion limit, so what it creates is not modelled (--max-recursion); id conflicts past this point are not found [taskgroup-id-conflict]
}

tg::Dag deep() {
  tg::Dag dag{"deep"};
  tg::TaskGroup root = dag.root();
  nest(root, 0);
  return dag;
}

// Within the bounds nothing is cut, and nothing is said.
void twice(tg::TaskGroup &parent, int depth) {
  tg::TaskGroup child = parent.group("level");
  if (depth < 2)
    twice(child, depth + 1);
}

tg::Dag shallow() {
  tg::Dag dag{"shallow"};
  tg::TaskGroup root = dag.root();
  twice(root, 0);
  return dag;
}

// A function that builds a DAG of its own and calls itself before it does: past the recursion
// bound no DAG is handed to the cut call, so the cut is the translation unit's.
tg::Dag countdown(int n) {
  if (n > 0)
    return countdown(n - 1);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: the translation unit is modelled only in part: countdown is not followed: it recurses past the recursion limit, so what it creates is not modelled (--max-recursion); id conflicts past this point are not found [taskgroup-id-conflict]
  tg::Dag dag{"countdown"};
  dag.empty("done");
  return dag;
}

// A recursive helper that builds no DAG is cut as well, but nothing is lost: nothing is said.
int depth_of(int n) { return n > 0 ? 1 + depth_of(n - 1) : 0; }

tg::Dag counted() {
  tg::Dag dag{"counted"};
  dag.empty("d" + std::to_string(depth_of(3)));
  return dag;
}
