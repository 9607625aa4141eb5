// -expect-clang-tidy-error: clang-tidy must fail; its errors are messages too.
// RUN: %check_clang_tidy_stock -expect-clang-tidy-error %s modernize-use-nullptr %t

int *null_pointer() { return 0; }
// CHECK-MESSAGES: :[[@LINE-1]]:30: warning: use nullptr [modernize-use-nullptr]

int broken() { return undeclared; }
// CHECK-MESSAGES: :[[@LINE-1]]:23: error: use of undeclared identifier 'undeclared' [clang-diagnostic-error]
