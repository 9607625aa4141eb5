#include <pipeline/stages.hpp>

void add_audit(tg::TaskGroup &parent) {
  tg::TaskGroup audit = parent.group("load");
  audit.task("count_rows", [] { return 1; });
}
