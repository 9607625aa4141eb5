// RUN: %check_clang_tidy %s taskgroup-single-purpose %t
// A `tg::task_group` factory called in a loop, each group holding one task: one warning at the
// factory's id for the three groups, with the call and the loop; no fix (flattening would put
// three `upload` tasks in one namespace).
#include <taskgroup/taskgroup.hpp>

#include <array>
#include <string>
#include <string_view>

constexpr std::array<std::string_view, 3> kTables{"contacts", "deals", "activities"};

const auto export_table = tg::task_group(
    "export",
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: groups 'export', 'export__1' and 'export__2' each have a single child, task 'upload': each group only lengthens the ids below it and adds a level to the graph view; cannot be fixed automatically: the group is created in a loop [taskgroup-single-purpose]
    // CHECK-NOTES: :[[@LINE+3]]:54: note: its only child, task 'export.upload', is created here
    // CHECK-NOTES: :[[@LINE+10]]:30: note: group 'export' is made by this call of the tg::task_group factory
    // CHECK-NOTES: :[[@LINE+8]]:3: note: in this loop
    [](tg::TaskGroup &g, std::string table) { g.task("upload", [table] { return table.size(); }); },
    {.tooltip = "Export one table"});

tg::Dag build() {
  tg::Dag dag{"crm_export"};
  tg::Task load = dag.task("load", [] { return 1; });
  tg::Task done = dag.empty("done");
  for (std::string_view table : kTables) {
    tg::TaskGroup exported = export_table(dag, std::string(table));
    load >> exported >> done;
  }
  return dag;
}
