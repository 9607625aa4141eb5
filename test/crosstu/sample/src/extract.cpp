#include <pipeline/stages.hpp>

tg::TaskGroup add_extract(tg::TaskGroup &parent, const std::string &source) {
  tg::TaskGroup extract = parent.group("extract_" + source, {.tooltip = "Pull " + source});
  tg::Task pull = extract.task("pull", [] { return 1; });
  tg::Task check = extract.task("check", [] { return 2; });
  pull >> check;
  return extract;
}
