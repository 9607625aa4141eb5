// RUN: %check_clang_tidy %s taskgroup-mapping %t
// What Airflow allows stays silent: mapped groups side by side, a mapped group inside a plain
// group, an expanded task outside every mapped group, `always` outside mapped groups, the other
// trigger rules inside one, a plain group inside a mapped group, and a factory called (not
// expanded) inside a mapped group.
#include <taskgroup/taskgroup.hpp>

#include <string>

const auto per_item = tg::task_group(
    "per_item", [](tg::TaskGroup &g, tg::MappedArg<std::string> item) {
      tg::Task a = g.task("a", [item](tg::Context &ctx) { return item.get(ctx); });
      tg::Task b = g.task("b", [](tg::Context &) {}, {.trigger_rule = tg::TriggerRule::all_done});
      tg::Task c = g.task("c", [](tg::Context &) {},
                          {.trigger_rule = tg::TriggerRule::none_failed_min_one_success});
      tg::TaskGroup inner = g.group("inner");
      inner.task("d", [](tg::Context &) {}, {.trigger_rule = tg::TriggerRule::one_failed});
      a >> b >> c >> inner;
    });

const auto summary = tg::task_group("summary", [](tg::TaskGroup &g) {
  g.task("count", [](tg::Context &ctx) { return ctx.map_index(); });
});

const auto per_batch = tg::task_group(
    "per_batch", [](tg::TaskGroup &g, tg::MappedArg<int> batch) {
      g.task("load", [batch](tg::Context &ctx) { return batch.get(ctx); });
      summary(g);
    });

tg::Dag build() {
  tg::Dag dag{"allowed"};
  tg::Task source = dag.task("source", [] { return tg::Value(tg::Value::array({1, 2})); });
  per_item.expand(dag, {"x", "y"});
  per_item.override({.group_id = "per_item_again"}).expand(dag, {"z"});
  tg::TaskGroup outer = dag.group("outer");
  per_item.expand(outer, {"w"});
  per_batch.expand(dag, source);
  dag.task("fan_out", [](tg::Context &ctx) { return ctx.map_index(); }).expand({1, 2, 3});
  dag.task("finally", [](tg::Context &) {}, {.trigger_rule = tg::TriggerRule::always});
  outer.task("mapped_in_plain", [](tg::Context &ctx) { return ctx.map_index(); }).expand(source);
  return dag;
}
