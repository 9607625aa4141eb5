// `taskgroup why` (50_why_paths.args): three paths from extract to publish, through a diamond,
// a tg::chain and a direct edge; each edge with the statement that created it.
#include <taskgroup/taskgroup.hpp>

tg::Dag build() {
  tg::Dag dag{"why_paths"};
  tg::Task extract = dag.empty("extract");
  tg::Task clean = dag.empty("clean");
  tg::Task enrich = dag.empty("enrich");
  tg::Task merge = dag.empty("merge");
  tg::Task publish = dag.empty("publish");
  extract >> tg::Nodes{clean, enrich};
  tg::chain(clean, merge, publish);
  enrich >> merge;
  extract >> publish;
  merge << clean; // already there: keeps the location of its first statement
  return dag;
}
int main(int argc, char **argv) { return tg::cli(build(), argc, argv); }
