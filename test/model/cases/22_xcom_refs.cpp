// xcom_pull references are recorded on the node they name, with the literal's range.
#include <taskgroup/taskgroup.hpp>
#include <cstdlib>
#include <string>
#include <vector>
static bool flag(const char *n) { return std::getenv(n) != nullptr; }
static int count() { const char *v = std::getenv("N"); return v ? std::atoi(v) : 1; }

tg::Dag build() {
  tg::Dag dag{"xcom_refs"};
  tg::TaskGroup g = dag.group("extract");
  tg::Task e = g.task("fetch", [] { return 1; });
  const std::string key = "extract.fetch";
  tg::Task l = dag.task("load", [key](tg::Context &ctx) {
    tg::Value a = ctx.xcom_pull("extract.fetch");
    tg::Value b = ctx.xcom_pull(key);
    (void)a; (void)b;
  });
  e >> l;
  return dag;
}
int main(int argc, char **argv) { return tg::cli(build(), argc, argv); }
