// The fixture 63_05_02 (success) as it is: `validate` (future expansion) and `score_accounts`
// (a mapped fan-out) carry NOLINT(taskgroup-single-purpose) with a reason: silent.
// RUN: %check_clang_tidy %S/../../../../fixtures/63_05_02_single_task.cpp taskgroup-single-purpose %t -- -- -I%S/../../../../fixtures
//
// Without those comments (the CHECK lines below are appended to the stripped copy, so the
// fixture's line numbers hold): `validate` is reported, with no fix since it is used in a
// dependency; `score_accounts` holds a mapped task and is left alone by IgnoreMapped; the
// mapped group `per_region` has two tasks.
// RUN: sed -e 's|// NOLINT(taskgroup-single-purpose).*$||' %S/../../../../fixtures/63_05_02_single_task.cpp > %t.stripped.cpp
// RUN: grep '^// CHECK' %s >> %t.stripped.cpp
// RUN: %check_clang_tidy %t.stripped.cpp taskgroup-single-purpose %t.stripped -- -- -I%S/../../../../fixtures
//
// IgnoreMapped off: `score_accounts` is reported too.
// RUN: %check_clang_tidy -check-suffix=MAPPED %t.stripped.cpp taskgroup-single-purpose %t.mapped -- \
// RUN:   -config="{CheckOptions: {taskgroup-single-purpose.IgnoreMapped: false}}" -- -I%S/../../../../fixtures
//
// MinChildren 1 is the project-wide way to allow single-child groups: silent again.
// RUN: %check_clang_tidy -check-suffix=ONE %t.stripped.cpp taskgroup-single-purpose %t.one -- \
// RUN:   -config="{CheckOptions: {taskgroup-single-purpose.MinChildren: 1}}" -- -I%S/../../../../fixtures
// CHECK-MESSAGES: :39:38: warning: group 'validate' has a single child, task 'validate.schema': the group only lengthens the ids below it and adds a level to the graph view; cannot be fixed automatically: the group is used in a dependency at {{.*}}:74 [taskgroup-single-purpose]
// CHECK-MESSAGES-MAPPED: :39:38: warning: group 'validate' has a single child, task 'validate.schema': {{.*}}; cannot be fixed automatically: the group is used in a dependency at {{.*}}:74 [taskgroup-single-purpose]
// CHECK-MESSAGES-MAPPED: :46:44: warning: group 'score_accounts' has a single child, task 'score_accounts.score': {{.*}}; cannot be fixed automatically: the group is used in a dependency at {{.*}}:75 [taskgroup-single-purpose]
