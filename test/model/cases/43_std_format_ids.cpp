// Ids built with std::format from constants and loop counters.
// libstdc++ 12 (this project's Debian 12 toolchain) has no <format>: there the case declares
// std::format itself, which is enough for the analyzer (it never runs the program). The
// expected model was produced by running the program with TG_FORMAT_FROM_FMT (fmt's format,
// same format specs).
#include <taskgroup/taskgroup.hpp>
#include <string>
#if __has_include(<format>)
#include <format>
#elif defined(TG_FORMAT_FROM_FMT)
#include <fmt/format.h>
namespace std {
using fmt::format;
}
#else
namespace std {
template <class... Args> string format(const char *fmt, const Args &...args);
}
#endif

constexpr int kShards = 3;
constexpr const char *kTable = "events";

tg::Dag build() {
  tg::Dag dag{std::format("{}_{}", "std", "format")};
  tg::TaskGroup load = dag.group(std::format("load_{}", kTable));
  for (int i = 0; i < kShards; ++i)
    load.task(std::format("shard_{:03d}", i), [] {});
  dag.empty(std::format("{1}_{0}", "last", "check"));
  dag.empty(std::format("n{}", kShards * 10 + 2));
  return dag;
}
int main(int argc, char **argv) { return tg::cli(build(), argc, argv); }
