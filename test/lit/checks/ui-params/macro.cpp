// RUN: %check_clang_tidy %s taskgroup-ui-params %t
// A colour spelled in a macro is reported at the group's id, without a fix: editing the macro
// would change every other use of it.
#include <taskgroup/taskgroup.hpp>

#define LANE_FILL "e3f2fd"
#define LANE_TEXT "#0d2b45"

tg::Dag build() {
  tg::Dag dag{"palette"};
  dag.group("ingest", {.ui_color = LANE_FILL, .ui_fgcolor = LANE_TEXT});
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: ui_color 'e3f2fd' of group 'ingest' is not a CSS colour: browsers ignore it and the graph view falls back to its own colour; cannot be fixed automatically: the colour is spelled in a macro [taskgroup-ui-params]
  // CHECK-FIXES: #define LANE_FILL "e3f2fd"
  return dag;
}
