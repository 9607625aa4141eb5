// RUN: %check_clang_tidy %s taskgroup-mapping %t
// A plain (unmapped) group inside a mapped group is allowed: its tasks are mapped by the outer
// group (Airflow issue 34535). An `expand` two levels down is still inside the mapped group:
// the note points at the mapped group, not at the plain group in between.
#include <taskgroup/taskgroup.hpp>

#include <string>

const auto per_customer = tg::task_group(
    "per_customer", [](tg::TaskGroup &g, tg::MappedArg<std::string> customer) {
      tg::TaskGroup invoices = g.group("invoices");
      invoices.task("fetch", [customer](tg::Context &ctx) { return customer.get(ctx); });
      tg::TaskGroup checks = invoices.group("checks");
      checks.task("totals", [](tg::Context &) {});
      checks.task("per_line", [](tg::Context &ctx) { return ctx.map_index(); }).expand({1, 2});
    });

tg::Dag build() {
  tg::Dag dag{"billing"};
  per_customer.expand(dag, {"acme", "globex"});
  return dag;
}
// CHECK-NOTES: :[[@LINE-8]]:19: warning: task 'per_customer.invoices.checks.per_line' is mapped with 'expand' inside mapped group 'per_customer': the runtime refuses the DAG (MappingError: operator expansion in an expanded task group is not yet supported) [taskgroup-mapping]
// CHECK-NOTES: :[[@LINE-14]]:5: note: mapped group 'per_customer' is created here
// CHECK-NOTES: :[[@LINE-10]]:7: note: task 'per_line' is created inside 'per_customer' > 'per_customer.invoices' > 'per_customer.invoices.checks'
// CHECK-NOTES: :[[@LINE-6]]:3: note: in this call
