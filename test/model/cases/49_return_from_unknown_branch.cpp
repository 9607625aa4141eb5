// A value returned from inside an `if` or a `switch` whose condition is known only at run
// time: either arm's value can come back, so the model must not claim one of them (`{?}`),
// as it does for `?:`. With a constant argument the call is exact.
#include <taskgroup/taskgroup.hpp>
#include <cstdlib>
#include <string>

enum class Tier { standard, enterprise };

std::string color_for(Tier tier) {
  switch (tier) {
  case Tier::enterprise:
    return "#fde68a";
  case Tier::standard:
    return "#e0f2fe";
  }
  return "#ffffff";
}

std::string owner_for(bool prod) {
  if (prod)
    return "oncall";
  return "dev";
}

tg::Dag build() {
  tg::Dag dag{"unknown_return"};
  const bool prod = std::getenv("PROD") != nullptr;
  const Tier tier = prod ? Tier::enterprise : Tier::standard;
  dag.group("by_switch", {.ui_color = color_for(tier)});
  dag.group("by_if", {.tooltip = "owned by " + owner_for(prod)});
  dag.group("by_ternary", {.ui_color = prod ? "#fde68a" : "#e0f2fe"});
  dag.group("known", {.tooltip = "owned by " + owner_for(false), .ui_color = color_for(Tier::enterprise)});
  return dag;
}
int main(int argc, char **argv) { return tg::cli(build(), argc, argv); }
