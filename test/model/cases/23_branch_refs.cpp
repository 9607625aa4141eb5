// Strings returned by a branch callable refer to tasks and groups.
#include <taskgroup/taskgroup.hpp>
#include <cstdlib>
#include <string>
#include <vector>
static bool flag(const char *n) { return std::getenv(n) != nullptr; }
static int count() { const char *v = std::getenv("N"); return v ? std::atoi(v) : 1; }

tg::Dag build() {
  tg::Dag dag{"branch_refs"};
  tg::Task pick = dag.branch("pick", [](tg::Context &ctx) -> std::vector<std::string> {
    if (ctx.params().contains("fast"))
      return {"fast"};
    return {"slow.step", "slow"};
  });
  tg::Task fast = dag.empty("fast");
  tg::TaskGroup slow = dag.group("slow");
  slow.empty("step");
  pick >> fast;
  pick >> slow;
  return dag;
}
int main(int argc, char **argv) { return tg::cli(build(), argc, argv); }
