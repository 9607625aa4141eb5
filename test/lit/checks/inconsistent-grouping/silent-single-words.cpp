// RUN: %check_clang_tidy %s taskgroup-inconsistent-grouping %t
// Near miss: single lowercase words fit every style and are not counted, so the one camelCase
// id has no counted siblings to disagree with.
#include <taskgroup/taskgroup.hpp>

tg::Dag build() {
  tg::Dag dag{"etl"};
  tg::TaskGroup steps = dag.group("steps");
  steps.task("extract", [] { return 1; });
  steps.task("transform", [] { return 2; });
  steps.task("load", [] { return 3; });
  steps.task("audit", [] { return 4; });
  steps.task("notify", [] { return 5; });
  steps.task("loadAll", [] { return 6; });
  return dag;
}
