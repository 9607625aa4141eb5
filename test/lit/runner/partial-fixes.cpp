// CHECK-FIXES lines match whole lines (as upstream's --match-full-lines): a
// correct but partial line fails.
// RUN: not %check_clang_tidy_stock %s modernize-use-nullptr %t | FileCheck --check-prefix=RUNNER %s
// RUNNER: {{^}}check_clang_tidy: front end 'stock', -std=c++20: FAIL: CHECK-FIXES and the fixed file do not match

int *null_pointer() { return 0; }
// CHECK-MESSAGES: :[[@LINE-1]]:30: warning: use nullptr [modernize-use-nullptr]
// CHECK-FIXES: return nullptr;
