// clang-tidy arguments go after the first --, compile flags after the second.
// RUN: %check_clang_tidy_stock %s readability-braces-around-statements %t -- \
// RUN:   -config="{CheckOptions: {readability-braces-around-statements.ShortStatementLines: 2}}" \
// RUN:   -- -DBODY_LINES=2

void call(bool b);

void short_body(bool b) {
  if (b) call(b);
}

#if BODY_LINES == 2
void long_body(bool b) {
  if (b)
    call(
        b);
  // CHECK-MESSAGES: :[[@LINE-3]]:9: warning: statement should be inside braces [readability-braces-around-statements]
  // CHECK-FIXES: if (b) {
  // CHECK-FIXES-NEXT: call(
  // CHECK-FIXES-NEXT: b);
  // CHECK-FIXES-NEXT: }
}
#endif
