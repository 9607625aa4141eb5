// -std=c++20-or-later runs the test once per standard from C++20 on; the
// summary names the front end and the standard of each run.
// RUN: %check_clang_tidy_stock -std=c++20-or-later %s modernize-use-nullptr %t \
// RUN:   | FileCheck --check-prefix=SUMMARY %s
// SUMMARY: {{^}}check_clang_tidy: front end 'stock', -std=c++20: PASS
// SUMMARY-NEXT: {{^}}check_clang_tidy: front end 'stock', -std=c++23: PASS
// SUMMARY-NEXT: {{^}}check_clang_tidy: front end 'stock', -std=c++26: PASS
// SUMMARY-EMPTY:

int *null_pointer() { return 0; }
// CHECK-MESSAGES: :[[@LINE-1]]:30: warning: use nullptr [modernize-use-nullptr]
// CHECK-FIXES: int *null_pointer() { return nullptr; }
