// Straight-line code: groups and tasks through handles, an edge group >> group.
#include <taskgroup/taskgroup.hpp>

tg::Dag build() {
  tg::Dag dag{"straight", {.description = "straight line"}};
  tg::TaskGroup extract = dag.group("extract", {.tooltip = "Pull", .ui_color = "#e8f7e4"});
  tg::Task orders = extract.task("orders", [] {});
  tg::Task users = extract.task("users", [] {});
  tg::TaskGroup load = dag.group("load");
  tg::Task write = load.task("write", [] {}, {.trigger_rule = tg::TriggerRule::all_done});
  extract >> load;
  tg::Task done = dag.empty("done");
  write >> done;
  (void)orders;
  (void)users;
  return dag;
}
int main(int argc, char **argv) { return tg::cli(build(), argc, argv); }
