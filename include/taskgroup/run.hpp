// tg::run: a local, sequential executor with Airflow's trigger rules, branching, setup/teardown,
// retries, XCom and mapped instances.
#pragma once

#include "dag.hpp"
#include "decorator.hpp"

#include <exception>
#include <map>
#include <queue>
#include <string>
#include <vector>

namespace tg {

enum class State { none, success, failed, skipped, upstream_failed };

inline constexpr std::string_view to_string(State s) {
  switch (s) {
  case State::none: return "none";
  case State::success: return "success";
  case State::failed: return "failed";
  case State::skipped: return "skipped";
  case State::upstream_failed: return "upstream_failed";
  }
  return "none";
}

struct RunOptions {
  /// Overrides the DAG's params for this run.
  std::map<std::string, Value> params{};
};

struct TaskInstance {
  std::string task_id;
  int map_index = -1;
  State state = State::none;
  int tries = 0;
  std::string error;
};

namespace detail {

struct RunState {
  std::shared_ptr<const DagState> owner; // keeps the DAG alive as long as the result
  const DagState *dag = nullptr;
  Value params;
  /// Instances per task, indexed by map index (a single entry for unmapped tasks).
  std::vector<std::vector<TaskInstance>> instances;
  std::map<std::pair<int, int>, std::map<std::string, Value, std::less<>>> xcom;
  std::set<int> skipped_by_branch;
  std::vector<int> order; // tasks in execution order
};

} // namespace detail

class Context {
public:
  const std::string &task_id() const { return run_->dag->tasks[task_].task_id; }
  int map_index() const { return map_index_; }
  int try_number() const { return try_number_; }
  const Value &params() const { return run_->params; }

  void xcom_push(const std::string &key, Value value) {
    run_->xcom[{task_, map_index_}][key] = std::move(value);
  }
  /// The value `task_id` pushed under `key`: null when absent; for a mapped task the list of
  /// its instances' values, or the same instance's value from inside the same mapped group.
  TG_ANNOTATE("taskgroup.ref.xcom_pull")
  Value xcom_pull(const std::string &task_id, std::string_view key = "return_value") const {
    const auto &s = *run_->dag;
    auto it = s.task_by_id.find(task_id);
    if (it == s.task_by_id.end())
      return {};
    int up = it->second;
    int group = detail::closest_mapped_group(s, s.tasks[up].group);
    if (group != -1 && map_index_ >= 0 &&
        group == detail::closest_mapped_group(s, s.tasks[task_].group))
      return pushed(up, map_index_, key);
    const auto &instances = run_->instances[up];
    if (instances.empty())
      return {}; // not run (yet): Airflow's None
    if (instances.size() == 1 && instances[0].map_index == -1)
      return pushed(up, -1, key);
    Value all = Value::array();
    for (const auto &ti : instances) {
      Value v = pushed(up, ti.map_index, key);
      if (!v.is_null())
        all.push_back(std::move(v));
    }
    return all;
  }
  /// This instance's element of `expand(...)`.
  const Value &mapped_value() const { return mapped_value_; }
  /// An argument fixed with `partial(...)`; null when absent.
  const Value &arg(std::string_view name) const {
    static const Value null;
    const auto *mapping = run_->dag->tasks[task_].mapping.get();
    if (!mapping)
      return null;
    auto it = mapping->partial_args.find(std::string(name));
    return it == mapping->partial_args.end() ? null : it->second;
  }

  // Internal.
  Context(detail::RunState *run, int task, int map_index, int try_number, Value mapped_value)
      : run_(run), task_(task), map_index_(map_index), try_number_(try_number),
        mapped_value_(std::move(mapped_value)) {}
  detail::RunState *run_state() const { return run_; }
  int task_index() const { return task_; }

private:
  Value pushed(int task, int map_index, std::string_view key) const {
    auto it = run_->xcom.find({task, map_index});
    if (it == run_->xcom.end())
      return {};
    auto kv = it->second.find(key);
    return kv == it->second.end() ? Value() : kv->second;
  }

  detail::RunState *run_;
  int task_;
  int map_index_;
  int try_number_;
  Value mapped_value_;
};

namespace detail {

/// The mapping input of a mapped group: literal values or the source's returned list.
inline Value group_map_input(const RunState &run, int group) {
  const auto &g = run.dag->groups[group];
  if (g.map_source == -1)
    return Value(g.map_values);
  auto it = run.xcom.find({g.map_source, -1});
  if (it == run.xcom.end())
    return Value::array();
  auto rv = it->second.find("return_value");
  return rv != it->second.end() && rv->second.is_array() ? rv->second : Value::array();
}

inline Value task_map_input(const RunState &run, int task) {
  const auto &t = run.dag->tasks[task];
  if (t.expand_source == -1)
    return Value(t.mapping.get() ? t.mapping.get()->expand_values : std::vector<Value>{});
  Context probe(const_cast<RunState *>(&run), task, -1, 0, {});
  Value v = probe.xcom_pull(run.dag->tasks[t.expand_source].task_id);
  return v.is_array() ? v : Value::array();
}

enum class Decision { run, skip, upstream_failed };

/// Airflow's trigger-rule evaluation once every upstream instance is done.
inline Decision decide(TriggerRule rule, const std::vector<State> &ups,
                       const std::vector<State> &setup_ups) {
  if (ups.empty())
    return Decision::run;
  int success = 0, skipped = 0, failed = 0;
  for (State s : ups) {
    success += s == State::success;
    skipped += s == State::skipped;
    failed += s == State::failed || s == State::upstream_failed;
  }
  int n = static_cast<int>(ups.size());
  switch (rule) {
  case TriggerRule::all_success:
    return failed ? Decision::upstream_failed : skipped ? Decision::skip : Decision::run;
  case TriggerRule::all_failed:
    return failed == n ? Decision::run : Decision::skip;
  case TriggerRule::all_done:
  case TriggerRule::always:
    return Decision::run;
  case TriggerRule::one_success:
    return success ? Decision::run : skipped == n ? Decision::skip : Decision::upstream_failed;
  case TriggerRule::one_failed:
    return failed ? Decision::run : Decision::skip;
  case TriggerRule::none_failed:
    return failed ? Decision::upstream_failed : Decision::run;
  case TriggerRule::none_failed_min_one_success:
    return failed ? Decision::upstream_failed : success ? Decision::run : Decision::skip;
  case TriggerRule::none_skipped:
    return skipped ? Decision::skip : Decision::run;
  case TriggerRule::all_done_setup_success: {
    if (setup_ups.empty())
      return Decision::run;
    int setup_success = 0, setup_skipped = 0;
    for (State s : setup_ups) {
      setup_success += s == State::success;
      setup_skipped += s == State::skipped;
    }
    if (setup_success)
      return Decision::run;
    return setup_skipped == static_cast<int>(setup_ups.size()) ? Decision::skip
                                                                : Decision::upstream_failed;
  }
  }
  return Decision::run;
}

/// Tasks in dependency order, ties broken by creation order.
inline std::vector<int> execution_order(const DagState &s) {
  std::vector<int> indegree(s.tasks.size());
  std::priority_queue<int, std::vector<int>, std::greater<>> ready;
  for (std::size_t i = 0; i < s.tasks.size(); ++i) {
    indegree[i] = static_cast<int>(s.tasks[i].upstream.size());
    if (!indegree[i])
      ready.push(static_cast<int>(i));
  }
  std::vector<int> order;
  while (!ready.empty()) {
    int t = ready.top();
    ready.pop();
    order.push_back(t);
    for (int d : s.tasks[t].downstream)
      if (--indegree[d] == 0)
        ready.push(d);
  }
  return order;
}

} // namespace detail

/// What `tg::run` returns: every task instance's final state, and the XComs pushed.
class RunResult {
public:
  /// Instances in execution order.
  std::vector<TaskInstance> instances() const {
    std::vector<TaskInstance> out;
    for (int t : run_->order)
      out.insert(out.end(), run_->instances[t].begin(), run_->instances[t].end());
    return out;
  }
  State state(const std::string &task_id, int map_index = -1) const {
    for (const auto &ti : instances_of(task_id))
      if (ti.map_index == map_index)
        return ti.state;
    throw NotFound("no instance " + task_id + "[" + std::to_string(map_index) + "]");
  }
  const std::vector<TaskInstance> &instances_of(const std::string &task_id) const {
    auto it = run_->dag->task_by_id.find(task_id);
    if (it == run_->dag->task_by_id.end())
      throw NotFound("Task " + task_id + " not found");
    return run_->instances[it->second];
  }
  /// What `task_id` pushed under `key`; for a mapped task, the list of its instances' values
  /// (as `xcom_pull` from a downstream task sees it).
  Value xcom(const std::string &task_id, std::string_view key = "return_value") const {
    auto it = run_->dag->task_by_id.find(task_id);
    if (it == run_->dag->task_by_id.end())
      return {};
    const auto &instances = run_->instances[it->second];
    if (instances.size() == 1 && instances[0].map_index == -1)
      return xcom(task_id, key, -1);
    Value all = Value::array();
    for (const auto &ti : instances)
      if (Value v = xcom(task_id, key, ti.map_index); !v.is_null())
        all.push_back(std::move(v));
    return all;
  }
  /// What one instance (`map_index`, -1 when unmapped) pushed under `key`.
  Value xcom(const std::string &task_id, std::string_view key, int map_index) const {
    auto it = run_->dag->task_by_id.find(task_id);
    if (it == run_->dag->task_by_id.end())
      return {};
    auto x = run_->xcom.find({it->second, map_index});
    if (x == run_->xcom.end())
      return {};
    auto kv = x->second.find(key);
    return kv == x->second.end() ? Value() : kv->second;
  }
  /// Airflow's DAG-run rule: failed when a leaf (a task with no downstream but teardowns;
  /// teardowns themselves excluded) ends failed or upstream_failed.
  bool succeeded() const {
    const auto &s = *run_->dag;
    for (std::size_t t = 0; t < s.tasks.size(); ++t) {
      if (s.tasks[t].kind == TaskKind::teardown)
        continue;
      bool leaf = std::all_of(s.tasks[t].downstream.begin(), s.tasks[t].downstream.end(),
                              [&](int d) { return s.tasks[d].kind == TaskKind::teardown; });
      if (!leaf)
        continue;
      for (const auto &ti : run_->instances[t])
        if (ti.state == State::failed || ti.state == State::upstream_failed)
          return false;
    }
    return true;
  }

  explicit RunResult(std::shared_ptr<detail::RunState> run) : run_(std::move(run)) {}

private:
  std::shared_ptr<detail::RunState> run_;
};

namespace detail {

class Executor {
public:
  Executor(std::shared_ptr<const DagState> owner, const RunOptions &options)
      : run_(std::make_shared<RunState>()) {
    const DagState &dag = *owner;
    run_->owner = std::move(owner);
    run_->dag = &dag;
    run_->params = Value::object();
    for (const auto &[k, v] : dag.options.params)
      run_->params[k] = v;
    for (const auto &[k, v] : options.params)
      run_->params[k] = v;
    run_->instances.resize(dag.tasks.size());
  }

  RunResult run() {
    run_->order = execution_order(*run_->dag);
    for (int t : run_->order)
      run_task(t);
    return RunResult(run_);
  }

private:
  const DagState &dag() const { return *run_->dag; }

  void run_task(int t) {
    const TaskData &task = dag().tasks[t];
    int group = closest_mapped_group(dag(), task.group);
    bool mapped = group != -1 || task.expanded;
    Value input;
    if (group != -1)
      input = group_map_input(*run_, group);
    else if (task.expanded)
      input = task_map_input(*run_, t);
    auto &out = run_->instances[t];
    if (!mapped || input.size() == 0) {
      TaskInstance ti{task.task_id, -1, State::none, 0, {}};
      Decision d = decision_for(t, -1);
      if (mapped && d == Decision::run)
        ti.state = State::skipped; // a mapping over nothing runs no instance
      else
        execute(t, ti, d, Value());
      out.push_back(std::move(ti));
      return;
    }
    for (std::size_t i = 0; i < input.size(); ++i) {
      int index = static_cast<int>(i);
      TaskInstance ti{task.task_id, index, State::none, 0, {}};
      execute(t, ti, decision_for(t, index), input[i]);
      out.push_back(std::move(ti));
    }
  }

  /// Upstream instance states that instance `map_index` of `t` waits for: the same instance
  /// inside a shared mapped group, every instance otherwise.
  Decision decision_for(int t, int map_index) {
    if (run_->skipped_by_branch.count(t))
      return Decision::skip;
    const TaskData &task = dag().tasks[t];
    int group = closest_mapped_group(dag(), task.group);
    std::vector<State> ups, setups;
    for (int u : task.upstream) {
      bool same_instance = map_index >= 0 && group != -1 &&
                           closest_mapped_group(dag(), dag().tasks[u].group) == group;
      for (const auto &ti : run_->instances[u]) {
        if (same_instance && ti.map_index != map_index)
          continue;
        ups.push_back(ti.state);
        if (dag().tasks[u].kind == TaskKind::setup)
          setups.push_back(ti.state);
      }
    }
    return decide(task.trigger_rule, ups, setups);
  }

  void execute(int t, TaskInstance &ti, Decision d, Value mapped_value) {
    if (d == Decision::skip) {
      ti.state = State::skipped;
      return;
    }
    if (d == Decision::upstream_failed) {
      ti.state = State::upstream_failed;
      return;
    }
    const TaskData &task = dag().tasks[t];
    for (int attempt = 1; attempt <= task.retries + 1; ++attempt) {
      ti.tries = attempt;
      Context ctx(run_.get(), t, ti.map_index, attempt, mapped_value);
      try {
        const TaskFunction *fn = task.fn.get();
        Value result = fn && *fn ? (*fn)(ctx) : Value();
        if (task.kind == TaskKind::branch)
          follow_branch(t, result); // and, as BranchPythonOperator, push the chosen ids
        if (!result.is_null())
          ctx.xcom_push("return_value", std::move(result));
        ti.state = State::success;
        ti.error.clear();
        return;
      } catch (const std::exception &e) {
        ti.error = e.what();
      } catch (...) {
        ti.error = "unknown exception";
      }
    }
    ti.state = State::failed;
  }

  /// Airflow's `skip_all_except`: direct downstream tasks not chosen are skipped; a chosen
  /// group id stands for every task in it.
  void follow_branch(int t, const Value &chosen) {
    std::vector<std::string> ids;
    if (chosen.is_string())
      ids.push_back(chosen.as_string());
    else if (chosen.is_array())
      for (const auto &v : chosen.as_array())
        ids.push_back(v.as_string());
    else if (!chosen.is_null())
      throw Error("a branch must return task or group ids, got " + chosen.to_json());
    std::set<int> follow;
    std::string invalid;
    for (const auto &id : ids) {
      if (auto it = dag().task_by_id.find(id); it != dag().task_by_id.end())
        follow.insert(it->second);
      else if (auto g = dag().group_by_id.find(id); g != dag().group_by_id.end())
        for (int task : subtree_tasks(dag(), g->second))
          follow.insert(task);
      else
        invalid += (invalid.empty() ? "'" : ", '") + id + "'";
    }
    if (!invalid.empty())
      throw Error("'branch_task_ids' must contain only valid task_ids. Invalid tasks found: {" +
                  invalid + "}.");
    // Everything downstream of a chosen task is followed too, so a join that is both a direct
    // downstream of the branch and reachable from the chosen path is not skipped.
    std::vector<int> stack(follow.begin(), follow.end());
    while (!stack.empty()) {
      int task = stack.back();
      stack.pop_back();
      for (int d : dag().tasks[task].downstream)
        if (follow.insert(d).second)
          stack.push_back(d);
    }
    for (int d : dag().tasks[t].downstream)
      if (!follow.count(d))
        run_->skipped_by_branch.insert(d);
  }

  std::shared_ptr<RunState> run_;
};

} // namespace detail

/// Runs every task instance in dependency order and returns their states.
inline RunResult run(const Dag &dag, const RunOptions &options = {}) {
  return detail::Executor(dag.shared_state(), options).run();
}

template <class T> T MappedArg<T>::get(const Context &ctx) const {
  const auto &run = *ctx.run_state();
  if (detail::closest_mapped_group(*run.dag, run.dag->tasks[ctx.task_index()].group) != group_ ||
      ctx.map_index() < 0)
    throw Error("a mapped argument of group '" + state_->groups[group_].group_id +
                "' read outside that group's instances");
  return value_as<T>(detail::group_map_input(run, group_)[ctx.map_index()]);
}

} // namespace tg
