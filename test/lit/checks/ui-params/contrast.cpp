// RUN: %check_clang_tidy %s taskgroup-ui-params %t
// Text on fill below 4.5:1 (WCAG 2.x AA for normal text). A group that sets one colour is
// compared with the library's default for the other (fill `CornflowerBlue`, text `#000`). The
// ratio is rounded down, so a failing ratio never prints as the threshold.
#include <taskgroup/taskgroup.hpp>

tg::Dag build() {
  tg::Dag dag{"palette"};
  dag.group("grey_on_grey", {.tooltip = "Both set", .ui_color = "#888", .ui_fgcolor = "#777"});
  dag.group("white_text", {.ui_fgcolor = "white"});
  dag.group("navy_fill", {.ui_color = "navy"});
  dag.group("almost", {.ui_color = "#ffffff", .ui_fgcolor = "#777777"});
  dag.group("passes", {.ui_color = "#ffffff", .ui_fgcolor = "#767676"});
  dag.group("dark_on_light", {.ui_color = "hsl(0 0% 95%)", .ui_fgcolor = "rgb(40 40 40)"});
  return dag;
}
// CHECK-NOTES: :[[@LINE-8]]:87: warning: text colour '#777' on fill '#888' of group 'grey_on_grey' has a contrast ratio of 1.26:1, below 4.5:1 (WCAG): the group's label is hard to read in the graph view [taskgroup-ui-params]
// CHECK-NOTES: :[[@LINE-9]]:65: note: fill colour set here
// CHECK-NOTES: :[[@LINE-9]]:42: warning: text colour 'white' on fill 'CornflowerBlue' of group 'white_text' has a contrast ratio of 2.97:1, below 4.5:1 (WCAG): the group's label is hard to read in the graph view [taskgroup-ui-params]
// CHECK-NOTES: :[[@LINE-10]]:13: note: ui_color is the library's default 'CornflowerBlue'
// CHECK-NOTES: :[[@LINE-10]]:39: warning: text colour '#000' on fill 'navy' of group 'navy_fill' has a contrast ratio of 1.31:1, below 4.5:1 (WCAG): the group's label is hard to read in the graph view [taskgroup-ui-params]
// CHECK-NOTES: :[[@LINE-11]]:13: note: ui_fgcolor is the library's default '#000'
// CHECK-NOTES: :[[@LINE-11]]:61: warning: text colour '#777777' on fill '#ffffff' of group 'almost' has a contrast ratio of 4.47:1, below 4.5:1 (WCAG): the group's label is hard to read in the graph view [taskgroup-ui-params]
// CHECK-NOTES: :[[@LINE-12]]:36: note: fill colour set here
