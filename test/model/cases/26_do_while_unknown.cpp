// do/while with an unknown condition: the first pass is known, the rest is summarised; a
// counter-built id becomes a pattern.
#include <taskgroup/taskgroup.hpp>
#include <cstdlib>
#include <string>
#include <vector>
static bool flag(const char *n) { return std::getenv(n) != nullptr; }
static int count() { const char *v = std::getenv("N"); return v ? std::atoi(v) : 1; }

tg::Dag build() {
  tg::Dag dag{"do_while"};
  int i = 0;
  do {
    dag.empty("step_" + std::to_string(i));
    ++i;
  } while (flag("MORE"));
  return dag;
}
int main(int argc, char **argv) { return tg::cli(build(), argc, argv); }
