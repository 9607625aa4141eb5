// RUN: %check_clang_tidy %s taskgroup-tight-coupling %t
// Hidden dependencies whose group edge cannot be added automatically: a group without a handle
// variable, and a group wired from a helper function.
#include <taskgroup/taskgroup.hpp>

void wire(tg::Task up, tg::Task down) { up >> down; }

tg::Dag build() {
  tg::Dag dag{"refused"};
  dag.group("prices").task("fetch", [] { return 1; });
  tg::TaskGroup quotes = dag.group("quotes");
  quotes.task("price", [](tg::Context &ctx) { return ctx.xcom_pull("prices.fetch").as_int(); });
  // CHECK-MESSAGES: :[[@LINE-1]]:68: warning: task 'quotes.price' pulls the XCom of 'prices.fetch' but does not depend on it: a hidden dependency, the value is there only when the executor happens to run 'prices.fetch' first; cannot be fixed automatically: group 'prices' has no handle variable [taskgroup-tight-coupling]

  tg::TaskGroup fx = dag.group("fx");
  tg::Task rate = fx.task("rate", [] { return 2; });
  tg::Task spread = fx.task("spread", [] { return 3; });
  wire(rate, spread);
  tg::TaskGroup book = dag.group("book");
  book.task("post", [](tg::Context &ctx) { return ctx.xcom_pull("fx.spread").as_int(); });
  // CHECK-MESSAGES: :[[@LINE-1]]:65: warning: task 'book.post' pulls the XCom of 'fx.spread' but does not depend on it: a hidden dependency, the value is there only when the executor happens to run 'fx.spread' first; cannot be fixed automatically: an edge into group 'fx' is made in another function [taskgroup-tight-coupling]
  return dag;
}
