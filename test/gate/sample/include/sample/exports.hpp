// A factory shared by several translation units: its finding is reported once.
#pragma once

#include <taskgroup/taskgroup.hpp>

#include <string>

TG_GROUP_FACTORY inline tg::TaskGroup add_export(const tg::TaskGroup &parent, const std::string &table) {
  tg::TaskGroup exports = parent.group("export");
  exports.task("export_" + table, [] { return 1; });
  exports.task("upload files", [] { return 2; });
  return exports;
}
