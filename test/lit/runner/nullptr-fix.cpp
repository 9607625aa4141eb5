// A passing test: CHECK-MESSAGES and CHECK-FIXES through the stock front end.
// RUN: %check_clang_tidy_stock %s modernize-use-nullptr %t

int *null_pointer() {
  return 0;
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: use nullptr [modernize-use-nullptr]
  // CHECK-FIXES: return nullptr;
}

void pointers() {
  int *p = 0, *q = nullptr;
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: use nullptr [modernize-use-nullptr]
  // CHECK-FIXES: int *p = nullptr, *q = nullptr;
  int i = 0;
  (void)p, (void)q, (void)i;
}
