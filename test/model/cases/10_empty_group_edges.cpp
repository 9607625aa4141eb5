// group >> group edges, including the empty-group fall-through (Airflow PR 49034).
#include <taskgroup/taskgroup.hpp>

tg::Dag build() {
  tg::Dag dag{"fallthrough"};
  tg::Task a = dag.task("a", [] {});
  tg::TaskGroup empty = dag.group("placeholder");
  tg::TaskGroup second = dag.group("second");
  tg::Task s1 = second.task("s1", [] {});
  tg::Task s2 = second.task("s2", [] {});
  s1 >> s2;
  a >> empty;
  empty >> second;
  tg::TaskGroup third = dag.group("third");
  third.task("t", [] {});
  second >> third;
  tg::chain(a, dag.empty("z"));
  return dag;
}
int main(int argc, char **argv) { return tg::cli(build(), argc, argv); }
