// RUN: %check_clang_tidy %s taskgroup-mapping %t
// A nested mapped group on a path that an environment variable enables: the test runs never
// take it, the first backfill fails. The warning says that it holds on that path only.
#include <taskgroup/taskgroup.hpp>

#include <cstdlib>
#include <string>

const auto per_month = tg::task_group(
    "per_month", [](tg::TaskGroup &g, tg::MappedArg<int> month) {
      g.task("reload", [month](tg::Context &ctx) { return month.get(ctx); });
    });

const auto per_year = tg::task_group(
    "per_year", [](tg::TaskGroup &g, tg::MappedArg<int> year) {
      g.task("open", [year](tg::Context &ctx) { return year.get(ctx); });
      if (std::getenv("FINANCE_BACKFILL"))
        per_month.expand(g, {1, 2, 3});
    });
// CHECK-MESSAGES: :[[@LINE-10]]:5: warning: mapped group 'per_year.per_month' is created inside mapped group 'per_year' when this path is taken: the runtime refuses the DAG (MappingError: Nested Mapped TaskGroups are not yet supported) [taskgroup-mapping]

tg::Dag build() {
  tg::Dag dag{"finance_backfill"};
  per_year.expand(dag, {2024, 2025});
  return dag;
}
