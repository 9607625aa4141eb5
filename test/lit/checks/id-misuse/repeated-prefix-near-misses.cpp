// RUN: %check_clang_tidy %s taskgroup-id-misuse %t
// No finding: a parent that does not prefix its children (the full ids repeat nothing), one
// child of several whose name starts with the group's word (`load.load_job` beside other
// names), a child whose name merely begins with the group's letters (`extractor`), and a
// child named like the group plus a separator only.
#include <taskgroup/taskgroup.hpp>

tg::Dag build() {
  tg::Dag dag{"analytics"};
  tg::TaskGroup weekly = dag.group("weekly", {.prefix_group_id = false});
  weekly.task("weekly_revenue", [] { return 1; });
  weekly.task("weekly_churn", [] { return 2; });

  tg::TaskGroup load = dag.group("load");
  load.task("load_job", [] { return 1; });
  load.task("refresh_views", [] { return 1; });
  load.task("analyze", [] { return 1; });

  tg::TaskGroup extract = dag.group("extract");
  extract.task("extractor", [] { return 1; });
  extract.task("extract_", [] { return 1; });
  extract.task("extract-", [] { return 1; });
  return dag;
}
