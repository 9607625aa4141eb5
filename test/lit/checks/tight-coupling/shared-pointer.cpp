// RUN: %check_clang_tidy %s taskgroup-tight-coupling %t
// Copies of one std::shared_ptr (or raw pointer) captured by tasks of different groups share
// the object they point to; a pointer to const does not, nor does an object made inside the
// callable.
#include <taskgroup/taskgroup.hpp>

#include <memory>
#include <set>
#include <string>

tg::Dag build() {
  tg::Dag dag{"merchants"};
  auto merchants = std::make_shared<std::set<std::string>>();
  // CHECK-NOTES: :[[@LINE-1]]:8: warning: the object 'merchants' points to is shared through copies of the pointer by tasks of 2 groups ('ingest' and 'fraud'): hidden state shared between groups, so their results depend on the order the executor runs them and no group can be tested or rerun on its own [taskgroup-tight-coupling]
  auto watch_list = std::make_shared<const std::set<std::string>>(std::set<std::string>{"m_2040"});

  tg::TaskGroup ingest = dag.group("ingest");
  ingest.task("index_merchants", [merchants] {
    // CHECK-NOTES: :[[@LINE-1]]:35: note: pointer copied into task 'ingest.index_merchants'
    merchants->insert("m_2040");
    return static_cast<std::int64_t>(merchants->size());
  });
  tg::TaskGroup fraud = dag.group("fraud");
  fraud.task("score_rules", [m = merchants, watch_list] {
    // CHECK-NOTES: :[[@LINE-1]]:30: note: pointer copied into task 'fraud.score_rules'
    return static_cast<std::int64_t>(m->count("m_2040") + watch_list->size());
  });
  fraud.task("own_set", [local = std::make_shared<std::set<std::string>>()] {
    local->insert("x");
    return static_cast<std::int64_t>(local->size());
  });
  ingest.task("watch", [watch_list] { return static_cast<std::int64_t>(watch_list->size()); });
  return dag;
}
