// Publishes what the API returned.
#include <overlap/pipeline.hpp>

tg::Dag left() {
  tg::Dag dag{"left"};
  add_pipeline(dag.root(), "pipeline.fetch.api");
  return dag;
}

int main(int argc, char **argv) { return tg::cli(left(), argc, argv); }
