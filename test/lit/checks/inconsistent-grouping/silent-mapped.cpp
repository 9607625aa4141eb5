// RUN: %check_clang_tidy %s taskgroup-inconsistent-grouping %t
// Near miss: mapped groups (one instance per value, made at run time) are not compared for
// structure, even when one tg::task_group expands with other fixed arguments.
#include <taskgroup/taskgroup.hpp>

#include <string>
#include <vector>

const auto per_table = tg::task_group("per_table", [](tg::TaskGroup &g, bool checked, tg::MappedArg<std::string>) {
  tg::Task load = g.task("load_rows", [] { return 1; });
  if (checked)
    load >> g.task("check_rows", [] { return 2; });
});

tg::Dag build() {
  tg::Dag dag{"mapped_tables"};
  tg::Task list = dag.task("list_tables", [] { return std::vector<std::string>{"a", "b"}; });
  per_table.partial(true).expand(dag, list);
  per_table.partial(true).expand(dag, list);
  per_table.partial(false).expand(dag, list);
  return dag;
}
