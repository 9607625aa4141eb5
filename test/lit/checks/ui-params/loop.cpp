// RUN: %check_clang_tidy %s taskgroup-ui-params %t
// One literal used by every group a loop makes: one warning and one fix, with a note at the
// loop; the nested group's chain is shown.
#include <taskgroup/taskgroup.hpp>

#include <string>

tg::Dag build() {
  tg::Dag dag{"regions"};
  tg::TaskGroup regions = dag.group("regions", {.tooltip = "One lane per region"});
  for (const char *region : {"eu", "us", "apac"})
    regions.group(std::string(region), {.ui_color = "f3e5f5", .ui_fgcolor = "#4a148c"});
  // CHECK-FIXES: regions.group(std::string(region), {.ui_color = "#f3e5f5", .ui_fgcolor = "#4a148c"});
  return dag;
}
// CHECK-NOTES: :[[@LINE-4]]:53: warning: ui_color 'f3e5f5' of group 'regions.eu' is not a CSS colour: browsers ignore it and the graph view falls back to its own colour [taskgroup-ui-params]
// CHECK-NOTES: :[[@LINE-5]]:53: note: written as '#f3e5f5'
// CHECK-NOTES: :[[@LINE-6]]:5: note: group 'eu' is created inside 'regions'
// CHECK-NOTES: :[[@LINE-8]]:3: note: in this loop
