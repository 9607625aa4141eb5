// The scoped-lambda form: the body runs with the new group bound to its parameter.
#include <taskgroup/taskgroup.hpp>

tg::Dag build() {
  tg::Dag dag{"scoped"};
  tg::Task start = dag.empty("start");
  tg::TaskGroup transform = dag.group("transform", {.ui_fgcolor = "#111"}, [&](tg::TaskGroup &g) {
    tg::TaskGroup clean = g.group("clean", [](tg::TaskGroup &c) {
      tg::Task d = c.task("dedupe", [] {});
      tg::Task n = c.task("normalize", [] {});
      d >> n;
    });
    tg::Task j = g.task("join", [] {});
    clean >> j;
  });
  start >> transform;
  return dag;
}
int main(int argc, char **argv) { return tg::cli(build(), argc, argv); }
