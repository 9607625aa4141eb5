// RUN: %check_clang_tidy %s taskgroup-ui-params %t
// The colour can sit in a local options variable: the fix edits the literal in its initializer.
// When the variable is changed before the group is made, the initializer no longer holds the
// value the group gets: the warning goes to the group's id, without a fix.
#include <taskgroup/taskgroup.hpp>

tg::Dag build() {
  tg::Dag dag{"palette"};
  tg::GroupOptions light{.tooltip = "Light lane", .ui_color = "fff8e1", .ui_fgcolor = "#4e342e"};
  // CHECK-FIXES: tg::GroupOptions light{.tooltip = "Light lane", .ui_color = "#fff8e1", .ui_fgcolor = "#4e342e"};
  dag.group("publish", light);

  tg::GroupOptions changed{.ui_color = "#e3f2fd"};
  changed.ui_color = "e3f2fd";
  // CHECK-FIXES: changed.ui_color = "e3f2fd";
  dag.group("archive", changed);
  return dag;
}
// CHECK-MESSAGES: :[[@LINE-10]]:63: warning: ui_color 'fff8e1' of group 'publish' is not a CSS colour: browsers ignore it and the graph view falls back to its own colour [taskgroup-ui-params]
// CHECK-MESSAGES: :[[@LINE-4]]:13: warning: ui_color 'e3f2fd' of group 'archive' is not a CSS colour: browsers ignore it and the graph view falls back to its own colour; cannot be fixed automatically: the colour is not a string literal written at the group's creation [taskgroup-ui-params]
