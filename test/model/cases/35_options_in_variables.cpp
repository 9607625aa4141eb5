// Group options held in variables: a reused options object adjusted per iteration through
// member assignment, options moved into a helper, a user options struct whose fields keep
// their default member initializers, and a string an opaque call writes through a reference.
#include <taskgroup/taskgroup.hpp>
#include <sstream>
#include <string>
#include <utility>

struct Style {
  std::string color = "#e8f7e4";
  std::string text = "#1b4d1b";
  int retries = 0;
};

tg::TaskGroup styled(tg::Dag &dag, const std::string &id, tg::GroupOptions options) {
  return dag.group(id, std::move(options));
}

tg::Dag build() {
  tg::Dag dag{"options_vars"};
  tg::GroupOptions opts{.ui_color = "#eef"};
  for (int q = 1; q <= 2; ++q) {
    opts.tooltip = "Quarter " + std::to_string(q);
    dag.group("q" + std::to_string(q), opts).empty("close");
  }
  Style style{.retries = 2};
  tg::GroupOptions from_style;
  from_style.ui_color = style.color;
  from_style.ui_fgcolor = style.text;
  styled(dag, "styled", std::move(from_style)).empty("t");
  std::string word;
  std::istringstream in("read at run time");
  in >> word;
  std::getline(in, word);
  dag.empty("fixed");
  return dag;
}
int main(int argc, char **argv) { return tg::cli(build(), argc, argv); }
