// RUN: %check_clang_tidy %s taskgroup-ui-params %t
// RUN: %check_clang_tidy -check-suffix=TOOLTIP %s taskgroup-ui-params %t -- \
// RUN:   -config="{CheckOptions: {taskgroup-ui-params.CheckMissingTooltip: true}}"
// With `CheckMissingTooltip`, a top-level group without a tooltip is reported: collapsed, it is
// one box with nothing to say what it holds. Nested groups, groups with a tooltip (also one
// known only at run time) and a factory group with a tooltip are not. Off by default.
#include <taskgroup/taskgroup.hpp>

#include <cstdlib>
#include <string>

const auto ingest = tg::task_group(
    "ingest", [](tg::TaskGroup &g) { g.task("load", [] { return 1; }); },
    {.tooltip = "Load the raw tables"});

tg::Dag build() {
  tg::Dag dag{"tooltips"};
  tg::TaskGroup extract = dag.group("extract");
  // CHECK-MESSAGES-TOOLTIP: :[[@LINE-1]]:37: warning: top-level group 'extract' has no tooltip: the collapsed group in the graph view does not say what it holds [taskgroup-ui-params]
  extract.group("details");
  dag.group("transform", {.tooltip = "Join and score"});
  const char *owner = std::getenv("OWNER");
  dag.group("publish", {.tooltip = std::string("Owned by ") + (owner ? owner : "nobody")});
  dag.group("report", {.tooltip = ""});
  // CHECK-MESSAGES-TOOLTIP: :[[@LINE-1]]:13: warning: top-level group 'report' has no tooltip: the collapsed group in the graph view does not say what it holds [taskgroup-ui-params]
  ingest(dag);
  return dag;
}
