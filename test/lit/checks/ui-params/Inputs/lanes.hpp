// A shared lane factory: its colour literal lives in this header.
#pragma once

#include <taskgroup/taskgroup.hpp>

#include <string>

TG_GROUP_FACTORY inline tg::TaskGroup add_lane(tg::Dag &dag, const std::string &id) {
  return dag.group(id, {.tooltip = "A lane", .ui_color = "e3f2fd", .ui_fgcolor = "#0d2b45"});
}
