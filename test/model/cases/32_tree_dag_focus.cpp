// --dag: one DAG of several, as the readable tree.
#include <taskgroup/taskgroup.hpp>
#include <cstdlib>
#include <string>
static bool flag(const char *n) { return std::getenv(n) != nullptr; }

tg::Dag first() {
  tg::Dag dag{"first"};
  dag.group("g").empty("a");
  return dag;
}
tg::Dag second() {
  tg::Dag dag{"second"};
  dag.empty("b") >> dag.empty("c");
  return dag;
}
int main(int argc, char **argv) { return tg::cli(std::vector<tg::Dag>{first(), second()}, argc, argv); }
