// CHECK-NOTES checks warnings and notes (the "FIX-IT applied" notes aside).
// RUN: %check_clang_tidy_stock %s bugprone-argument-comment %t

void take(int count, int size);

void call() {
  take(/*size=*/1, 2);
  // CHECK-NOTES: :[[@LINE-1]]:8: warning: argument name 'size' in comment does not match parameter name 'count' [bugprone-argument-comment]
  // CHECK-NOTES: :[[@LINE-5]]:15: note: 'count' declared here
}
