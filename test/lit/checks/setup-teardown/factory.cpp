// RUN: %check_clang_tidy %s taskgroup-setup-teardown %t
// A TG_GROUP_FACTORY and a tg::task_group that pair their setups inside the group they build
// are silent, and so is a factory nobody calls; a task_group called twice that forgets its teardown reports each call's setup.
#include <taskgroup/taskgroup.hpp>

#include <string>

namespace {
TG_GROUP_FACTORY tg::TaskGroup add_scratch(tg::TaskGroup parent, const std::string &id) {
  tg::TaskGroup g = parent.group(id);
  tg::Task scratch = g.setup("create_scratch", [] { return 1; });
  g.task("fill", [] { return 2; });
  g.teardown("drop_scratch", [] {}, scratch);
  return g;
}

// Nobody calls it: the caller may tear the setup down, so its setup is not reported.
TG_GROUP_FACTORY tg::Task add_port(tg::TaskGroup parent) {
  return parent.setup("open_port", [] { return 5; });
}
} // namespace

tg::Dag build() {
  tg::Dag dag{"factories"};
  add_scratch(dag.root(), "staging");
  add_scratch(dag.root(), "archive");
  const auto leaky = tg::task_group("leaky", [](tg::TaskGroup &g) {
    g.setup("open_port", [] { return 3; });
    // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: setup 'leaky.open_port' is never torn down: no teardown task is directly downstream of it, so the resource it creates is not released; create one with teardown(id, fn, setup) [taskgroup-setup-teardown]
    // CHECK-MESSAGES: :[[@LINE-2]]:13: warning: setup 'leaky__1.open_port' is never torn down: no teardown task is directly downstream of it, so the resource it creates is not released; create one with teardown(id, fn, setup) [taskgroup-setup-teardown]
    g.task("serve", [] { return 4; });
  });
  leaky(dag);
  leaky(dag);
  return dag;
}
