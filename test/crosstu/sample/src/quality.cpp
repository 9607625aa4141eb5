#include <pipeline/stages.hpp>

namespace {
// Internal to this unit: other units cannot call it, so linking never looks for it.
void add_checks(tg::TaskGroup &quality) {
  quality.task("nulls", [] { return 1; });
  quality.task("ranges", [] { return 2; });
}
} // namespace

void add_quality(tg::Dag &dag) {
  tg::TaskGroup quality = dag.group("quality");
  add_checks(quality);
}
