// RUN: %check_clang_tidy %s taskgroup-id-misuse %t
// No finding: valid ids with '-', '_' and (in task ids) '.', labels that are not ids
// (display_name, tooltip), ids with a run-time part, a DAG id with spaces (not a node id).
#include <taskgroup/taskgroup.hpp>

#include <cstdlib>
#include <string>

tg::Dag build() {
  tg::Dag dag{"marketplace reporting (v2)"};
  tg::TaskGroup items = dag.group("order-items_v2", {.tooltip = "Order line items / EU + US", .display_name = "Order items (v2)"});
  items.task("parse-v2", [] { return 1; });
  items.task("export.csv", [] { return 1; });
  tg::TaskGroup kpis = dag.group("KPIs_2024", {.display_name = "KPIs / GMV"});
  kpis.task("gmv_usd", [] { return 1; });
  const char *region = std::getenv("REGION");
  tg::TaskGroup regional = dag.group(std::string("region_") + (region ? region : "eu"));
  regional.task("load", [] { return 1; });
  dag.task(std::string("dump_") + (region ? region : "all"), [] { return 1; });
  return dag;
}
