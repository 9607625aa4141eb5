// RUN: %check_clang_tidy %s taskgroup-ui-params %t
// RUN: %check_clang_tidy -check-suffix=AAA %s taskgroup-ui-params %t -- \
// RUN:   -config="{CheckOptions: {taskgroup-ui-params.MinContrast: 7}}"
// `MinContrast` sets the threshold: 7 is WCAG's AAA level. A 4.77:1 pair passes the default 4.5
// and fails 7. The library's defaults (7.06:1) pass both.
#include <taskgroup/taskgroup.hpp>

tg::Dag build() {
  tg::Dag dag{"palette"};
  dag.group("teal", {.ui_color = "#ffffff", .ui_fgcolor = "#008080"});
  // CHECK-MESSAGES-AAA: :[[@LINE-1]]:59: warning: text colour '#008080' on fill '#ffffff' of group 'teal' has a contrast ratio of 4.77:1, below 7:1 (WCAG): the group's label is hard to read in the graph view [taskgroup-ui-params]
  dag.group("plain");
  dag.group("explicit_defaults", {.ui_color = "CornflowerBlue", .ui_fgcolor = "#000"});
  return dag;
}
