// RUN: %check_clang_tidy %s taskgroup-ui-params %t
// Every spelling CSS accepts stays silent: named colours in any case, 3/4/6/8-digit hex in any
// case, rgb()/rgba()/hsl()/hsla() in the legacy and the modern syntax (angles, percentages,
// `none`, alpha), `transparent` and `currentcolor`, system colours and the other colour
// functions (not computed). The text colours keep the contrast high.
#include <taskgroup/taskgroup.hpp>

tg::Dag build() {
  tg::Dag dag{"palette"};
  dag.group("a", {.ui_color = "cornflowerblue"});
  dag.group("b", {.ui_color = "ALICEBLUE", .ui_fgcolor = "MidnightBlue"});
  dag.group("c", {.ui_color = "#FFF", .ui_fgcolor = "#1B4D1B"});
  dag.group("d", {.ui_color = "#ffff", .ui_fgcolor = "#000000ff"});
  dag.group("e", {.ui_color = "rgb(255, 255, 255)", .ui_fgcolor = "rgba(0,0,0,1)"});
  dag.group("f", {.ui_color = "rgb(100% 100% 100%)", .ui_fgcolor = "rgb(0 0 0 / 100%)"});
  dag.group("g", {.ui_color = "hsl(210 40% 96%)", .ui_fgcolor = "hsl(210deg 80% 15%)"});
  dag.group("h", {.ui_color = "hsla(0.5turn, 100%, 97%, 1)", .ui_fgcolor = "HSL(none 0% 0%)"});
  dag.group("i", {.ui_color = "transparent", .ui_fgcolor = "currentColor"});
  dag.group("j", {.ui_color = "RebeccaPurple", .ui_fgcolor = "white"});
  dag.group("k", {.ui_color = "rgb(+255 2.55e2 .5e3)", .ui_fgcolor = "Black"});
  dag.group("l", {.ui_color = "hsl(3.14159rad 50% 95%)", .ui_fgcolor = "#222"});
  dag.group("m", {.ui_color = "Canvas", .ui_fgcolor = "CanvasText"});
  dag.group("n", {.ui_color = "oklch(0.95 0.02 250)", .ui_fgcolor = "hwb(0 0% 100%)"});
  dag.group("o", {.ui_color = "color-mix(in srgb, white 90%, navy)", .ui_fgcolor = "#000"});
  return dag;
}
