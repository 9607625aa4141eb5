// The runner fails when a CHECK-MESSAGES line does not match.
// RUN: not %check_clang_tidy_stock %s modernize-use-nullptr %t | FileCheck --check-prefix=RUNNER %s
// RUNNER: {{^}}check_clang_tidy: front end 'stock', -std=c++20: FAIL: CHECK-MESSAGES and clang-tidy's output do not match

int *null_pointer() { return 0; }
// CHECK-MESSAGES: :[[@LINE-1]]:30: warning: use NULL [modernize-use-nullptr]
// CHECK-FIXES: int *null_pointer() { return nullptr; }
