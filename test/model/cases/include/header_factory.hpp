// A group factory in a header, included by 41_header_factory.cpp: the analyzer must follow
// calls into it (its body is visible through the include), with default arguments.
#pragma once
#include <taskgroup/taskgroup.hpp>
#include <string>

namespace cases {

inline const std::string kOwner = "data-eng";

TG_GROUP_FACTORY
inline tg::TaskGroup ingest_table(tg::TaskGroup &parent, const std::string &table,
                                  int partitions = 2) {
  tg::TaskGroup g = parent.group(table, {.tooltip = "Ingest " + table + " (" + kOwner + ")"});
  tg::Task done = g.empty("done");
  for (int p = 0; p < partitions; ++p)
    g.task("part_" + std::to_string(p), [] {}) >> done;
  return g;
}

template <class Parent> tg::Task audit(Parent &parent, const char *what) {
  return parent.task(std::string("audit_") + what, [] {}, {.trigger_rule = tg::TriggerRule::all_done});
}

} // namespace cases
