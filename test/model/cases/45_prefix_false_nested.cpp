// prefix_group_id = false at several levels of nesting: a group's own flag only affects its
// children's ids; a prefixed group under an unprefixed one starts a fresh prefix.
#include <taskgroup/taskgroup.hpp>

tg::Dag build() {
  tg::Dag dag{"prefix_nested"};
  tg::TaskGroup flat = dag.group("flat", {.prefix_group_id = false});
  tg::TaskGroup inner = flat.group("inner");                             // "inner"
  inner.empty("a");                                                      // "inner.a"
  tg::TaskGroup flat2 = inner.group("flat2", {.prefix_group_id = false}); // "inner.flat2"
  flat2.empty("b");                                                      // "b"
  tg::TaskGroup deep = flat2.group("deep", {.prefix_group_id = false});  // "deep"
  deep.empty("c");                                                       // "c"
  deep.group("leaf").empty("d");                                         // "leaf", "leaf.d"
  flat.empty("e");                                                       // "e"
  dag.group("outer", [](tg::TaskGroup &g) {
    g.group("mid", {.prefix_group_id = false}, [](tg::TaskGroup &m) {    // "outer.mid"
      m.empty("f");                                                      // "f"
      m.group("low").empty("g");                                         // "low", "low.g"
    });
  });
  dag.get_task("inner.a") >> dag.get_group("deep") >> dag.get_task("f");
  return dag;
}
int main(int argc, char **argv) { return tg::cli(build(), argc, argv); }
