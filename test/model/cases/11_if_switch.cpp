// if/switch on constants take one branch; a setup/teardown pair; a branch and a mapped task.
#include <taskgroup/taskgroup.hpp>

constexpr bool kWithAudit = true;
enum class Mode { fast, full };
constexpr Mode kMode = Mode::full;

tg::Dag build() {
  tg::Dag dag{"paths"};
  tg::Task s = dag.setup("create_cluster", [] {});
  tg::Task work = dag.task("work", [] {});
  tg::Task t = dag.teardown("delete_cluster", [] {}, s);
  s >> work >> t;
  if (kWithAudit)
    dag.task("audit", [] {});
  else
    dag.task("no_audit", [] {});
  switch (kMode) {
  case Mode::fast:
    dag.empty("fast");
    break;
  case Mode::full:
    dag.empty("full_a");
    dag.empty("full_b");
    break;
  }
  tg::Task pick = dag.branch("pick", [] { return std::string("full_a"); });
  tg::Task m = dag.task("mapped", [](tg::Context &) {}).expand({1, 2, 3});
  pick >> m;
  return dag;
}
int main(int argc, char **argv) { return tg::cli(build(), argc, argv); }
