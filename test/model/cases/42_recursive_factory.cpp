// A recursive factory: each level nests the next one, three levels deep (known before run
// time). The recursion terminates on a constant; the analyzer must not hang on it.
#include <taskgroup/taskgroup.hpp>
#include <string>

tg::Task level(tg::TaskGroup &parent, int depth) {
  tg::TaskGroup g = parent.group("level" + std::to_string(depth));
  tg::Task work = g.task("work", [] {});
  if (depth > 1) {
    tg::Task inner = level(g, depth - 1);
    work >> inner;
  }
  return work;
}

tg::Dag build() {
  tg::Dag dag{"recursive_factory"};
  tg::TaskGroup root = dag.group("tree");
  tg::Task top = level(root, 3);
  dag.empty("start") >> top;
  return dag;
}
int main(int argc, char **argv) { return tg::cli(build(), argc, argv); }
