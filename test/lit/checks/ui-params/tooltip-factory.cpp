// RUN: %check_clang_tidy %s taskgroup-ui-params %t -- \
// RUN:   -config="{CheckOptions: {taskgroup-ui-params.CheckMissingTooltip: true}}"
// Factories nobody calls are analysed on their own. One that takes the DAG creates top-level
// groups, and a group without a tooltip is reported there. One that takes a parent group is
// analysed under a stand-in for the caller's group. That stand-in is not a group of any DAG and
// is not reported, and neither are the groups the factory creates inside it.
#include <taskgroup/taskgroup.hpp>

#include <string>

TG_GROUP_FACTORY tg::TaskGroup add_stage(tg::Dag &dag, const std::string &id) {
  tg::TaskGroup g = dag.group(id);
  g.task("run", [] { return 1; });
  return g;
}
// CHECK-MESSAGES: :[[@LINE-4]]:21: warning: top-level group '{?}' has no tooltip: the collapsed group in the graph view does not say what it holds [taskgroup-ui-params]

TG_GROUP_FACTORY tg::TaskGroup add_checks(tg::TaskGroup &parent) {
  tg::TaskGroup g = parent.group("checks");
  g.task("count", [] { return 2; });
  return g;
}
