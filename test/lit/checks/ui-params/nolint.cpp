// RUN: %check_clang_tidy %s taskgroup-ui-params %t
// The three suppression comments (on the line of the literal, on the line before it, and a
// region) silence the warning and its fix; a suppression for another check does not.
#include <taskgroup/taskgroup.hpp>

tg::Dag build() {
  tg::Dag dag{"palette"};
  dag.group("a", {.ui_color = "e3f2fd"}); // NOLINT(taskgroup-ui-params)
  // CHECK-FIXES: dag.group("a", {.ui_color = "e3f2fd"}); // NOLINT(taskgroup-ui-params)
  // NOLINTNEXTLINE(taskgroup-ui-params)
  dag.group("b", {.ui_color = "#888", .ui_fgcolor = "#777"});
  // NOLINTBEGIN(taskgroup-ui-params)
  dag.group("c", {.ui_color = "grey50"});
  // NOLINTEND(taskgroup-ui-params)
  dag.group("d", {.ui_color = "fff"}); // NOLINT(taskgroup-id-misuse)
  // CHECK-MESSAGES: :[[@LINE-1]]:31: warning: ui_color 'fff' of group 'd' is not a CSS colour: browsers ignore it and the graph view falls back to its own colour [taskgroup-ui-params]
  // CHECK-FIXES: dag.group("d", {.ui_color = "#fff"}); // NOLINT(taskgroup-id-misuse)
  return dag;
}
