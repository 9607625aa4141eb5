// Every front end runs, and the summary says which one failed;
// TASKGROUP_TIDY_FRONT_ENDS restricts the front ends to run (`env -u` makes
// these lines independent of the variable in lit's own environment).
// RUN: env -u TASKGROUP_TIDY_FRONT_ENDS not %check_clang_tidy_runner --front-end=stock=%clang_tidy --front-end=broken=false \
// RUN:   %s modernize-use-nullptr %t | FileCheck --check-prefix=BOTH %s
// BOTH: {{^}}check_clang_tidy: front end 'stock', -std=c++20: PASS
// BOTH-NEXT: {{^}}check_clang_tidy: front end 'broken', -std=c++20: FAIL: clang-tidy failed with exit status 1
//
// RUN: env TASKGROUP_TIDY_FRONT_ENDS=stock %check_clang_tidy_runner --front-end=stock=%clang_tidy \
// RUN:   --front-end=broken=false %s modernize-use-nullptr %t | FileCheck --check-prefix=STOCK %s
// STOCK: {{^}}check_clang_tidy: front end 'stock', -std=c++20: PASS
// STOCK-NOT: {{^}}check_clang_tidy: front end 'broken'
//
// RUN: env TASKGROUP_TIDY_FRONT_ENDS=plugin not %check_clang_tidy_runner \
// RUN:   --front-end=stock=%clang_tidy %s modernize-use-nullptr %t | FileCheck --check-prefix=UNKNOWN %s
// UNKNOWN: {{^}}check_clang_tidy: error: TASKGROUP_TIDY_FRONT_ENDS names plugin, but this test offers only stock
//
// RUN: env -u TASKGROUP_TIDY_FRONT_ENDS not %check_clang_tidy_runner %s modernize-use-nullptr %t | FileCheck --check-prefix=NONE %s
// NONE: {{^}}check_clang_tidy: error: no front end given

int *null_pointer() { return 0; }
// CHECK-MESSAGES: :[[@LINE-1]]:30: warning: use nullptr [modernize-use-nullptr]
// CHECK-FIXES: int *null_pointer() { return nullptr; }
