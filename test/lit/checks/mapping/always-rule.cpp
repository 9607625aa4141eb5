// RUN: %check_clang_tidy %s taskgroup-mapping %t
// A task with the `always` trigger rule inside a mapped task group: Airflow raises "Task-generated
// mapping within a mapped task group is not allowed with trigger rule 'always'". `all_done`,
// Airflow's ALL_DONE, is allowed and stays silent.
#include <taskgroup/taskgroup.hpp>

#include <string>

const auto per_file = tg::task_group(
    "per_file", [](tg::TaskGroup &g, tg::MappedArg<std::string> file) {
      tg::Task parse = g.task("parse", [file](tg::Context &ctx) { return file.get(ctx); });
      tg::Task cleanup = g.task("cleanup", [](tg::Context &) {},
                                {.trigger_rule = tg::TriggerRule::always});
      // CHECK-MESSAGES: :[[@LINE-2]]:33: warning: task 'per_file.cleanup' has trigger rule 'always' inside mapped group 'per_file': the runtime refuses the DAG (MappingError: Task-generated mapping within a mapped task group is not allowed with trigger rule 'always') [taskgroup-mapping]
      tg::Task report = g.task("report", [](tg::Context &) {},
                               {.trigger_rule = tg::TriggerRule::all_done});
      parse >> cleanup >> report;
    });

tg::Dag build() {
  tg::Dag dag{"ingest_files"};
  per_file.expand(dag, {"a.csv", "b.csv"});
  return dag;
}
