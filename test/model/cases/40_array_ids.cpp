// Range-for over a constexpr std::array of ids (string_view and const char *) and over an
// initializer list of string literals (`auto` deduces const char *).
#include <taskgroup/taskgroup.hpp>
#include <array>
#include <string>
#include <string_view>

constexpr std::array<std::string_view, 3> kSources{"crm", "erp", "web"};
constexpr std::array kSinks{"lake", "mart"};

tg::Dag build() {
  tg::Dag dag{"array_ids"};
  tg::TaskGroup extract = dag.group("extract");
  for (std::string_view source : kSources)
    extract.task("pull_" + std::string(source), [] {});
  tg::TaskGroup load = dag.group("load");
  for (const char *sink : kSinks)
    load.group(sink).empty("write");
  for (auto id : {"check", "notify"})
    dag.empty(id);
  for (std::size_t i = 0; i < kSources.size(); ++i)
    dag.empty(std::string(kSources[i]) + "_done");
  extract >> load >> dag.get_task("check");
  return dag;
}
int main(int argc, char **argv) { return tg::cli(build(), argc, argv); }
