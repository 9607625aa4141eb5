// tg::run: trigger rules, branching, setup/teardown, retries, mapping, DAG-run state, params.
// Expected states follow Airflow's TriggerRuleDep (airflow-core/src/airflow/ti_deps/deps/
// trigger_rule_dep.py), SkipMixin.skip_all_except (task-sdk/src/airflow/sdk/bases/skipmixin.py)
// and DagRun's leaf rule, as described in docs/library.md "Running".

#include "unit_test_helpers.hpp"

#include <taskgroup/taskgroup.hpp>

#include <gtest/gtest.h>

#include <optional>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

using tg::State;
using tg::TriggerRule;
using tg_test::Ids;

namespace {

enum class Up { success, failed, skipped, upstream_failed };

const char *name(Up u) {
  switch (u) {
  case Up::success: return "success";
  case Up::failed: return "failed";
  case Up::skipped: return "skipped";
  case Up::upstream_failed: return "upstream_failed";
  }
  return "?";
}

/// A DAG whose upstream tasks end in the given states, all feeding `down` (with `rule`);
/// returns the state `down` ends in. Skipped upstreams are skipped by a branch that follows
/// nothing; upstream_failed ones sit below a failing task.
State downstream_state(TriggerRule rule, const std::vector<Up> &ups) {
  tg::Dag dag{"rules"};
  tg::Task skipper = dag.branch("skipper", [] {}); // returns nothing: skips its downstream
  tg::Task failer = dag.task("failer", [] { throw std::runtime_error("boom"); });
  tg::Task down = dag.empty("down", {.trigger_rule = rule});
  std::vector<std::pair<std::string, Up>> made;
  for (std::size_t i = 0; i < ups.size(); ++i) {
    std::string id = "up" + std::to_string(i);
    tg::Task t;
    switch (ups[i]) {
    case Up::success: t = dag.empty(id); break;
    case Up::failed: t = dag.task(id, [] { throw std::runtime_error("boom"); }); break;
    case Up::skipped:
      t = dag.empty(id);
      skipper >> t;
      break;
    case Up::upstream_failed:
      t = dag.empty(id);
      failer >> t;
      break;
    }
    t >> down;
    made.emplace_back(id, ups[i]);
  }
  tg::RunResult r = tg::run(dag);
  for (const auto &[id, up] : made) // the premise: each upstream ended as intended
    EXPECT_EQ(tg::to_string(r.state(id)), std::string(name(up))) << id;
  return r.state("down");
}

std::string trace(const std::vector<Up> &ups) {
  std::string out = "upstreams:";
  for (Up u : ups)
    out += std::string(" ") + name(u);
  return out;
}

struct RuleCase {
  std::vector<Up> ups;
  State expected;
};

void check_rule(TriggerRule rule, const std::vector<RuleCase> &cases) {
  for (const auto &c : cases) {
    SCOPED_TRACE(std::string(tg::to_string(rule)) + " " + trace(c.ups));
    EXPECT_EQ(tg::to_string(downstream_state(rule, c.ups)), tg::to_string(c.expected));
  }
}

constexpr Up S = Up::success, F = Up::failed, K = Up::skipped, UF = Up::upstream_failed;

} // namespace

// ---------------------------------------------------------------------------------------------
// Trigger rules
// ---------------------------------------------------------------------------------------------

TEST(ExecutorTriggerRules, all_success) {
  check_rule(TriggerRule::all_success, {{{S, S}, State::success},
                                        {{S, F}, State::upstream_failed},
                                        {{S, K}, State::skipped},
                                        {{F, K}, State::upstream_failed},
                                        {{S, UF}, State::upstream_failed},
                                        {{K, K}, State::skipped}});
}

TEST(ExecutorTriggerRules, all_failed) {
  check_rule(TriggerRule::all_failed, {{{F, F}, State::success},
                                       {{F, UF}, State::success},
                                       {{F, S}, State::skipped},
                                       {{F, K}, State::skipped},
                                       {{S, S}, State::skipped},
                                       {{K, K}, State::skipped}});
}

TEST(ExecutorTriggerRules, all_done) {
  check_rule(TriggerRule::all_done, {{{S, S}, State::success},
                                     {{S, F}, State::success},
                                     {{F, K}, State::success},
                                     {{K, K}, State::success},
                                     {{UF, F}, State::success}});
}

TEST(ExecutorTriggerRules, one_success) {
  check_rule(TriggerRule::one_success, {{{S, F}, State::success},
                                        {{S, K}, State::success},
                                        {{F, F}, State::upstream_failed},
                                        {{F, K}, State::upstream_failed},
                                        {{UF, K}, State::upstream_failed},
                                        {{K, K}, State::skipped}});
}

TEST(ExecutorTriggerRules, one_failed) {
  check_rule(TriggerRule::one_failed, {{{S, F}, State::success},
                                       {{S, UF}, State::success},
                                       {{F, K}, State::success},
                                       {{S, S}, State::skipped},
                                       {{S, K}, State::skipped},
                                       {{K, K}, State::skipped}});
}

TEST(ExecutorTriggerRules, none_failed) {
  check_rule(TriggerRule::none_failed, {{{S, S}, State::success},
                                        {{S, K}, State::success},
                                        {{K, K}, State::success},
                                        {{S, F}, State::upstream_failed},
                                        {{S, UF}, State::upstream_failed},
                                        {{K, F}, State::upstream_failed}});
}

TEST(ExecutorTriggerRules, none_skipped) {
  check_rule(TriggerRule::none_skipped, {{{S, S}, State::success},
                                         {{S, F}, State::success},
                                         {{F, F}, State::success},
                                         {{UF, S}, State::success},
                                         {{S, K}, State::skipped},
                                         {{F, K}, State::skipped}});
}

TEST(ExecutorTriggerRules, always) {
  check_rule(TriggerRule::always, {{{S, S}, State::success},
                                   {{F, K}, State::success},
                                   {{UF, UF}, State::success},
                                   {{K, K}, State::success}});
}

TEST(ExecutorTriggerRules, none_failed_min_one_success) {
  check_rule(TriggerRule::none_failed_min_one_success, {{{S, S}, State::success},
                                                        {{S, K}, State::success},
                                                        {{K, K}, State::skipped},
                                                        {{S, F}, State::upstream_failed},
                                                        {{K, UF}, State::upstream_failed}});
}

// A task without upstreams runs whatever its rule (Airflow: "did not have any upstream tasks").
TEST(ExecutorTriggerRules, no_upstream_always_runs) {
  for (TriggerRule rule : {TriggerRule::all_success, TriggerRule::all_failed,
                           TriggerRule::one_success, TriggerRule::one_failed,
                           TriggerRule::none_failed_min_one_success}) {
    SCOPED_TRACE(std::string(tg::to_string(rule)));
    EXPECT_EQ(tg::to_string(downstream_state(rule, {})), "success");
  }
}

// A rule given through default_args (DAG, then group) is applied.
TEST(ExecutorTriggerRules, rule_from_default_args) {
  tg::Dag dag{"d", {.default_args = {{"trigger_rule", "all_done"}}}};
  tg::Task fail = dag.task("fail", [] { throw std::runtime_error("boom"); });
  tg::Task after = dag.empty("after");
  tg::TaskGroup g = dag.group("g", {.default_args = {{"trigger_rule", "all_success"}}});
  tg::Task strict = g.empty("strict");
  fail >> after;
  fail >> strict;
  EXPECT_EQ(after.trigger_rule(), TriggerRule::all_done);
  EXPECT_EQ(strict.trigger_rule(), TriggerRule::all_success);
  tg::RunResult r = tg::run(dag);
  EXPECT_EQ(r.state("after"), State::success);
  EXPECT_EQ(r.state("g.strict"), State::upstream_failed);
}

// ---------------------------------------------------------------------------------------------
// Branching
// ---------------------------------------------------------------------------------------------

TEST(ExecutorBranch, follows_the_returned_task_id_and_skips_the_other_direct_downstreams) {
  tg::Dag dag{"branching"};
  tg::Task br = dag.branch("br", [] { return std::string("b"); });
  tg::Task a = dag.empty("a");
  tg::Task b = dag.empty("b");
  tg::Task c = dag.empty("c");
  br >> tg::Nodes{a, b};
  a >> c; // skipped in turn through all_success
  tg::RunResult r = tg::run(dag);
  EXPECT_EQ(r.state("br"), State::success);
  EXPECT_EQ(r.state("a"), State::skipped);
  EXPECT_EQ(r.state("b"), State::success);
  EXPECT_EQ(r.state("c"), State::skipped);
  EXPECT_TRUE(r.succeeded());
}

TEST(ExecutorBranch, several_ids_and_a_join_after_the_branches) {
  tg::Dag dag{"branching"};
  tg::Task br = dag.branch("br", [] { return std::vector<std::string>{"a", "c"}; });
  tg::Task a = dag.empty("a");
  tg::Task b = dag.empty("b");
  tg::Task c = dag.empty("c");
  tg::Task join = dag.empty("join", {.trigger_rule = TriggerRule::none_failed_min_one_success});
  br >> tg::Nodes{a, b, c} >> join;
  tg::RunResult r = tg::run(dag);
  EXPECT_EQ(r.state("a"), State::success);
  EXPECT_EQ(r.state("b"), State::skipped);
  EXPECT_EQ(r.state("c"), State::success);
  EXPECT_EQ(r.state("join"), State::success);
  // With the default all_success the join would be skipped.
  tg::Dag dag2{"branching2"};
  tg::Task br2 = dag2.branch("br", [] { return tg::Value("a"); });
  tg::Task a2 = dag2.empty("a");
  tg::Task b2 = dag2.empty("b");
  br2 >> tg::Nodes{a2, b2} >> dag2.empty("join");
  EXPECT_EQ(tg::run(dag2).state("join"), State::skipped);
}

// Airflow 2.10+ (issue 34526 / PR 38883): a branch may return a group id; the group's tasks
// directly downstream of the branch are followed (Airflow expands the group into its roots).
TEST(ExecutorBranch, follows_a_returned_group_id) {
  tg::Dag dag{"branching"};
  tg::Task br = dag.branch("br", [] { return "grp"; });
  tg::TaskGroup grp = dag.group("grp", {}, [](tg::TaskGroup &g) {
    tg::Task g1 = g.empty("g1");
    tg::Task g2 = g.empty("g2");
    g.empty("g3") << g2;
    (void)g1;
  });
  tg::Task other = dag.empty("other");
  br >> grp;
  br >> other;
  tg::RunResult r = tg::run(dag);
  EXPECT_EQ(r.state("grp.g1"), State::success);
  EXPECT_EQ(r.state("grp.g2"), State::success);
  EXPECT_EQ(r.state("grp.g3"), State::success);
  EXPECT_EQ(r.state("other"), State::skipped);

  // ...and not following it skips the whole group.
  tg::Dag dag2{"branching2"};
  tg::Task br2 = dag2.branch("br", [] { return "other"; });
  tg::TaskGroup grp2 = dag2.group("grp", {}, [](tg::TaskGroup &g) { g.empty("g1") >> g.empty("g2"); });
  br2 >> grp2;
  br2 >> dag2.empty("other");
  tg::RunResult r2 = tg::run(dag2);
  EXPECT_EQ(r2.state("grp.g1"), State::skipped);
  EXPECT_EQ(r2.state("grp.g2"), State::skipped);
  EXPECT_EQ(r2.state("other"), State::success);
}

// SkipMixin.skip_all_except (task-sdk/src/airflow/sdk/bases/skipmixin.py @33c4d1e4): a direct
// downstream of the branch that is also downstream of a followed task is not skipped
// ("branch -> join, branch -> task1 -> join": both task1 and join run).
TEST(ExecutorBranch, direct_downstream_reachable_from_the_followed_task_is_not_skipped) {
  tg::Dag dag{"branching"};
  tg::Task br = dag.branch("branch", [] { return "task1"; });
  tg::Task task1 = dag.empty("task1");
  tg::Task join = dag.empty("join", {.trigger_rule = TriggerRule::none_failed_min_one_success});
  br >> tg::Nodes{task1, join};
  task1 >> join;
  tg::RunResult r = tg::run(dag);
  EXPECT_EQ(r.state("task1"), State::success);
  EXPECT_EQ(r.state("join"), State::success);
}

// An unknown id fails the branch with Airflow's message; its downstreams are upstream_failed.
TEST(ExecutorBranch, invalid_id_fails_the_branch) {
  tg::Dag dag{"branching"};
  tg::Task br = dag.branch("br", [] { return "nope"; });
  tg::Task a = dag.empty("a");
  br >> a;
  tg::RunResult r = tg::run(dag);
  EXPECT_EQ(r.state("br"), State::failed);
  ASSERT_EQ(r.instances_of("br").size(), 1u);
  EXPECT_EQ(r.instances_of("br")[0].error,
            "'branch_task_ids' must contain only valid task_ids. Invalid tasks found: {'nope'}.");
  EXPECT_EQ(r.state("a"), State::upstream_failed);
  EXPECT_FALSE(r.succeeded());
}

// ---------------------------------------------------------------------------------------------
// Setup / teardown
// ---------------------------------------------------------------------------------------------

TEST(ExecutorSetupTeardown, teardown_runs_after_a_failure_between_setup_and_teardown) {
  tg::Dag dag{"st"};
  bool torn_down = false;
  tg::Task s = dag.setup("create_cluster", [] { return "cluster-1"; });
  tg::Task w = dag.task("work", [] { throw std::runtime_error("work failed"); });
  tg::Task t = dag.teardown("delete_cluster", [&] { torn_down = true; }, s);
  s >> w >> t;
  tg::RunResult r = tg::run(dag);
  EXPECT_EQ(r.state("create_cluster"), State::success);
  EXPECT_EQ(r.state("work"), State::failed);
  EXPECT_EQ(r.instances_of("work")[0].error, "work failed");
  EXPECT_EQ(r.state("delete_cluster"), State::success);
  EXPECT_TRUE(torn_down);
  EXPECT_FALSE(r.succeeded()); // work is a leaf (only a teardown below it) and failed
}

TEST(ExecutorSetupTeardown, teardown_failure_alone_does_not_fail_the_dag_run) {
  tg::Dag dag{"st"};
  tg::Task s = dag.setup("s", [] {});
  tg::Task w = dag.empty("w");
  tg::Task t = dag.teardown("t", [] { throw std::runtime_error("cleanup failed"); }, s);
  s >> w >> t;
  tg::RunResult r = tg::run(dag);
  EXPECT_EQ(r.state("w"), State::success);
  EXPECT_EQ(r.state("t"), State::failed);
  EXPECT_TRUE(r.succeeded());
}

TEST(ExecutorSetupTeardown, teardown_is_skipped_when_its_setup_was_skipped) {
  tg::Dag dag{"st"};
  tg::Task br = dag.branch("br", [] { return "other"; });
  tg::Task s = dag.setup("s", [] {});
  tg::Task other = dag.empty("other");
  br >> tg::Nodes{s, other};
  tg::Task w = dag.empty("w");
  tg::Task t = dag.teardown("t", [] {}, s);
  s >> w >> t;
  tg::RunResult r = tg::run(dag);
  EXPECT_EQ(r.state("s"), State::skipped);
  EXPECT_EQ(r.state("w"), State::skipped);
  EXPECT_EQ(r.state("t"), State::skipped);
  EXPECT_EQ(r.state("other"), State::success);
  EXPECT_TRUE(r.succeeded());
}

// ALL_DONE_SETUP_SUCCESS: with an upstream setup and none succeeded (and not all skipped), the
// teardown is upstream_failed.
TEST(ExecutorSetupTeardown, teardown_is_upstream_failed_when_its_setup_failed) {
  tg::Dag dag{"st"};
  tg::Task s = dag.setup("s", [] { throw std::runtime_error("no cluster"); });
  tg::Task w = dag.empty("w");
  tg::Task t = dag.teardown("t", [] {}, s);
  s >> w >> t;
  tg::RunResult r = tg::run(dag);
  EXPECT_EQ(r.state("s"), State::failed);
  EXPECT_EQ(r.state("w"), State::upstream_failed);
  EXPECT_EQ(r.state("t"), State::upstream_failed);
  EXPECT_FALSE(r.succeeded());
}

// Setup/teardown inside a group: `g >> after` hangs after off the work task (the teardown is
// not a leaf), and the teardown still runs after the work fails.
TEST(ExecutorSetupTeardown, inside_a_group) {
  tg::Dag dag{"st"};
  tg::TaskGroup g = dag.group("g", {}, [](tg::TaskGroup &grp) {
    tg::Task s = grp.setup("s", [] {});
    tg::Task w = grp.task("w", [] { throw std::runtime_error("boom"); });
    tg::Task t = grp.teardown("t", [] {}, s);
    s >> w >> t;
  });
  tg::Task after = dag.empty("after");
  g >> after;
  EXPECT_EQ(after.upstream_ids(), (Ids{"g.w"}));
  tg::RunResult r = tg::run(dag);
  EXPECT_EQ(r.state("g.w"), State::failed);
  EXPECT_EQ(r.state("g.t"), State::success);
  EXPECT_EQ(r.state("after"), State::upstream_failed);
  EXPECT_FALSE(r.succeeded());
}

// ---------------------------------------------------------------------------------------------
// Retries
// ---------------------------------------------------------------------------------------------

TEST(ExecutorRetries, fails_twice_then_succeeds_with_two_retries) {
  tg::Dag dag{"retries"};
  int calls = 0;
  std::vector<int> try_numbers;
  dag.task("flaky", [&](tg::Context &ctx) {
    try_numbers.push_back(ctx.try_number());
    if (++calls < 3)
      throw std::runtime_error("attempt " + std::to_string(calls) + " failed");
    return calls;
  }, {.retries = 2});
  tg::RunResult r = tg::run(dag);
  ASSERT_EQ(r.instances_of("flaky").size(), 1u);
  const tg::TaskInstance &ti = r.instances_of("flaky")[0];
  EXPECT_EQ(ti.state, State::success);
  EXPECT_EQ(ti.tries, 3);
  EXPECT_EQ(ti.error, "");
  EXPECT_EQ(try_numbers, (std::vector<int>{1, 2, 3}));
  EXPECT_EQ(r.xcom("flaky"), tg::Value(3));
}

TEST(ExecutorRetries, fails_twice_with_one_retry_is_failed) {
  tg::Dag dag{"retries"};
  int calls = 0;
  dag.task("flaky", [&] {
    if (++calls < 3)
      throw std::runtime_error("attempt " + std::to_string(calls) + " failed");
  }, {.retries = 1});
  tg::RunResult r = tg::run(dag);
  const tg::TaskInstance &ti = r.instances_of("flaky")[0];
  EXPECT_EQ(ti.state, State::failed);
  EXPECT_EQ(ti.tries, 2);
  EXPECT_EQ(ti.error, "attempt 2 failed");
  EXPECT_EQ(calls, 2);
  EXPECT_FALSE(r.succeeded());
}

TEST(ExecutorRetries, retries_from_default_args) {
  tg::Dag dag{"retries", {.default_args = {{"retries", "2"}}}};
  int calls = 0;
  tg::Task t = dag.task("flaky", [&] {
    if (++calls < 3)
      throw std::runtime_error("again");
  });
  EXPECT_EQ(t.retries(), 2);
  tg::RunResult r = tg::run(dag);
  EXPECT_EQ(r.state("flaky"), State::success);
  EXPECT_EQ(r.instances_of("flaky")[0].tries, 3);
}

// ---------------------------------------------------------------------------------------------
// Mapped tasks
// ---------------------------------------------------------------------------------------------

TEST(ExecutorMapping, mapped_task_over_literals) {
  tg::Dag dag{"mapping"};
  tg::Task m = dag.task("double", [](tg::Context &ctx) {
                   return ctx.mapped_value().as_int() * 2 + ctx.map_index() * 100;
                 }).expand({1, 2, 3});
  tg::Task total = dag.task("total", [](tg::Context &ctx) {
    EXPECT_EQ(ctx.map_index(), -1);
    return ctx.xcom_pull("double");
  });
  m >> total;
  tg::RunResult r = tg::run(dag);
  const auto &tis = r.instances_of("double");
  ASSERT_EQ(tis.size(), 3u);
  for (int i = 0; i < 3; ++i) {
    EXPECT_EQ(tis[i].map_index, i);
    EXPECT_EQ(tis[i].state, State::success);
    EXPECT_EQ(r.state("double", i), State::success);
  }
  EXPECT_EQ(r.xcom("double", "return_value", 0), tg::Value(2));
  EXPECT_EQ(r.xcom("double", "return_value", 2), tg::Value(206));
  EXPECT_EQ(r.xcom("total"), tg::Value::array({2, 104, 206}));
  EXPECT_THROW(r.state("double"), tg::NotFound); // no unmapped instance
}

TEST(ExecutorMapping, mapped_task_over_an_upstream_list_with_partial_arguments) {
  tg::Dag dag{"mapping"};
  tg::Task files = dag.task("list_files", [] { return std::vector<std::string>{"a.csv", "b.csv"}; });
  tg::Task load = dag.task("load", [](tg::Context &ctx) {
                      return ctx.arg("bucket").as_string() + "/" + ctx.mapped_value().as_string();
                    })
                      .partial({{"bucket", "s3://raw"}})
                      .expand(files);
  EXPECT_EQ(load.upstream_ids(), (Ids{"list_files"})); // expand(upstream) adds the edge
  EXPECT_TRUE(load.is_mapped());
  tg::Task report = dag.task("report", [](tg::Context &ctx) { return ctx.xcom_pull("load"); });
  load >> report;
  tg::RunResult r = tg::run(dag);
  const auto &tis = r.instances_of("load");
  ASSERT_EQ(tis.size(), 2u);
  EXPECT_EQ(tis[0].map_index, 0);
  EXPECT_EQ(tis[1].map_index, 1);
  EXPECT_EQ(r.xcom("report"), tg::Value::array({"s3://raw/a.csv", "s3://raw/b.csv"}));
}

TEST(ExecutorMapping, zero_length_mapping_is_skipped) {
  tg::Dag dag{"mapping"};
  tg::Task m = dag.task("m", [](tg::Context &) {}).expand(std::vector<tg::Value>{});
  tg::Task after = dag.empty("after");
  m >> after;
  tg::Task empty_list = dag.task("empty_list", [] { return tg::Value::array(); });
  tg::Task m2 = dag.task("m2", [](tg::Context &) {}).expand(empty_list);
  tg::RunResult r = tg::run(dag);
  ASSERT_EQ(r.instances_of("m").size(), 1u);
  EXPECT_EQ(r.instances_of("m")[0].map_index, -1);
  EXPECT_EQ(r.state("m"), State::skipped);
  EXPECT_EQ(r.state("after"), State::skipped);
  EXPECT_EQ(r.state("m2"), State::skipped);
  EXPECT_EQ(r.instances_of("m2")[0].tries, 0);
  EXPECT_TRUE(r.succeeded());
  (void)m2;
}

TEST(ExecutorMapping, mapping_over_a_failed_upstream_is_upstream_failed) {
  tg::Dag dag{"mapping"};
  tg::Task src = dag.task("src", []() -> tg::Value { throw std::runtime_error("no list"); });
  dag.task("m", [](tg::Context &) {}).expand(src);
  tg::RunResult r = tg::run(dag);
  EXPECT_EQ(r.state("m"), State::upstream_failed);
}

// ---------------------------------------------------------------------------------------------
// Mapped groups
// ---------------------------------------------------------------------------------------------

TEST(ExecutorMappedGroup, same_instance_xcom_inside_the_group_and_the_list_outside) {
  tg::Dag dag{"mapped_group"};
  const auto per = tg::task_group("per", [](tg::TaskGroup &g, tg::MappedArg<int> x) {
    tg::Task a = g.task("a", [x](tg::Context &ctx) { return x.get(ctx) * 10; });
    tg::Task b = g.task("b", [](tg::Context &ctx) {
      return ctx.xcom_pull("per.a").as_int() + ctx.map_index();
    });
    a >> b;
  });
  tg::TaskGroup group = per.expand(dag, {1, 2, 3});
  tg::Task collect = dag.task("collect", [](tg::Context &ctx) { return ctx.xcom_pull("per.b"); });
  group >> collect;

  EXPECT_TRUE(group.is_mapped());
  EXPECT_TRUE(dag.get_task("per.a").is_mapped());
  tg::RunResult r = tg::run(dag);
  for (const char *id : {"per.a", "per.b"}) {
    const auto &tis = r.instances_of(id);
    ASSERT_EQ(tis.size(), 3u) << id;
    for (int i = 0; i < 3; ++i) {
      EXPECT_EQ(tis[i].map_index, i) << id;
      EXPECT_EQ(tis[i].state, State::success) << id;
    }
  }
  EXPECT_EQ(r.xcom("per.a", "return_value", 1), tg::Value(20));
  EXPECT_EQ(r.xcom("per.b", "return_value", 2), tg::Value(32));
  EXPECT_EQ(r.xcom("collect"), tg::Value::array({10, 21, 32}));
  EXPECT_EQ(r.state("collect"), State::success);
}

TEST(ExecutorMappedGroup, mapped_over_an_upstream_list) {
  tg::Dag dag{"mapped_group"};
  tg::Task tables = dag.task("tables", [] { return std::vector<std::string>{"orders", "users"}; });
  const auto per_table =
      tg::task_group("per_table", [](tg::TaskGroup &g, std::string prefix, tg::MappedArg<std::string> t) {
        g.task("load", [prefix, t](tg::Context &ctx) { return prefix + t.get(ctx); });
      });
  tg::TaskGroup group = per_table.partial(std::string("stg_")).expand(dag, tables);
  EXPECT_EQ(group.upstream_task_ids(), (Ids{"tables"})); // the source is set upstream
  EXPECT_EQ(dag.get_task("per_table.load").upstream_ids(), (Ids{"tables"}));
  tg::RunResult r = tg::run(dag);
  ASSERT_EQ(r.instances_of("per_table.load").size(), 2u);
  EXPECT_EQ(r.xcom("per_table.load", "return_value", 0), tg::Value("stg_orders"));
  EXPECT_EQ(r.xcom("per_table.load", "return_value", 1), tg::Value("stg_users"));
}

// A plain group inside a mapped group is allowed; its tasks are mapped by the outer group
// (airflow-semantics.md 1.10, issue 34535), and a failed instance only fails its own line.
TEST(ExecutorMappedGroup, plain_group_inside_a_mapped_group_and_a_failing_instance) {
  tg::Dag dag{"mapped_group"};
  const auto bar = tg::task_group("bar", [](tg::TaskGroup &g, tg::MappedArg<int> x) {
    g.group("baz", {}, [x](tg::TaskGroup &baz) {
      tg::Task bop = baz.task("bop", [x](tg::Context &ctx) {
        if (x.get(ctx) == 2)
          throw std::runtime_error("two");
        return x.get(ctx);
      });
      bop >> baz.task("after", [](tg::Context &ctx) { return ctx.xcom_pull("bar.baz.bop"); });
    });
  });
  tg::TaskGroup group = bar.expand(dag, {1, 2, 3});
  tg::Task collect = dag.task("collect", [] {});
  group >> collect;
  EXPECT_TRUE(dag.get_task("bar.baz.bop").is_mapped());
  tg::RunResult r = tg::run(dag);
  ASSERT_EQ(r.instances_of("bar.baz.bop").size(), 3u);
  EXPECT_EQ(r.state("bar.baz.bop", 0), State::success);
  EXPECT_EQ(r.state("bar.baz.bop", 1), State::failed);
  EXPECT_EQ(r.state("bar.baz.after", 0), State::success);
  EXPECT_EQ(r.state("bar.baz.after", 1), State::upstream_failed);
  EXPECT_EQ(r.state("bar.baz.after", 2), State::success);
  EXPECT_EQ(r.xcom("bar.baz.after", "return_value", 2), tg::Value(3));
  EXPECT_EQ(r.state("collect"), State::upstream_failed);
  EXPECT_FALSE(r.succeeded());
}

TEST(ExecutorMappedGroup, zero_length_mapped_group_is_skipped) {
  tg::Dag dag{"mapped_group"};
  const auto per = tg::task_group("per", [](tg::TaskGroup &g, tg::MappedArg<int> x) {
    g.task("a", [x](tg::Context &ctx) { return x.get(ctx); });
  });
  tg::TaskGroup group = per.expand(dag, std::vector<int>{});
  tg::Task after = dag.empty("after");
  group >> after;
  tg::RunResult r = tg::run(dag);
  ASSERT_EQ(r.instances_of("per.a").size(), 1u);
  EXPECT_EQ(r.instances_of("per.a")[0].map_index, -1);
  EXPECT_EQ(r.state("per.a"), State::skipped);
  EXPECT_EQ(r.state("after"), State::skipped);
}

TEST(ExecutorMappedGroup, mapped_arg_read_outside_its_group_fails_the_task) {
  tg::Dag dag{"mapped_group"};
  std::optional<tg::MappedArg<int>> leaked;
  const auto per = tg::task_group("per", [&](tg::TaskGroup &g, tg::MappedArg<int> x) {
    leaked = x;
    g.empty("e");
  });
  per.expand(dag, {1, 2});
  dag.task("outside", [&](tg::Context &ctx) { return leaked->get(ctx); });
  tg::RunResult r = tg::run(dag);
  EXPECT_EQ(r.state("outside"), State::failed);
  EXPECT_EQ(r.instances_of("outside")[0].error,
            "a mapped argument of group 'per' read outside that group's instances");
  EXPECT_EQ(leaked->group().group_id(), "per");
}

// ---------------------------------------------------------------------------------------------
// DAG run state, XCom, params
// ---------------------------------------------------------------------------------------------

TEST(ExecutorDagRun, failed_only_when_a_leaf_fails) {
  { // a failure absorbed by an all_done leaf: the run succeeds (Airflow judges leaves only)
    tg::Dag dag{"run"};
    tg::Task a = dag.task("a", [] { throw std::runtime_error("boom"); });
    tg::Task cleanup = dag.empty("cleanup", {.trigger_rule = TriggerRule::all_done});
    a >> cleanup;
    tg::RunResult r = tg::run(dag);
    EXPECT_EQ(r.state("a"), State::failed);
    EXPECT_EQ(r.state("cleanup"), State::success);
    EXPECT_TRUE(r.succeeded());
  }
  { // an upstream_failed leaf fails the run
    tg::Dag dag{"run"};
    tg::Task a = dag.task("a", [] { throw std::runtime_error("boom"); });
    a >> dag.empty("b");
    tg::RunResult r = tg::run(dag);
    EXPECT_EQ(r.state("b"), State::upstream_failed);
    EXPECT_FALSE(r.succeeded());
  }
  { // skipped leaves do not fail the run
    tg::Dag dag{"run"};
    tg::Task br = dag.branch("br", [] {});
    br >> dag.empty("b");
    tg::RunResult r = tg::run(dag);
    EXPECT_EQ(r.state("b"), State::skipped);
    EXPECT_TRUE(r.succeeded());
  }
}

TEST(ExecutorDagRun, instances_in_execution_order) {
  tg::Dag dag{"order"};
  tg::Task c = dag.empty("c");
  tg::Task a = dag.empty("a");
  tg::Task b = dag.empty("b");
  a >> c;
  b >> c;
  tg::RunResult r = tg::run(dag);
  Ids order;
  for (const auto &ti : r.instances())
    order.push_back(ti.task_id);
  EXPECT_EQ(order, (Ids{"a", "b", "c"})); // dependency order, ties by creation order
  EXPECT_EQ(r.instances()[0].tries, 1);
}

TEST(ExecutorXCom, push_and_pull) {
  tg::Dag dag{"xcom"};
  tg::Task producer = dag.task("producer", [](tg::Context &ctx) {
    ctx.xcom_push("rows", 42);
    EXPECT_EQ(ctx.task_id(), "producer");
    return tg::Value::object({{"ok", true}});
  });
  tg::Task consumer = dag.task("consumer", [](tg::Context &ctx) {
    EXPECT_TRUE(ctx.xcom_pull("producer", "missing").is_null());
    EXPECT_TRUE(ctx.xcom_pull("no_such_task").is_null());
    return ctx.xcom_pull("producer", "rows").as_int() + 1;
  });
  producer >> consumer;
  tg::RunResult r = tg::run(dag);
  EXPECT_EQ(r.xcom("producer", "rows"), tg::Value(42));
  EXPECT_EQ(r.xcom("producer")["ok"], tg::Value(true));
  EXPECT_EQ(r.xcom("consumer"), tg::Value(43));
  EXPECT_TRUE(r.xcom("nope").is_null());
}

TEST(ExecutorParams, dag_params_overridden_by_run_params) {
  tg::Dag dag{"params", {.params = {{"x", 1}, {"y", "a"}}}};
  dag.task("read", [](tg::Context &ctx) { return ctx.params(); });
  tg::RunResult defaults = tg::run(dag);
  EXPECT_EQ(defaults.xcom("read"), tg::Value::object({{"x", 1}, {"y", "a"}}));
  tg::RunResult overridden = tg::run(dag, {.params = {{"x", 2}, {"z", true}}});
  EXPECT_EQ(overridden.xcom("read"), tg::Value::object({{"x", 2}, {"y", "a"}, {"z", true}}));
}
