// A known count with a constant id: the runtime throws on the second iteration; the model
// records that one conflict and stops unrolling there.
#include <taskgroup/taskgroup.hpp>
#include <cstdlib>
#include <string>
#include <vector>
static bool flag(const char *n) { return std::getenv(n) != nullptr; }
static int count() { const char *v = std::getenv("N"); return v ? std::atoi(v) : 1; }

tg::Dag build() {
  tg::Dag dag{"bounded_dup"};
  for (int i = 0; i < 10; ++i)
    dag.empty("same");
  dag.empty("after");
  return dag;
}
int main(int argc, char **argv) { return tg::cli(build(), argc, argv); }
