// Ids built with fmt::format and std::to_string from constants and loop counters.
#include <taskgroup/taskgroup.hpp>
#include <fmt/format.h>
#include <string>

constexpr const char *kPrefix = "batch";

tg::Dag build() {
  tg::Dag dag{fmt::format("{}_dag", "fmt")};
  for (int i = 0; i < 3; ++i) {
    tg::TaskGroup g = dag.group(fmt::format("{}_{:02d}", kPrefix, i));
    g.task(fmt::format("step{}", i + 1), [] {});
    g.task("n" + std::to_string(i * i), [] {});
  }
  const std::string base = "tail";
  dag.empty(base + "_" + std::to_string(42));
  return dag;
}
int main(int argc, char **argv) { return tg::cli(build(), argc, argv); }
