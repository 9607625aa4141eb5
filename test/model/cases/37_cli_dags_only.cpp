// The DAGs handed to the command line are the program's DAGs: one built by a self-test in
// main is left out, as the program's own --json leaves it out. `run_cli` stands for `tg::cli`
// carrying the annotation `taskgroup.cli` (proposed for the library).
#include <taskgroup/taskgroup.hpp>
#include <vector>

[[clang::annotate("taskgroup.cli")]] int run_cli(const std::vector<tg::Dag> &dags, int argc,
                                                 char **argv) {
  return tg::cli(dags, argc, argv);
}

tg::Dag build_main() {
  tg::Dag dag{"main_dag"};
  dag.empty("a") >> dag.empty("b");
  return dag;
}

tg::Dag build_probe() {
  tg::Dag dag{"probe"};
  dag.empty("p");
  return dag;
}

void self_test() {
  tg::Dag scratch{"scratch"};
  scratch.empty("tmp");
  tg::Dag again = build_main();
  (void)again;
}

int main(int argc, char **argv) {
  self_test();
  return run_cli(std::vector<tg::Dag>{build_main(), build_probe()}, argc, argv);
}
