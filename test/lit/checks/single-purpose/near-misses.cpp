// RUN: %check_clang_tidy %s taskgroup-single-purpose %t
// Groups that group something stay silent: two tasks, a task beside a group, children from a
// bounded loop, children from a loop whose count is unknown (possibly none, so not known to be
// single or empty), a group filled after its creation, and a task at the DAG's top level.
#include <taskgroup/taskgroup.hpp>

#include <cstdlib>
#include <string>
#include <vector>

std::vector<std::string> configured() {
  std::vector<std::string> Names;
  if (const char *Raw = std::getenv("SOURCES"))
    Names.push_back(Raw);
  return Names;
}

tg::Dag build() {
  tg::Dag dag{"quiet"};
  dag.task("top_level", [] { return 0; });

  tg::TaskGroup extract = dag.group("extract");
  extract.task("customers", [] { return 1; });
  extract.task("addresses", [] { return 2; });

  tg::TaskGroup outer = dag.group("outer");
  outer.task("prepare", [] { return 3; });
  outer.group("inner", [](tg::TaskGroup &g) {
    g.task("a", [] { return 1; });
    g.task("b", [] { return 2; });
  });

  tg::TaskGroup shards = dag.group("shards");
  for (int shard = 0; shard < 3; ++shard)
    shards.task("shard_" + std::to_string(shard), [] { return 4; });

  tg::TaskGroup sources = dag.group("sources");
  for (const std::string &name : configured())
    sources.task(name, [] { return 5; });

  tg::TaskGroup later = dag.group("later");
  dag.task("between", [] { return 6; });
  later.task("first", [] { return 7; });
  later.task("second", [] { return 8; });
  extract >> sources >> later;
  return dag;
}
