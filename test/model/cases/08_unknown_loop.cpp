// A loop whose count comes from the environment: its nodes are dynamic patterns.
#include <taskgroup/taskgroup.hpp>
#include <cstdlib>
#include <string>

int region_count() {
  const char *v = std::getenv("REGIONS");
  return v ? std::atoi(v) : 1;
}

tg::Dag build() {
  tg::Dag dag{"unknown"};
  tg::Task start = dag.empty("start");
  int n = region_count();
  for (int i = 0; i < n; ++i) {
    tg::TaskGroup g = dag.group("region_" + std::to_string(i));
    tg::Task t = g.task("sync", [] {});
    start >> t;
  }
  return dag;
}
int main(int argc, char **argv) { return tg::cli(build(), argc, argv); }
