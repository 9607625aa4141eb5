// Near misses: a test without CHECK-MESSAGES/CHECK-NOTES lines asserts that
// clang-tidy reports nothing.
// RUN: %check_clang_tidy_stock %s modernize-use-nullptr %t

int *already_null() { return nullptr; }

void integers() {
  int zero = 0;
  long also_zero = 0L;
  (void)zero, (void)also_zero;
}
