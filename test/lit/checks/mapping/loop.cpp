// RUN: %check_clang_tidy %s taskgroup-mapping %t
// A loop that expands one task per metric inside a mapped group: one warning for the statement
// (the first id it makes), with a note at the loop, not one per iteration.
#include <taskgroup/taskgroup.hpp>

#include <string>

const auto per_site = tg::task_group(
    "per_site", [](tg::TaskGroup &g, tg::MappedArg<std::string> site) {
      g.task("crawl", [site](tg::Context &ctx) { return site.get(ctx); });
      for (const char *metric : {"latency", "errors", "traffic"})
        g.task(std::string("score_") + metric, [](tg::Context &ctx) { return ctx.map_index(); })
            .expand({1, 2});
    });

tg::Dag build() {
  tg::Dag dag{"monitoring"};
  per_site.expand(dag, {"eu", "us"});
  return dag;
}
// CHECK-NOTES: :[[@LINE-9]]:9: warning: task 'per_site.score_latency' is mapped with 'expand' inside mapped group 'per_site': the runtime refuses the DAG (MappingError: operator expansion in an expanded task group is not yet supported) [taskgroup-mapping]
// CHECK-NOTES: :[[@LINE-13]]:5: note: mapped group 'per_site' is created here
// CHECK-NOTES: :[[@LINE-11]]:9: note: task 'score_latency' is created inside 'per_site'
// CHECK-NOTES: :[[@LINE-6]]:3: note: in this call
// CHECK-NOTES: :[[@LINE-14]]:7: note: in this loop
