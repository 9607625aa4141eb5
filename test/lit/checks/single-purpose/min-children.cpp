// RUN: %check_clang_tidy %s taskgroup-single-purpose %t
// RUN: %check_clang_tidy -check-suffix=THREE %s taskgroup-single-purpose %t -- \
// RUN:   -config="{CheckOptions: {taskgroup-single-purpose.MinChildren: 3}}"
// RUN: %check_clang_tidy -check-suffix=ONE %s taskgroup-single-purpose %t -- \
// RUN:   -config="{CheckOptions: {taskgroup-single-purpose.MinChildren: 1}}"
// RUN: %check_clang_tidy -check-suffix=ZERO %s taskgroup-single-purpose %t -- \
// RUN:   -config="{CheckOptions: {taskgroup-single-purpose.MinChildren: 0}}"
// MinChildren: 3 also reports a group of two; 1 allows single-child groups and still reports
// empty ones; 0 allows empty placeholders too. An empty group in a dependency is reported
// whatever MinChildren says.
#include <taskgroup/taskgroup.hpp>

tg::Dag build() {
  tg::Dag dag{"sizes"};
  tg::TaskGroup pair = dag.group("pair");
  // CHECK-MESSAGES-THREE: :[[@LINE-1]]:34: warning: group 'pair' has only 2 children, fewer than MinChildren (3): the group lengthens their ids and adds a level to the graph view [taskgroup-single-purpose]
  // CHECK-FIXES-THREE: tg::TaskGroup pair = dag.root();
  pair.task("left", [] { return 1; });
  pair.task("right", [] { return 2; });

  tg::TaskGroup trio = dag.group("trio");
  trio.task("a", [] { return 1; });
  trio.task("b", [] { return 2; });
  trio.task("c", [] { return 3; });

  tg::TaskGroup solo = dag.group("solo");
  // CHECK-MESSAGES: :[[@LINE-1]]:34: warning: group 'solo' has a single child, task 'solo.only': the group only lengthens the ids below it and adds a level to the graph view [taskgroup-single-purpose]
  // CHECK-MESSAGES-THREE: :[[@LINE-2]]:34: warning: group 'solo' has a single child, task 'solo.only': the group only lengthens the ids below it and adds a level to the graph view [taskgroup-single-purpose]
  // CHECK-FIXES: tg::TaskGroup solo = dag.root();
  // CHECK-FIXES-ONE: tg::TaskGroup solo = dag.group("solo");
  solo.task("only", [] { return 4; });

  dag.group("placeholder", {.tooltip = "Reserved"});
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: group 'placeholder' is empty: it runs nothing and only adds an empty box to the graph view [taskgroup-single-purpose]
  // CHECK-MESSAGES-THREE: :[[@LINE-2]]:13: warning: group 'placeholder' is empty: it runs nothing and only adds an empty box to the graph view [taskgroup-single-purpose]
  // CHECK-MESSAGES-ONE: :[[@LINE-3]]:13: warning: group 'placeholder' is empty: it runs nothing and only adds an empty box to the graph view [taskgroup-single-purpose]
  // CHECK-FIXES-ZERO: dag.group("placeholder", {.tooltip = "Reserved"});

  tg::TaskGroup hollow = dag.group("hollow");
  // CHECK-MESSAGES: :[[@LINE-1]]:36: warning: group 'hollow' is empty but used in a dependency: {{.*}} [taskgroup-single-purpose]
  // CHECK-MESSAGES-THREE: :[[@LINE-2]]:36: warning: group 'hollow' is empty but used in a dependency: {{.*}} [taskgroup-single-purpose]
  // CHECK-MESSAGES-ONE: :[[@LINE-3]]:36: warning: group 'hollow' is empty but used in a dependency: {{.*}} [taskgroup-single-purpose]
  // CHECK-MESSAGES-ZERO: :[[@LINE-4]]:36: warning: group 'hollow' is empty but used in a dependency: {{.*}} [taskgroup-single-purpose]
  trio >> hollow;
  return dag;
}
