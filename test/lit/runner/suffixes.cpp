// -check-suffix(es) select CHECK-*-<SUFFIX> prefixes, as upstream.
// RUN: %check_clang_tidy_stock -check-suffix=NULLPTR %s modernize-use-nullptr %t
// RUN: %check_clang_tidy_stock -check-suffix=BRACES %s readability-braces-around-statements %t
// RUN: %check_clang_tidy_stock -check-suffixes=NULLPTR,BRACES %s \
// RUN:   modernize-use-nullptr,readability-braces-around-statements %t

int *null_pointer() { return 0; }
// CHECK-MESSAGES-NULLPTR: :[[@LINE-1]]:30: warning: use nullptr [modernize-use-nullptr]
// CHECK-FIXES-NULLPTR: int *null_pointer() { return nullptr; }

void call(bool b) {
  if (b) null_pointer();
  // CHECK-MESSAGES-BRACES: :[[@LINE-1]]:9: warning: statement should be inside braces [readability-braces-around-statements]
  // CHECK-FIXES-BRACES: if (b) { null_pointer();
}
