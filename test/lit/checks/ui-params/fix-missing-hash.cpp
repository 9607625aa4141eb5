// RUN: %check_clang_tidy %s taskgroup-ui-params %t
// A valid colour with blanks around it, or 3 or 6 hex digits without their `#`, is not a CSS
// colour either; the fix-it edits the literal only, into the spelling the author meant. Case is
// kept: `#FFF` and `#fff` are the same colour.
#include <taskgroup/taskgroup.hpp>

tg::Dag build() {
  tg::Dag dag{"palette"};
  dag.group("a", {.tooltip = "Light blue", .ui_color = "e3f2fd", .ui_fgcolor = "#0d2b45"});
  // CHECK-FIXES: dag.group("a", {.tooltip = "Light blue", .ui_color = "#e3f2fd", .ui_fgcolor = "#0d2b45"});
  dag.group("b", {.ui_color = "FFF", .ui_fgcolor = " #1b4d1b "});
  // CHECK-FIXES: dag.group("b", {.ui_color = "#FFF", .ui_fgcolor = "#1b4d1b"});
  dag.group("c", {.ui_color = "\tAliceBlue"});
  // CHECK-FIXES: dag.group("c", {.ui_color = "AliceBlue"});
  dag.group("d", {.ui_color = " e3f2fd"});
  // CHECK-FIXES: dag.group("d", {.ui_color = "#e3f2fd"});
  dag.group("e", {.ui_color = "rgb(255, 248, 225) "});
  // CHECK-FIXES: dag.group("e", {.ui_color = "rgb(255, 248, 225)"});
  dag.group("f", {.ui_color = "e3f2f"}); // five digits: no guess
  // CHECK-FIXES: dag.group("f", {.ui_color = "e3f2f"}); // five digits: no guess
  return dag;
}
// CHECK-NOTES: :[[@LINE-14]]:56: warning: ui_color 'e3f2fd' of group 'a' is not a CSS colour: browsers ignore it and the graph view falls back to its own colour [taskgroup-ui-params]
// CHECK-NOTES: :[[@LINE-15]]:56: note: written as '#e3f2fd'
// CHECK-NOTES: :[[@LINE-14]]:31: warning: ui_color 'FFF' of group 'b' is not a CSS colour: browsers ignore it and the graph view falls back to its own colour [taskgroup-ui-params]
// CHECK-NOTES: :[[@LINE-15]]:31: note: written as '#FFF'
// CHECK-NOTES: :[[@LINE-16]]:52: warning: ui_fgcolor ' #1b4d1b ' of group 'b' is not a CSS colour: browsers ignore it and the graph view falls back to its own colour [taskgroup-ui-params]
// CHECK-NOTES: :[[@LINE-17]]:52: note: written as '#1b4d1b'
// CHECK-NOTES: :[[@LINE-16]]:31: warning: ui_color '\tAliceBlue' of group 'c' is not a CSS colour: browsers ignore it and the graph view falls back to its own colour [taskgroup-ui-params]
// CHECK-NOTES: :[[@LINE-17]]:31: note: written as 'AliceBlue'
// CHECK-NOTES: :[[@LINE-16]]:31: warning: ui_color ' e3f2fd' of group 'd' is not a CSS colour: browsers ignore it and the graph view falls back to its own colour [taskgroup-ui-params]
// CHECK-NOTES: :[[@LINE-17]]:31: note: written as '#e3f2fd'
// CHECK-NOTES: :[[@LINE-16]]:31: warning: ui_color 'rgb(255, 248, 225) ' of group 'e' is not a CSS colour: browsers ignore it and the graph view falls back to its own colour [taskgroup-ui-params]
// CHECK-NOTES: :[[@LINE-17]]:31: note: written as 'rgb(255, 248, 225)'
// CHECK-NOTES: :[[@LINE-16]]:31: warning: ui_color 'e3f2f' of group 'f' is not a CSS colour: browsers ignore it and the graph view falls back to its own colour [taskgroup-ui-params]
