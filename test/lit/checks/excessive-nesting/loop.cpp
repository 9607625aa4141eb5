// RUN: %check_clang_tidy %s taskgroup-excessive-nesting %t
// Nesting that grows by one level per loop iteration: one diagnostic at the one place that
// makes every level, with its origin, then a note for each deeper group; no fix.
#include <taskgroup/taskgroup.hpp>

#include <string>

tg::Dag build() {
  tg::Dag dag{"approvals"};
  tg::TaskGroup approvals = dag.group("approvals");
  tg::TaskGroup level = approvals;
  for (int tier = 1; tier <= 4; ++tier) {
    level = level.group("tier_" + std::to_string(tier));
    // CHECK-NOTES: :[[@LINE-1]]:13: warning: group 'approvals.tier_1.tier_2.tier_3' is nested 4 levels deep, more than 3 (approvals > tier_1 > tier_2 > tier_3); cannot be fixed automatically: the group is created in a loop [taskgroup-excessive-nesting]
    // CHECK-NOTES: :[[@LINE-2]]:13: note: group 'tier_3' is created inside 'approvals' > 'approvals.tier_1' > 'approvals.tier_1.tier_2'
    // CHECK-NOTES: :[[@LINE-4]]:3: note: in this loop
    // CHECK-NOTES: :[[@LINE-4]]:13: note: group 'approvals.tier_1.tier_2.tier_3.tier_4' is nested 5 levels deep
    level.task("review", [tier] { return tier * 10; });
  }
  return dag;
}
