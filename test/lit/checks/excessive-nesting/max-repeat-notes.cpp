// RUN: %check_clang_tidy %s taskgroup-excessive-nesting %t
// RUN: %check_clang_tidy -check-suffix=TWO %s taskgroup-excessive-nesting %t -- \
// RUN:   -config="{CheckOptions: {taskgroup-excessive-nesting.MaxRepeatNotes: 2}}"
// RUN: %check_clang_tidy -check-suffix=NONE %s taskgroup-excessive-nesting %t -- \
// RUN:   -config="{CheckOptions: {taskgroup-excessive-nesting.MaxRepeatNotes: 0}}"
// One place makes five groups too deep: the first is the warning, and at most MaxRepeatNotes
// of the others get a note of their own; one note counts the rest.
#include <taskgroup/taskgroup.hpp>

#include <string>

tg::Dag build() {
  tg::Dag dag{"approvals"};
  tg::TaskGroup level = dag.group("approvals");
  for (int tier = 1; tier <= 7; ++tier) {
    level = level.group("t" + std::to_string(tier));
    // CHECK-NOTES: :[[@LINE-1]]:13: warning: group 'approvals.t1.t2.t3' is nested 4 levels deep, more than 3 (approvals > t1 > t2 > t3); cannot be fixed automatically: the group is created in a loop [taskgroup-excessive-nesting]
    // CHECK-NOTES: :[[@LINE-2]]:13: note: group 't3' is created inside 'approvals' > 'approvals.t1' > 'approvals.t1.t2'
    // CHECK-NOTES: :[[@LINE-4]]:3: note: in this loop
    // CHECK-NOTES: :[[@LINE-4]]:13: note: group 'approvals.t1.t2.t3.t4' is nested 5 levels deep
    // CHECK-NOTES: :[[@LINE-5]]:13: note: group 'approvals.t1.t2.t3.t4.t5' is nested 6 levels deep
    // CHECK-NOTES: :[[@LINE-6]]:13: note: group 'approvals.t1.t2.t3.t4.t5.t6' is nested 7 levels deep
    // CHECK-NOTES: :[[@LINE-7]]:13: note: group 'approvals.t1.t2.t3.t4.t5.t6.t7' is nested 8 levels deep
    // CHECK-NOTES-TWO: :[[@LINE-8]]:13: warning: group 'approvals.t1.t2.t3' is nested 4 levels deep, more than 3 (approvals > t1 > t2 > t3); cannot be fixed automatically: the group is created in a loop [taskgroup-excessive-nesting]
    // CHECK-NOTES-TWO: :[[@LINE-9]]:13: note: group 't3' is created inside 'approvals' > 'approvals.t1' > 'approvals.t1.t2'
    // CHECK-NOTES-TWO: :[[@LINE-11]]:3: note: in this loop
    // CHECK-NOTES-TWO: :[[@LINE-11]]:13: note: group 'approvals.t1.t2.t3.t4' is nested 5 levels deep
    // CHECK-NOTES-TWO: :[[@LINE-12]]:13: note: group 'approvals.t1.t2.t3.t4.t5' is nested 6 levels deep
    // CHECK-NOTES-TWO: :[[@LINE-13]]:13: note: and 2 more findings like these at this place
    // CHECK-NOTES-NONE: :[[@LINE-14]]:13: warning: group 'approvals.t1.t2.t3' is nested 4 levels deep, more than 3 (approvals > t1 > t2 > t3); cannot be fixed automatically: the group is created in a loop [taskgroup-excessive-nesting]
    // CHECK-NOTES-NONE: :[[@LINE-15]]:13: note: group 't3' is created inside 'approvals' > 'approvals.t1' > 'approvals.t1.t2'
    // CHECK-NOTES-NONE: :[[@LINE-17]]:3: note: in this loop
    // CHECK-NOTES-NONE: :[[@LINE-17]]:13: note: and 4 more findings like this at this place
    level.task("review", [tier] { return tier * 10; });
  }
  return dag;
}
