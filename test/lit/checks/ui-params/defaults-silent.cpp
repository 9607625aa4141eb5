// RUN: %check_clang_tidy %s taskgroup-ui-params %t -- \
// RUN:   -config="{CheckOptions: {taskgroup-ui-params.MinContrast: 10}}"
// A group that sets neither colour keeps the library's defaults (CornflowerBlue fill, `#000`
// text, 7.06:1): the program chose nothing, so nothing is reported, even above that threshold.
// A group that sets one colour is checked against the other's default.
#include <taskgroup/taskgroup.hpp>

tg::Dag build() {
  tg::Dag dag{"defaults"};
  dag.group("plain");
  dag.group("tooltip_only", {.tooltip = "No colours"});
  dag.group("nested").group("inner", {.prefix_group_id = false});
  dag.group("fill_only", {.ui_color = "#f0f0f0"});
  dag.group("text_only", {.ui_fgcolor = "#333"});
  // CHECK-MESSAGES: :[[@LINE-1]]:41: warning: text colour '#333' on fill 'CornflowerBlue' of group 'text_only' has a contrast ratio of 4.24:1, below 10:1 (WCAG): the group's label is hard to read in the graph view [taskgroup-ui-params]
  return dag;
}
