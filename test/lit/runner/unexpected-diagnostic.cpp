// A test without CHECK-MESSAGES/CHECK-NOTES lines fails on any warning.
// RUN: not %check_clang_tidy_stock %s modernize-use-nullptr %t | FileCheck --check-prefix=RUNNER %s
// RUNNER: {{^}}check_clang_tidy: front end 'stock', -std=c++20: FAIL: the test has no CHECK-MESSAGES or CHECK-NOTES lines, so it expects no diagnostics, but clang-tidy reported the ones above

int *almost_silent() { return 0; }
