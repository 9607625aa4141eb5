// The fixed file must compile: renaming fooBar to foo_bar collides with the
// existing foo_bar. -no-fix-roundtrip skips the check.
// RUN: not %check_clang_tidy_stock %s readability-identifier-naming %t -- \
// RUN:   -config="{CheckOptions: {readability-identifier-naming.VariableCase: lower_case}}" \
// RUN:   | FileCheck --check-prefix=RUNNER %s
// RUN: %check_clang_tidy_stock -no-fix-roundtrip %s readability-identifier-naming %t -- \
// RUN:   -config="{CheckOptions: {readability-identifier-naming.VariableCase: lower_case}}"
// RUNNER: {{^.*}}fix-does-not-compile.cpp.tmp.stock.cpp:{{[0-9]+}}:7: error: redefinition of 'foo_bar'
// RUNNER: {{^}}check_clang_tidy: front end 'stock', -std=c++20: FAIL: the fixed file does not compile

int sum() {
  int fooBar = 1;
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: invalid case style for variable 'fooBar' [readability-identifier-naming]
  // CHECK-FIXES: int foo_bar = 1;
  int foo_bar = 2;
  return fooBar + foo_bar;
  // CHECK-FIXES: return foo_bar + foo_bar;
}
