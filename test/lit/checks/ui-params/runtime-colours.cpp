// RUN: %check_clang_tidy %s taskgroup-ui-params %t
// Colours known only at run time are not judged. A colour the analysis knows but that is not a
// literal at the group's creation (returned by a helper here) is reported at the group's id,
// without a fix.
#include <taskgroup/taskgroup.hpp>

#include <cstdlib>
#include <string>

tg::GroupOptions lane_style(std::string fill) { return {.ui_color = fill, .ui_fgcolor = "#123"}; }

tg::Dag build() {
  tg::Dag dag{"palette"};
  const char *fill = std::getenv("LANE_FILL");
  dag.group("from_env", {.ui_color = fill ? fill : "nope", .ui_fgcolor = "#777"});
  dag.group("from_helper", lane_style("eef"));
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: ui_color 'eef' of group 'from_helper' is not a CSS colour: browsers ignore it and the graph view falls back to its own colour; cannot be fixed automatically: the colour is not a string literal written at the group's creation [taskgroup-ui-params]
  return dag;
}
