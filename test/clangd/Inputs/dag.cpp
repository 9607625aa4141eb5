// The program test/clangd/lsp_test.py opens in taskgroup-clangd: findings of three checks,
// and an id conflict whose rename fix-it the test applies through a code action.
#include <taskgroup/taskgroup.hpp>

tg::Dag build() {
  tg::Dag dag{"finance_close"};
  tg::TaskGroup reconcile = dag.group("reconcile");
  reconcile.task("match_bank", [] { return 1250; });

  tg::TaskGroup revalue = dag.group("reconcile");
  revalue.task("load_rates", [] { return 108; });

  dag.task("take rate", [] { return 3; });

  tg::TaskGroup region = dag.group("region");
  tg::TaskGroup country = region.group("country");
  tg::TaskGroup city = country.group("city");
  tg::TaskGroup branch = city.group("branch");
  branch.task("close_books", [] { return 1; });
  return dag;
}
