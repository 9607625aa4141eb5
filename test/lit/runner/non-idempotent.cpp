// The fixes must be idempotent: here the first run only simplifies the inner
// comparison, and a second run finds more to fix. -no-fix-roundtrip skips the check.
// RUN: not %check_clang_tidy_stock %s readability-simplify-boolean-expr %t \
// RUN:   | FileCheck --check-prefix=RUNNER %s
// RUN: %check_clang_tidy_stock -no-fix-roundtrip %s readability-simplify-boolean-expr %t
// RUNNER: {{^}}check_clang_tidy: front end 'stock', -std=c++20: FAIL: the fixes are not idempotent: clang-tidy -fix changed the fixed file again

bool twice_true(bool a) { return (a == true) == true; }
// CHECK-MESSAGES: :[[@LINE-1]]:{{[0-9]+}}: warning: redundant boolean literal supplied to boolean operator [readability-simplify-boolean-expr]
// CHECK-FIXES: bool twice_true(bool a) { return (a) == true; }
