// RUN: %check_clang_tidy %s taskgroup-ui-params %t
// A `tg::task_group` factory takes its colours from `tg::task_group(...)`, and `.override(...)`
// replaces them: each finding goes to the literal the group's colour comes from, once for all
// the groups made from it.
#include <taskgroup/taskgroup.hpp>

#include <string>

const auto ingest = tg::task_group(
    "ingest",
    [](tg::TaskGroup &g, std::string table) {
      g.task("extract", [table] { return table; });
      g.task("load", [] { return 1; });
    },
    {.tooltip = "Extract and load one table", .ui_color = "e8f7e4", .ui_fgcolor = "#1b4d1b"});
// CHECK-FIXES: {.tooltip = "Extract and load one table", .ui_color = "#e8f7e4", .ui_fgcolor = "#1b4d1b"});

tg::Dag build() {
  tg::Dag dag{"warehouse"};
  ingest(dag, "orders");
  ingest(dag, "users");
  ingest.override({.group_id = "products", .ui_fgcolor = " #2d1b4e"})(dag, "products");
  // CHECK-FIXES: ingest.override({.group_id = "products", .ui_fgcolor = "#2d1b4e"})(dag, "products");
  return dag;
}
// CHECK-MESSAGES: :[[@LINE-11]]:59: warning: ui_color 'e8f7e4' of group 'ingest' is not a CSS colour: browsers ignore it and the graph view falls back to its own colour [taskgroup-ui-params]
// CHECK-MESSAGES: :[[@LINE-5]]:58: warning: ui_fgcolor ' #2d1b4e' of group 'products' is not a CSS colour: browsers ignore it and the graph view falls back to its own colour [taskgroup-ui-params]
