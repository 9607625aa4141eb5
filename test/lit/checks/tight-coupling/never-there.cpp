// RUN: %check_clang_tidy %s taskgroup-tight-coupling %t
// A pull of a task that always runs later: the value is never there, and the group edge that
// would order them the other way round closes a cycle.
#include <taskgroup/taskgroup.hpp>

tg::Dag build() {
  tg::Dag dag{"payments"};
  tg::TaskGroup ingest = dag.group("ingest");
  tg::Task fetch = ingest.task("fetch_transactions", [](tg::Context &ctx) {
    const tg::Value cursor = ctx.xcom_pull("settlement.reconcile", "cursor");
    // CHECK-NOTES: :[[@LINE-1]]:44: warning: task 'ingest.fetch_transactions' pulls the XCom of 'settlement.reconcile', which always runs after it: the value is never there; cannot be fixed automatically: an edge from group 'settlement' to group 'ingest' would close a cycle [taskgroup-tight-coupling]
    // CHECK-NOTES: :[[@LINE+8]]:40: note: task 'settlement.reconcile' runs after 'ingest.fetch_transactions': ingest.fetch_transactions -> ingest.normalize -> settlement.compute_fees -> settlement.reconcile
    return cursor.is_int() ? cursor.as_int() : 0;
  });
  tg::Task normalize = ingest.task("normalize", [] { return 1; });
  fetch >> normalize;

  tg::TaskGroup settlement = dag.group("settlement");
  tg::Task fees = settlement.task("compute_fees", [] { return 2; });
  tg::Task reconcile = settlement.task("reconcile", [](tg::Context &ctx) {
    ctx.xcom_push("cursor", 100);
    return true;
  });
  fees >> reconcile;
  ingest >> settlement;
  return dag;
}
