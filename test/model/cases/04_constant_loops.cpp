// Loops with constant bounds, nested, with ids built by + and std::to_string.
#include <taskgroup/taskgroup.hpp>
#include <string>

constexpr int kShards = 3;

tg::Dag build() {
  tg::Dag dag{"loops"};
  tg::Task end = dag.empty("end");
  for (int i = 0; i < kShards; ++i) {
    tg::TaskGroup shard = dag.group("shard_" + std::to_string(i));
    for (int j = 1; j <= 2; j++) {
      tg::Task t = shard.task(std::string("part") + std::to_string(i * 10 + j), [] {});
      t >> end;
    }
  }
  int n = 0;
  while (n < 2) {
    dag.task("w" + std::to_string(n), [] {});
    n += 1;
  }
  return dag;
}
int main(int argc, char **argv) { return tg::cli(build(), argc, argv); }
