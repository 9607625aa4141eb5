// The removal takes whole lines and leaves the next statement's indentation alone: the
// CHECK-FIXES lines give the whole line, indentation included.
// RUN: %check_clang_tidy -strict-whitespace-fixes %s taskgroup-single-purpose %t
// An empty group nobody uses: the statement that creates it is removed, whether its value is
// discarded or held by a variable that is never read.
#include <taskgroup/taskgroup.hpp>

tg::Dag build() {
  tg::Dag dag{"crm_sync"};
  // CHECK-NOTES: :[[@LINE+3]]:13: warning: group 'archive' is empty: it runs nothing and only adds an empty box to the graph view [taskgroup-single-purpose]
  // CHECK-NOTES: :[[@LINE+2]]:13: note: removed the statement that creates it
  // Reserved "for later", never filled, never used.
  dag.group("archive", {.tooltip = "TODO: cold storage"});
  tg::Task load = dag.task("load", [] { return 1; });
  // CHECK-FIXES:  // Reserved "for later", never filled, never used.
  // CHECK-FIXES-NEXT:  tg::Task load = dag.task("load", [] { return 1; });
  // CHECK-NOTES: :[[@LINE+3]]:35: warning: group 'spare' is empty: it runs nothing and only adds an empty box to the graph view [taskgroup-single-purpose]
  // CHECK-NOTES: :[[@LINE+2]]:35: note: removed the statement that creates it
  // The spare handle is never read.
  tg::TaskGroup spare = dag.group("spare");
  load >> dag.empty("done");
  // CHECK-FIXES:  // The spare handle is never read.
  // CHECK-FIXES-NEXT:  load >> dag.empty("done");
  return dag;
}
