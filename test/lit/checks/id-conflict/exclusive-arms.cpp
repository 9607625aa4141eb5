// RUN: %check_clang_tidy %s taskgroup-id-conflict %t
// The same ids on the two arms of an if/else under an unknown condition: only one arm runs, so
// the nodes never exist together. Near miss: nothing is reported.
#include <taskgroup/taskgroup.hpp>

#include <cstdlib>

tg::Dag build() {
  tg::Dag dag{"exclusive"};
  tg::Task start = dag.empty("start");
  if (std::getenv("FULL_REPORT") != nullptr) {
    tg::TaskGroup report = dag.group("report");
    start >> report.task("render", [] { return 1; });
  } else {
    tg::TaskGroup report = dag.group("report");
    start >> report.empty("render");
  }
  bool quick = std::getenv("QUICK") != nullptr;
  tg::Task finish = quick ? dag.empty("finish") : dag.task("finish", [] { return 2; });
  start >> finish;
  return dag;
}
