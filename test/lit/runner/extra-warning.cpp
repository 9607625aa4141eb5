// The runner fails on a warning that no CHECK-MESSAGES line expects.
// RUN: not %check_clang_tidy_stock %s modernize-use-nullptr %t | FileCheck --check-prefix=RUNNER %s
// RUNNER: {{^}}check_clang_tidy: front end 'stock', -std=c++20: FAIL: CHECK-MESSAGES and clang-tidy's output do not match

int *null_pointer() { return 0; }
// CHECK-MESSAGES: :[[@LINE-1]]:30: warning: use nullptr [modernize-use-nullptr]
// CHECK-FIXES: int *null_pointer() { return nullptr; }

int *another_null_pointer() { return 0; }
