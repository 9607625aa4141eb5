// RUN: %check_clang_tidy %s taskgroup-inconsistent-grouping %t
// Near misses for structure: copies made by one loop with the same steps (ids built from the
// loop variable count as the same step), a factory whose two calls differ (one against one:
// no majority), tasks made by a loop over a parameter inside the factory, and a helper that
// only makes the group, whose callers then add different tasks.
#include <taskgroup/taskgroup.hpp>

#include <initializer_list>
#include <string>
#include <string_view>

tg::TaskGroup add_checks(tg::TaskGroup parent, const std::string &id,
                         std::initializer_list<std::string_view> checks) {
  tg::TaskGroup g = parent.group(id);
  for (std::string_view check : checks)
    g.task(std::string(check), [] { return 0; });
  g.task("summary", [] { return 0; });
  return g;
}

tg::TaskGroup stage(tg::Dag &dag, const std::string &id) {
  return dag.group(id, {.tooltip = "One stage"});
}

tg::Dag build() {
  tg::Dag dag{"regions"};
  tg::TaskGroup regions = dag.group("regions");
  for (std::string_view region : {"us", "eu", "apac"}) {
    tg::TaskGroup r = regions.group(std::string(region));
    tg::Task pull = r.task(std::string(region) + "_pull", [] { return 1; });
    pull >> r.task("publish", [] { return 2; });
  }
  tg::TaskGroup pair = dag.group("pair");
  for (int i = 0; i < 2; ++i) {
    tg::TaskGroup p = pair.group("part_" + std::to_string(i));
    p.task("load", [] { return 1; });
    if (i == 1)
      p.task("extra", [] { return 1; });
  }
  tg::TaskGroup quality = dag.group("quality");
  add_checks(quality, "orders", {"nulls", "unique"});
  add_checks(quality, "users", {"nulls"});
  add_checks(quality, "events", {"nulls", "unique", "fresh"});
  tg::TaskGroup extract = stage(dag, "extract");
  extract.task("pull", [] { return 1; });
  extract.task("check", [] { return 1; });
  tg::TaskGroup transform = stage(dag, "transform");
  transform.task("pull", [] { return 1; });
  transform.task("check", [] { return 1; });
  tg::TaskGroup load = stage(dag, "load");
  load.task("copy", [] { return 1; });
  return dag;
}
