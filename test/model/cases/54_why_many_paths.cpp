// `taskgroup why` bounds the enumeration: a ladder of 5 diamonds has 2^5 = 32 paths from
// start to end; `--max-paths=2` prints two and counts the rest.
#include <taskgroup/taskgroup.hpp>
#include <string>

tg::Dag build() {
  tg::Dag dag{"why_many"};
  tg::Task prev = dag.empty("start");
  for (int i = 0; i < 5; ++i) {
    tg::Task join = dag.empty("j" + std::to_string(i));
    prev >> tg::Nodes{dag.empty("l" + std::to_string(i)), dag.empty("r" + std::to_string(i))} >> join;
    prev = join;
  }
  prev >> dag.empty("end");
  return dag;
}
int main(int argc, char **argv) { return tg::cli(build(), argc, argv); }
