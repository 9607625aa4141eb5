// RUN: %check_clang_tidy %s taskgroup-tight-coupling %t
// A counter local to a factory is one object per call: two calls share nothing. One call that
// hands its counter to tasks of two groups does share it.
#include <taskgroup/taskgroup.hpp>

#include <cstdint>
#include <memory>

void add_region(tg::Dag &dag, const char *name) {
  auto seen = std::make_shared<std::int64_t>(0);
  tg::TaskGroup region = dag.group(name);
  region.task("count", [seen] { return ++*seen; });
}

void add_pair(tg::Dag &dag) {
  auto seen = std::make_shared<std::int64_t>(0);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: the object 'seen' points to is shared through copies of the pointer by tasks of 2 groups ('left' and 'right'): hidden state shared between groups, so their results depend on the order the executor runs them and no group can be tested or rerun on its own [taskgroup-tight-coupling]
  dag.group("left").task("count", [seen] { return ++*seen; });
  dag.group("right").task("count", [seen] { return *seen; });
}

tg::Dag build() {
  tg::Dag dag{"regions"};
  add_region(dag, "emea");
  add_region(dag, "apac");
  add_pair(dag);
  return dag;
}
