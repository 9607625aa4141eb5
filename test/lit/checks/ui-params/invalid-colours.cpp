// RUN: %check_clang_tidy %s taskgroup-ui-params %t
// Spellings that are not CSS colours and that no safe edit repairs: a hex colour with 5 digits,
// an X11 name CSS does not have, a non-hex digit, a functional form with two arguments, a blank
// before the parenthesis, legacy `rgb()` mixing numbers and percentages, an angle unit `hsl()`
// does not know, an empty string. Each is reported at its literal, without a fix.
#include <taskgroup/taskgroup.hpp>

tg::Dag build() {
  tg::Dag dag{"palette"};
  dag.group("a", {.ui_color = "#ff00f"});
  dag.group("b", {.ui_color = "grey50"});
  dag.group("c", {.ui_fgcolor = "#ggg"});
  dag.group("d", {.ui_color = "rgb(255 0)"});
  dag.group("e", {.ui_color = "rgb (255, 0, 0)"});
  dag.group("f", {.ui_color = "rgb(100%, 0, 0)"});
  dag.group("g", {.ui_color = "hsl(120px 50% 50%)"});
  dag.group("h", {.ui_fgcolor = ""});
  dag.group("i", {.ui_color = "light blue"});
  return dag;
}
// CHECK-MESSAGES: :[[@LINE-11]]:31: warning: ui_color '#ff00f' of group 'a' is not a CSS colour: browsers ignore it and the graph view falls back to its own colour [taskgroup-ui-params]
// CHECK-MESSAGES: :[[@LINE-11]]:31: warning: ui_color 'grey50' of group 'b' is not a CSS colour: browsers ignore it and the graph view falls back to its own colour [taskgroup-ui-params]
// CHECK-MESSAGES: :[[@LINE-11]]:33: warning: ui_fgcolor '#ggg' of group 'c' is not a CSS colour: browsers ignore it and the graph view falls back to its own colour [taskgroup-ui-params]
// CHECK-MESSAGES: :[[@LINE-11]]:31: warning: ui_color 'rgb(255 0)' of group 'd' is not a CSS colour: browsers ignore it and the graph view falls back to its own colour [taskgroup-ui-params]
// CHECK-MESSAGES: :[[@LINE-11]]:31: warning: ui_color 'rgb (255, 0, 0)' of group 'e' is not a CSS colour: browsers ignore it and the graph view falls back to its own colour [taskgroup-ui-params]
// CHECK-MESSAGES: :[[@LINE-11]]:31: warning: ui_color 'rgb(100%, 0, 0)' of group 'f' is not a CSS colour: browsers ignore it and the graph view falls back to its own colour [taskgroup-ui-params]
// CHECK-MESSAGES: :[[@LINE-11]]:31: warning: ui_color 'hsl(120px 50% 50%)' of group 'g' is not a CSS colour: browsers ignore it and the graph view falls back to its own colour [taskgroup-ui-params]
// CHECK-MESSAGES: :[[@LINE-11]]:33: warning: ui_fgcolor '' of group 'h' is not a CSS colour: browsers ignore it and the graph view falls back to its own colour [taskgroup-ui-params]
// CHECK-MESSAGES: :[[@LINE-11]]:31: warning: ui_color 'light blue' of group 'i' is not a CSS colour: browsers ignore it and the graph view falls back to its own colour [taskgroup-ui-params]
