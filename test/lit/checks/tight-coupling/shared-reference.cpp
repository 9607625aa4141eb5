// RUN: %check_clang_tidy %s taskgroup-tight-coupling %t
// One mutable object captured by reference by tasks of two groups and a top-level task; a
// default capture `[&]` counts too. A const object and a copy are not shared state.
#include <taskgroup/taskgroup.hpp>

#include <cstdint>

struct RunStats {
  std::int64_t rows_seen = 0;
  std::int64_t flagged = 0;
};

tg::Dag build() {
  tg::Dag dag{"payments"};
  RunStats stats;
  // CHECK-NOTES: :[[@LINE-1]]:12: warning: mutable object 'stats' is captured by reference by tasks of 3 groups ('fraud', 'settlement' and the DAG's top level): hidden state shared between groups, so their results depend on the order the executor runs them and no group can be tested or rerun on its own [taskgroup-tight-coupling]
  const RunStats limits{100, 10};
  RunStats snapshot;

  tg::TaskGroup fraud = dag.group("fraud");
  fraud.task("score_model", [&stats, &limits, snapshot] {
    // CHECK-NOTES: :[[@LINE-1]]:31: note: captured by reference by task 'fraud.score_model'
    stats.flagged += 7;
    return stats.flagged + limits.flagged + snapshot.flagged;
  });
  fraud.task("review", [&stats] { return stats.flagged; });
  // CHECK-NOTES: :[[@LINE-1]]:26: note: captured by reference by task 'fraud.review'
  tg::TaskGroup settlement = dag.group("settlement");
  settlement.task("compute_fees", [&] { return stats.rows_seen / 50 + limits.rows_seen; });
  // CHECK-NOTES: :[[@LINE-1]]:48: note: captured by reference by task 'settlement.compute_fees'
  dag.task("close_day", [&stats] { return stats.flagged; });
  // CHECK-NOTES: :[[@LINE-1]]:27: note: captured by reference by task 'close_day'
  settlement.task("copy", [&snapshot] { return snapshot.flagged; }); // one group only
  return dag;
}
