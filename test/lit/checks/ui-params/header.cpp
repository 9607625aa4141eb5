// RUN: %check_clang_tidy %s taskgroup-ui-params %t -- -- -I%S/Inputs
// A colour spelled in a header that other translation units share is not edited: the warning
// goes to the group's id at the call site in the main file, and says why there is no fix.
#include "lanes.hpp"

tg::Dag build() {
  tg::Dag dag{"lanes"};
  add_lane(dag, "ingest");
  return dag;
}
// CHECK-MESSAGES: :[[@LINE-3]]:17: warning: ui_color 'e3f2fd' of group 'ingest' is not a CSS colour: browsers ignore it and the graph view falls back to its own colour; cannot be fixed automatically: the colour is spelled in a header [taskgroup-ui-params]
