// The audited DAG: add_load (src/load.cpp) and add_audit (src/audit.cpp) both create `load`
// under the DAG's root. Neither unit shows the conflict alone.
#include <pipeline/stages.hpp>

tg::Dag audited() {
  tg::Dag dag{"audited"};
  tg::TaskGroup root = dag.root();
  add_load(root);
  add_audit(root);
  return dag;
}

int main(int argc, char **argv) { return tg::cli(audited(), argc, argv); }
