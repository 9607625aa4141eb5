// -strict-whitespace-fixes: a CHECK-FIXES line is the whole fixed line, indentation
// included (the text right after the colon), so a fix that leaves the wrong indentation
// fails. Without the flag, leading whitespace is ignored, as upstream.
// RUN: %check_clang_tidy_stock -strict-whitespace-fixes %s modernize-use-nullptr %t
// RUN: %check_clang_tidy_stock -check-suffix=LOOSE %s modernize-use-nullptr %t
// RUN: not %check_clang_tidy_stock -strict-whitespace-fixes -check-suffix=LOOSE %s \
// RUN:   modernize-use-nullptr %t | FileCheck --check-prefix=RUNNER %s
// RUNNER: {{^}}check_clang_tidy: front end 'stock', -std=c++20: FAIL: CHECK-FIXES and the fixed file do not match

int *null_pointer() {
    return 0;
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: use nullptr [modernize-use-nullptr]
  // CHECK-MESSAGES-LOOSE: :[[@LINE-2]]:12: warning: use nullptr [modernize-use-nullptr]
  // CHECK-FIXES:    return nullptr;
  // CHECK-FIXES-LOOSE: return nullptr;
}
