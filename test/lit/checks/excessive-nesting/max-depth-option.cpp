// RUN: %check_clang_tidy %s taskgroup-excessive-nesting %t
// RUN: %check_clang_tidy -check-suffix=TWO %s taskgroup-excessive-nesting %t -- \
// RUN:   -config="{CheckOptions: {taskgroup-excessive-nesting.MaxDepth: 2}}"
// Depth 3 is within the default limit; with MaxDepth 2 the third level is reported and
// flattened.
#include <taskgroup/taskgroup.hpp>

tg::Dag build() {
  tg::Dag dag{"etl"};
  tg::TaskGroup a = dag.group("extract");
  tg::TaskGroup b = a.group("sources");
  tg::TaskGroup c = b.group("crm");
  // CHECK-MESSAGES-TWO: :[[@LINE-1]]:29: warning: group 'extract.sources.crm' is nested 3 levels deep, more than 2 (extract > sources > crm) [taskgroup-excessive-nesting]
  // CHECK-FIXES-TWO: tg::TaskGroup c = b;
  // CHECK-FIXES: tg::TaskGroup c = b.group("crm");
  c.task("contacts", [] { return 1; });
  c.task("deals", [] { return 2; });
  b.task("files", [] { return 3; });
  return dag;
}
