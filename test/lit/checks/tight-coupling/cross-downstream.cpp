// RUN: %check_clang_tidy %s taskgroup-tight-coupling %t
// Every leaf of `ingest` to every root of `fraud`, spelled out task by task with
// tg::cross_downstream: the four edges are exactly `ingest >> fraud`, which replaces them.
#include <taskgroup/taskgroup.hpp>

tg::Dag build() {
  tg::Dag dag{"payments"};
  tg::TaskGroup ingest = dag.group("ingest");
  tg::Task fetch = ingest.task("fetch", [] { return 1; });
  tg::Task normalize = ingest.task("normalize", [] { return 2; });
  tg::Task index = ingest.task("index_merchants", [] { return 3; });
  fetch >> tg::Nodes{normalize, index};

  tg::TaskGroup fraud = dag.group("fraud");
  tg::Task rules = fraud.task("score_rules", [] { return 4; });
  tg::Task model = fraud.task("score_model", [] { return 5; });
  tg::Task review = fraud.task("review_queue", [] { return 6; });
  tg::Nodes{rules, model} >> review;

  tg::cross_downstream({normalize, index}, {rules, model});
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 4 task edges from group 'ingest' to group 'fraud' are exactly the group edge from 'ingest' to 'fraud' (every leaf of 'ingest' to every root of 'fraud'): write 'ingest >> fraud' so that the groups depend on each other's boundary, not on their tasks [taskgroup-tight-coupling]
  // CHECK-FIXES: ingest >> fraud;
  return dag;
}
