// A vector built from a constexpr array's range, then iterated; the specs are structs whose
// fields name the groups and set their colours.
#include <taskgroup/taskgroup.hpp>
#include <array>
#include <string>
#include <string_view>
#include <vector>

struct Spec {
  std::string_view name;
  std::string_view color;
};
constexpr std::array<Spec, 2> kSpecs{{{"orders", "#e8f7e4"}, {"refunds", "#fde68a"}}};

struct Options {
  std::string fg = "#333";
  int retries = 0;
};

tg::Dag build() {
  tg::Dag dag{"from_range"};
  const std::vector<Spec> specs(kSpecs.begin(), kSpecs.end());
  const Options options{.retries = 2};
  for (const Spec &spec : specs)
    dag.group(std::string(spec.name), {.ui_color = std::string(spec.color), .ui_fgcolor = options.fg})
        .empty("load");
  return dag;
}
int main(int argc, char **argv) { return tg::cli(build(), argc, argv); }
