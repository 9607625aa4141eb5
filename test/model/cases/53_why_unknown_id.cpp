// `taskgroup why` with an id that is no task: a typo and a group id (exit 2, near ids
// suggested on stderr, compared with 53_why_unknown_id.err).
#include <taskgroup/taskgroup.hpp>

tg::Dag build() {
  tg::Dag dag{"why_unknown"};
  tg::TaskGroup etl = dag.group("etl");
  etl.empty("extract") >> etl.empty("transform") >> dag.empty("report");
  return dag;
}
int main(int argc, char **argv) { return tg::cli(build(), argc, argv); }
