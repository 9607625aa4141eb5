// RUN: %check_clang_tidy %s taskgroup-tight-coupling %t
// A raw pointer copied into tasks of two groups shares its pointee. A pointer to const, a
// function pointer, and pointers used by tasks of one group only are not reported.
#include <taskgroup/taskgroup.hpp>

#include <cstdint>

namespace {
std::int64_t counter = 0;
const std::int64_t limit = 10;
std::int64_t twice(std::int64_t v) { return 2 * v; }
} // namespace

tg::Dag build() {
  tg::Dag dag{"counters"};
  std::int64_t *hits = &counter;
  // CHECK-NOTES: :[[@LINE-1]]:17: warning: the object 'hits' points to is shared through copies of the pointer by tasks of 2 groups ('extract' and 'load'): hidden state shared between groups, so their results depend on the order the executor runs them and no group can be tested or rerun on its own [taskgroup-tight-coupling]
  const std::int64_t *cap = &limit;
  std::int64_t (*scale)(std::int64_t) = twice;
  std::int64_t *local_only = &counter;

  tg::TaskGroup extract = dag.group("extract");
  extract.task("read", [hits, cap, scale, local_only] { return ++*hits + *cap + scale(*local_only); });
  // CHECK-NOTES: :[[@LINE-1]]:25: note: pointer copied into task 'extract.read'
  extract.task("count", [local_only] { return *local_only; });
  tg::TaskGroup load = dag.group("load");
  load.task("write", [hits, cap, scale] { return scale(*hits) + *cap; });
  // CHECK-NOTES: :[[@LINE-1]]:23: note: pointer copied into task 'load.write'
  return dag;
}
