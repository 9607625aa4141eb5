// Publishes the mirrored files.
#include <overlap/pipeline.hpp>

tg::Dag right() {
  tg::Dag dag{"right"};
  add_pipeline(dag.root(), "pipeline.mirror.files");
  return dag;
}

int main(int argc, char **argv) { return tg::cli(right(), argc, argv); }
