// Range-for over a constexpr array, a std::array of structs and an initializer list.
#include <taskgroup/taskgroup.hpp>
#include <array>
#include <string_view>

struct Region {
  const char *name;
  int replicas;
};
constexpr const char *kTables[] = {"orders", "users", "items"};
constexpr std::array<Region, 2> kRegions{{{"eu", 1}, {"us", 2}}};

tg::Dag build() {
  tg::Dag dag{"ranges"};
  tg::TaskGroup tables = dag.group("tables");
  for (const char *t : kTables)
    tables.task(std::string("load_") + t, [] {});
  for (const auto &r : kRegions) {
    tg::TaskGroup g = dag.group(r.name);
    for (int i = 0; i < r.replicas; ++i)
      g.task("replica_" + std::to_string(i), [] {});
  }
  for (std::string_view step : {"check", "publish"})
    dag.empty(std::string(step));
  return dag;
}
int main(int argc, char **argv) { return tg::cli(build(), argc, argv); }
