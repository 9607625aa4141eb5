#include <pipeline/stages.hpp>

void add_load(tg::TaskGroup &parent) {
  tg::TaskGroup load = parent.group("load", {.ui_color = "#e3f2fd"});
  tg::Task stage = load.task("stage", [] { return 1; });
  tg::Task publish = load.task("publish", [] { return 2; });
  stage >> publish;
}
