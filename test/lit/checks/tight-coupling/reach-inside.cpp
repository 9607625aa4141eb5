// RUN: %check_clang_tidy %s taskgroup-tight-coupling %t
// Edges that start inside a group (not at one of its leaves) or end inside another group (not
// at one of its roots): no group edge is equivalent, so there is no fix-it.
#include <taskgroup/taskgroup.hpp>

tg::Dag build() {
  tg::Dag dag{"payments"};
  tg::TaskGroup ingest = dag.group("ingest");
  tg::Task fetch_tx = ingest.task("fetch_transactions", [] { return 1; });
  tg::Task fetch_refunds = ingest.task("fetch_refunds", [] { return 2; });
  tg::Task normalize = ingest.task("normalize", [] { return 3; });
  tg::Nodes{fetch_tx, fetch_refunds} >> normalize;

  tg::TaskGroup settlement = dag.group("settlement");
  tg::Task fees = settlement.task("compute_fees", [] { return 4; });
  tg::Task payout = settlement.task("payout", [] { return 5; });
  tg::Task reconcile = settlement.task("reconcile", [] { return 6; });
  fees >> payout >> reconcile;

  // Both ends inside.
  fetch_refunds >> payout;
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: task edge from 'ingest.fetch_refunds' to 'settlement.payout' reaches inside a group: 'ingest.fetch_refunds' is not a leaf of group 'ingest' and 'settlement.payout' is not a root of group 'settlement'; the groups can no longer be reordered or tested on their own; cannot be fixed automatically: no group edge is equivalent [taskgroup-tight-coupling]
  // CHECK-NOTES: :[[@LINE-15]]:36: note: the leaves of group 'ingest': 'ingest.normalize'
  // CHECK-NOTES: :[[@LINE-10]]:40: note: the roots of group 'settlement': 'settlement.compute_fees'

  // From the boundary of `ingest` into the middle of `settlement`, written the other way round.
  reconcile << normalize;
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: task edge from 'ingest.normalize' to 'settlement.reconcile' reaches inside a group: 'settlement.reconcile' is not a root of group 'settlement'; the groups can no longer be reordered or tested on their own; cannot be fixed automatically: no group edge is equivalent [taskgroup-tight-coupling]
  // CHECK-NOTES: :[[@LINE-15]]:40: note: the roots of group 'settlement': 'settlement.compute_fees'

  // A top-level task into the middle of a group reaches inside it too.
  tg::Task audit = dag.task("audit", [] { return 7; });
  audit >> reconcile;
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: task edge from 'audit' to 'settlement.reconcile' reaches inside a group: 'settlement.reconcile' is not a root of group 'settlement'; the groups can no longer be reordered or tested on their own; cannot be fixed automatically: no group edge is equivalent [taskgroup-tight-coupling]
  // CHECK-NOTES: :[[@LINE-21]]:40: note: the roots of group 'settlement': 'settlement.compute_fees'
  return dag;
}
