// RUN: %check_clang_tidy %s taskgroup-excessive-nesting %t
// The scoped form: `s.group("holiday", {...}, BODY);` becomes `BODY(s);`, so the body's tasks
// are created on `s`. The body itself is not touched.
#include <taskgroup/taskgroup.hpp>

tg::Dag build() {
  tg::Dag dag{"pricing"};
  dag.group("pricing", {.tooltip = "Price rules"}, [](tg::TaskGroup &p) {
    tg::TaskGroup rules = p.group("rules", {}, [](tg::TaskGroup &r) {
      r.group("seasonal", {}, [](tg::TaskGroup &s) {
        s.group("holiday", {.tooltip = "Holiday markdowns"}, [](tg::TaskGroup &h) {
          // CHECK-NOTES: :[[@LINE-1]]:17: warning: group 'pricing.rules.seasonal.holiday' is nested 4 levels deep, more than 3 (pricing > rules > seasonal > holiday) [taskgroup-excessive-nesting]
          // CHECK-NOTES: :[[@LINE-2]]:17: note: flattened into 'pricing.rules.seasonal' and 1 string reference updated
          // CHECK-NOTES: :[[@LINE-3]]:9: note: group 'holiday' is created inside 'pricing' > 'pricing.rules' > 'pricing.rules.seasonal'
          // CHECK-NOTES: :{{[0-9]+}}:50: note: in this call
          // CHECK-FIXES: [](tg::TaskGroup &h) {
          tg::Task friday = h.task("black_friday", [] { return 30; });
          tg::Task boxing = h.task("boxing_day", [] { return 20; });
          friday >> boxing;
        });
        // CHECK-FIXES: }(s);
        s.task("summer_sale", [] { return 15; });
      });
    });
    tg::Task publish = p.task("publish_prices", [](tg::Context &ctx) {
      return ctx.xcom_pull("pricing.rules.seasonal.holiday.black_friday").as_int();
      // CHECK-FIXES: return ctx.xcom_pull("pricing.rules.seasonal.black_friday").as_int();
    });
    rules >> publish;
  });
  return dag;
}

int main(int argc, char **argv) { return tg::cli(build(), argc, argv); }
