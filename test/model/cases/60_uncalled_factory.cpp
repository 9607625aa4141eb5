// Factories nobody calls in this file (their callers live in other translation units): each
// runs on its own under a symbolic parent, so what it creates is still checked. A duplicate
// inside one is found; the parent's id is unknown (`dynamic`), its children's labels are not.
#include <taskgroup/taskgroup.hpp>
#include <string>

TG_GROUP_FACTORY
tg::TaskGroup add_quality(tg::TaskGroup &parent, const std::string &table) {
  tg::TaskGroup q = parent.group("quality", {.tooltip = "Checks for " + table});
  tg::Task nulls = q.task("nulls", [] {});
  tg::Task ranges = q.task("ranges", [] {});
  q.task("nulls", [] {}); // the duplicate: found without any caller
  nulls >> ranges;
  return q;
}

TG_GROUP_FACTORY
void add_publish(tg::Dag &dag) {
  tg::TaskGroup p = dag.group("publish");
  p.task("upload", [] {});
}

// Not a factory: never analysed on its own.
void helper(tg::TaskGroup &parent) { parent.task("ignored", [] {}); }
