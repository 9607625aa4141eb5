// The fixture 63_05_01 (success) as it is: its two deliberate groups carry
// NOLINT(taskgroup-single-purpose) with a reason, so the check is silent.
// RUN: %check_clang_tidy %S/../../../../fixtures/63_05_01_empty_groups.cpp taskgroup-single-purpose %t -- -- -I%S/../../../../fixtures
//
// Without those comments (the CHECK lines below are appended to the stripped copy, so the
// fixture's line numbers hold): `ml_scoring`, the unused placeholder, is reported and its
// statement removed. `enrichment` stays silent: its tasks come from a loop over ENRICHERS, whose
// count is unknown, so the check cannot call it empty or single; the fixture wires it only when
// it has tasks.
// RUN: sed -e 's|// NOLINT(taskgroup-single-purpose).*$||' %S/../../../../fixtures/63_05_01_empty_groups.cpp > %t.stripped.cpp
// RUN: grep '^// CHECK' %s >> %t.stripped.cpp
// RUN: %check_clang_tidy %t.stripped.cpp taskgroup-single-purpose %t.stripped -- -- -I%S/../../../../fixtures
//
// MinChildren 0 is the project-wide way to allow empty placeholders: silent again.
// RUN: %check_clang_tidy -check-suffix=ZERO %t.stripped.cpp taskgroup-single-purpose %t.zero -- \
// RUN:   -config="{CheckOptions: {taskgroup-single-purpose.MinChildren: 0}}" -- -I%S/../../../../fixtures
// CHECK-MESSAGES: :55:13: warning: group 'ml_scoring' is empty: it runs nothing and only adds an empty box to the graph view [taskgroup-single-purpose]
// CHECK-FIXES: // id, colour and place in the UI stable; it is never wired into a dependency.
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: tg::TaskGroup publish = dag.group("publish", {.tooltip = "Load and announce"}, [](tg::TaskGroup &g) {
