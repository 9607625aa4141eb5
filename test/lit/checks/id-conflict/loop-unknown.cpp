// RUN: %check_clang_tidy %s taskgroup-id-conflict %t
// RUN: %check_clang_tidy -check-suffix=IGNORE %s taskgroup-id-conflict %t -- \
// RUN:   -config="{CheckOptions: {taskgroup-id-conflict.IgnoreConditional: true}}"
// A constant id in a loop whose count is only known at run time: two iterations collide, on the
// paths where the loop runs more than once ("when this path is taken"; silent with
// IgnoreConditional). An id built from the loop counter is not a conflict.
#include <taskgroup/taskgroup.hpp>

#include <cstdlib>
#include <string>

static int region_count() {
  const char *v = std::getenv("REGIONS");
  return v ? std::atoi(v) : 1;
}

tg::Dag build() {
  tg::Dag dag{"regions"};
  tg::TaskGroup sync = dag.group("sync");
  int n = region_count();
  for (int i = 0; i < n; ++i) {
    sync.task("refresh", [] { return 0; });
    // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: task id 'sync.refresh' is created on every iteration of a loop when this path is taken: the second iteration makes the runtime refuse the DAG (DuplicateTaskIdFound); cannot be fixed automatically: the id is created in a loop [taskgroup-id-conflict]
    // CHECK-FIXES: sync.task("refresh", [] { return 0; });
    sync.task("region_" + std::to_string(i), [] { return 1; });
  }
  return dag;
}
