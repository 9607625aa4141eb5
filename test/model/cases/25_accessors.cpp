// Ids built from the annotated accessors: task_id, id, label, group, group_id, parent,
// child_id, dag_id.
#include <taskgroup/taskgroup.hpp>
#include <cstdlib>
#include <string>
#include <vector>
static bool flag(const char *n) { return std::getenv(n) != nullptr; }
static int count() { const char *v = std::getenv("N"); return v ? std::atoi(v) : 1; }

tg::Dag build() {
  tg::Dag dag{"acc"};
  tg::TaskGroup outer = dag.group("outer");
  tg::TaskGroup inner = outer.group("inner");
  tg::Task t = inner.empty("t");
  dag.empty(t.label() + "_copy");
  dag.empty(dag.dag_id() + "_root");
  tg::TaskGroup p = t.group().parent();
  p.empty("from_" + t.group().label());
  dag.empty(inner.child_id("x") + "_id");
  tg::TaskGroup q = dag.group(outer.group_id() + "_2");
  q.empty(t.id());
  return dag;
}
int main(int argc, char **argv) { return tg::cli(build(), argc, argv); }
