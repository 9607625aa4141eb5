// RUN: %check_clang_tidy %s taskgroup-inconsistent-grouping %t -- \
// RUN:   -config="{CheckOptions: {taskgroup-inconsistent-grouping.IdStyle: kebab-case}}"
// IdStyle kebab-case: camelCase, snake_case and PascalCase ids are rewritten with dashes
// (acronyms stay one word); kebab-case ids and single words are left alone.
#include <taskgroup/taskgroup.hpp>

tg::Dag build() {
  tg::Dag dag{"kebab"};
  tg::TaskGroup ingest = dag.group("ingest");
  ingest.task("web-events", [] { return 1; });
  ingest.task("parseHTMLPages", [] { return 2; });
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: task id 'parseHTMLPages' is camelCase, but IdStyle requires kebab-case [taskgroup-inconsistent-grouping]
  // CHECK-FIXES: ingest.task("parse-html-pages", [] { return 2; });
  ingest.task("load_s3", [] { return 3; });
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: task id 'load_s3' is snake_case, but IdStyle requires kebab-case [taskgroup-inconsistent-grouping]
  // CHECK-FIXES: ingest.task("load-s3", [] { return 3; });
  ingest.task("CopyRows", [] { return 4; });
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: task id 'CopyRows' is PascalCase, but IdStyle requires kebab-case [taskgroup-inconsistent-grouping]
  // CHECK-FIXES: ingest.task("copy-rows", [] { return 4; });
  ingest.task("audit", [] { return 5; });
  return dag;
}
