// Handles passed to and returned from functions: by value, by reference, through a struct,
// from a lambda, and a helper that only wires edges between handles it is given.
#include <taskgroup/taskgroup.hpp>
#include <string>
#include <utility>

struct Stage {
  tg::TaskGroup group;
  tg::Task first;
  tg::Task last;
};

Stage make_stage(tg::Dag &dag, const std::string &name) {
  tg::TaskGroup g = dag.group(name);
  tg::Task a = g.task("begin", [] {});
  tg::Task b = g.task("end", [] {});
  a >> b;
  return {g, a, b};
}

void wire(tg::Task up, const tg::Task &down) { up >> down; }

tg::Task add_check(tg::TaskGroup group, tg::Task after) {
  tg::Task check = group.task("check", [] {});
  after >> check;
  return check;
}

std::pair<tg::Task, tg::Task> two(tg::TaskGroup &g) {
  return {g.empty("left"), g.empty("right")};
}

tg::Dag build() {
  tg::Dag dag{"handles"};
  Stage s1 = make_stage(dag, "s1");
  Stage s2 = make_stage(dag, "s2");
  wire(s1.last, s2.first);
  tg::Task c = add_check(s2.group, s2.last);
  auto [l, r] = two(s1.group);
  auto tail = [&dag](tg::Task t) { return t >> dag.empty("tail"); };
  tg::Task end = tail(c);
  tg::Nodes{l, r} >> end;
  return dag;
}
int main(int argc, char **argv) { return tg::cli(build(), argc, argv); }
