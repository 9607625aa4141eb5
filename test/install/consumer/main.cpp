// Consumer of an installed taskgroup: builds a tiny DAG with nested groups and
// checks one fully qualified id. Exit 0 on success.
#include <taskgroup/taskgroup.hpp>

#include <cstdio>
#include <string>

int main() {
  tg::Dag dag{"consumer_check"};
  tg::TaskGroup outer = dag.group("outer");
  tg::TaskGroup inner = outer.group("inner");
  tg::Task extract = inner.task("extract", [] { return 42; });
  tg::Task load = dag.task("load", [](tg::Context &) {});
  outer >> load;

  const std::string expected = "outer.inner.extract";
  if (extract.task_id() != expected || !dag.has_task(expected)) {
    std::fprintf(stderr, "consumer: expected task id '%s', got '%s'\n",
                 expected.c_str(), extract.task_id().c_str());
    return 1;
  }
  if (load.upstream_ids().size() != 1 || load.upstream_ids().front() != expected) {
    std::fprintf(stderr, "consumer: expected '%s' upstream of 'load'\n", expected.c_str());
    return 1;
  }
  std::printf("consumer: ok (%s)\n", expected.c_str());
  return 0;
}
