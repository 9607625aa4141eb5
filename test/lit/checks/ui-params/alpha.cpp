// RUN: %check_clang_tidy %s taskgroup-ui-params %t
// Contrast is judged only between two known, opaque colours: a translucent fill or text shows
// whatever lies behind it, and `currentcolor` takes the page's colour. An opaque `#rrggbbaa` is
// judged like `#rrggbb`.
#include <taskgroup/taskgroup.hpp>

tg::Dag build() {
  tg::Dag dag{"palette"};
  dag.group("veil", {.ui_color = "rgba(255, 255, 255, 0.2)", .ui_fgcolor = "#eee"});
  dag.group("ghost_text", {.ui_color = "#fff", .ui_fgcolor = "#00000020"});
  dag.group("inherit", {.ui_color = "#fff", .ui_fgcolor = "currentcolor"});
  dag.group("clear", {.ui_color = "transparent", .ui_fgcolor = "#fefefe"});
  dag.group("opaque_alpha", {.ui_color = "#ffffffff", .ui_fgcolor = "#eeeeeeff"});
  return dag;
}
// CHECK-MESSAGES: :[[@LINE-3]]:69: warning: text colour '#eeeeeeff' on fill '#ffffffff' of group 'opaque_alpha' has a contrast ratio of 1.16:1, below 4.5:1 (WCAG): the group's label is hard to read in the graph view [taskgroup-ui-params]
