// --max-unroll=2: two iterations are unrolled, the rest is summarised as a dynamic pattern.
#include <taskgroup/taskgroup.hpp>
#include <cstdlib>
#include <string>
static bool flag(const char *n) { return std::getenv(n) != nullptr; }

tg::Dag build() {
  tg::Dag dag{"unroll"};
  for (int i = 0; i < 5; ++i)
    dag.empty("t" + std::to_string(i));
  return dag;
}
int main(int argc, char **argv) { return tg::cli(build(), argc, argv); }
