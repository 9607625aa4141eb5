// Nesting with prefix_group_id = false: the children keep their own ids.
#include <taskgroup/taskgroup.hpp>

tg::Dag build() {
  tg::Dag dag{"prefix"};
  tg::TaskGroup outer = dag.group("outer");
  tg::TaskGroup flat = outer.group("flat", {.prefix_group_id = false, .tooltip = "no prefix"});
  tg::TaskGroup inner = flat.group("inner");
  tg::Task a = inner.task("a", [] {});
  tg::Task b = flat.task("b", [] {});
  tg::Task c = outer.task("c", [] {});
  a >> b >> c;
  return dag;
}
int main(int argc, char **argv) { return tg::cli(build(), argc, argv); }
