// The DAG, its groups and tasks: creation, id rules and Airflow's dependency semantics.
#pragma once

#include "annotate.hpp"
#include "errors.hpp"
#include "options.hpp"
#include "value.hpp"

#include <algorithm>
#include <deque>
#include <functional>
#include <initializer_list>
#include <iterator>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <type_traits>
#include <unordered_map>
#include <utility>
#include <vector>

namespace tg {

class Context;
class Dag;
class Task;
class TaskGroup;
class Node;

namespace detail {

/// A task or group inside one DAG's state.
struct NodeRef {
  bool is_group = false;
  int index = -1;
  friend bool operator==(NodeRef, NodeRef) = default;
};

using TaskFunction = std::function<Value(Context &)>;

/// A set of task indices as a sorted vector: a task's neighbours are few, and a tree node per
/// edge (std::set) cost 40 bytes and an allocation each. Edges are mostly added in creation
/// order, so inserting at the end is the fast path.
class IndexSet {
public:
  using const_iterator = std::vector<int>::const_iterator;
  using iterator = const_iterator;
  using value_type = int;

  /// True when `index` was not there yet.
  bool insert(int index) {
    if (items_.empty() || items_.back() < index) {
      items_.push_back(index);
      return true;
    }
    auto at = std::lower_bound(items_.begin(), items_.end(), index);
    if (*at == index)
      return false;
    items_.insert(at, index);
    return true;
  }
  std::size_t erase(int index) {
    auto at = std::lower_bound(items_.begin(), items_.end(), index);
    if (at == items_.end() || *at != index)
      return 0;
    items_.erase(at);
    return 1;
  }
  std::size_t count(int index) const {
    return std::binary_search(items_.begin(), items_.end(), index) ? 1 : 0;
  }
  bool contains(int index) const { return count(index) != 0; }
  void clear() { items_.clear(); }
  bool empty() const { return items_.empty(); }
  std::size_t size() const { return items_.size(); }
  const_iterator begin() const { return items_.begin(); }
  const_iterator end() const { return items_.end(); }
  friend bool operator==(const IndexSet &, const IndexSet &) = default;

private:
  std::vector<int> items_; // sorted, no duplicates
};

/// A copyable, optional member kept behind a pointer: for what few records have, so that
/// the others do not pay its size (a DAG of 100k tasks holds 100k records).
template <class T> class OutOfLine {
public:
  OutOfLine() = default;
  OutOfLine(const OutOfLine &other) : value_(other.value_ ? new T(*other.value_) : nullptr) {}
  OutOfLine &operator=(const OutOfLine &other) {
    value_.reset(other.value_ ? new T(*other.value_) : nullptr);
    return *this;
  }
  OutOfLine(OutOfLine &&) noexcept = default;
  OutOfLine &operator=(OutOfLine &&) noexcept = default;

  const T *get() const { return value_.get(); }
  /// The value, created empty on first use.
  T &make() {
    if (!value_)
      value_ = std::make_unique<T>();
    return *value_;
  }

private:
  std::unique_ptr<T> value_;
};

/// What only a mapped task has: its literal mapping input and its `partial` arguments.
struct TaskMapping {
  std::vector<Value> expand_values;
  std::map<std::string, Value> partial_args;
};

struct TaskData {
  std::string task_id; // fully qualified
  std::string label;   // as written
  int group = 0;
  TaskKind kind = TaskKind::task;
  TriggerRule trigger_rule = TriggerRule::all_success;
  int retries = 0;
  DefaultArgs default_args; // effective: DAG < groups < task
  OutOfLine<TaskFunction> fn; // only the runtime has one: the analyzer's records leave it out
  IndexSet upstream, downstream;
  bool expanded = false;  // a mapped task (`expand`)
  int expand_source = -1; // the task whose return value is the input, or -1: `mapping`'s
  OutOfLine<TaskMapping> mapping;
};

struct GroupData {
  std::string group_id; // fully qualified; empty for the root
  std::string label;    // as written (after any __N suffix)
  int parent = -1;
  GroupOptions options;
  DefaultArgs default_args; // merged with the ancestors'
  std::vector<NodeRef> children;
  bool mapped = false;
  std::vector<Value> map_values;
  int map_source = -1;
  // Group-level relations: Airflow keeps them for the UI's join nodes and for the
  // empty-group fall-through when looking for leaves. Airflow's sets of ids
  // (`upstream_group_ids`, ...), kept as node indices (`ids_in_order` reads them as ids):
  // sets of strings cost a node and a copy of the id per relation.
  IndexSet upstream_groups, downstream_groups;
  IndexSet upstream_tasks, downstream_tasks;
};

struct DagState {
  std::string dag_id;
  DagOptions options;
  // Deques: creating a node never moves the others, so references handed out by the
  // handles (`task_id()`, `group_id()`, ...) stay valid.
  std::deque<GroupData> groups;
  std::deque<TaskData> tasks;
  std::unordered_map<std::string, int> task_by_id;
  std::unordered_map<std::string, int> group_by_id;
  /// For each `<id>__` that a used id extends with 1 to 9 digits, the largest such number:
  /// what `add_suffix_on_collision` looks for, kept up to date instead of scanning every id
  /// at each collision (quadratic in the DAG's size).
  std::unordered_map<std::string, long> largest_suffix;
  /// Scratch marks for walks over the edges (`reaches`, run before each new edge): task `t`
  /// is visited by the current walk when `walk_marks[t] == walk`, so starting a walk costs one
  /// increment, not a set or a clear per task. A DAG is built on one thread.
  mutable std::vector<unsigned> walk_marks;
  mutable unsigned walk = 0;

  const std::string &id_of(NodeRef n) const {
    return n.is_group ? groups[n.index].group_id : tasks[n.index].task_id;
  }
};

/// The nodes of `set` (groups or tasks), ordered by id as Airflow's sets of ids are.
inline std::vector<int> in_id_order(const DagState &s, const IndexSet &set, bool groups) {
  std::vector<int> nodes(set.begin(), set.end());
  std::sort(nodes.begin(), nodes.end(), [&](int a, int b) {
    return s.id_of({groups, a}) < s.id_of({groups, b});
  });
  return nodes;
}

/// The ids of `set` in order: what Airflow's `upstream_group_ids` and the like hold.
inline std::vector<std::string> ids_in_order(const DagState &s, const IndexSet &set,
                                             bool groups) {
  std::vector<std::string> ids;
  for (int node : in_id_order(s, set, groups))
    ids.push_back(s.id_of({groups, node}));
  return ids;
}

inline constexpr std::string_view join_id_suffixes[] = {".upstream_join_id",
                                                        ".downstream_join_id"};

/// Airflow's `used_group_ids`: every task id, every group id and its two join ids. Derived
/// from the id maps rather than stored, which would hold every id a third time.
inline bool id_used(const DagState &s, const std::string &id) {
  if (s.task_by_id.count(id) || s.group_by_id.count(id))
    return true;
  for (std::string_view join : join_id_suffixes)
    if (id.size() > join.size() && std::string_view(id).ends_with(join) &&
        s.group_by_id.count(id.substr(0, id.size() - join.size())))
      return true;
  return false;
}

/// Splits `<base>__<1 to 9 digits>` into `<base>__` and the number, as Airflow's suffix
/// search reads used ids; nullopt for any other id.
inline std::optional<std::pair<std::string, long>> split_suffix(const std::string &id) {
  std::size_t digits = id.find_last_not_of("0123456789");
  digits = digits == std::string::npos ? 0 : digits + 1;
  std::size_t count = id.size() - digits;
  if (count == 0 || count > 9 || digits < 2 || id.compare(digits - 2, 2, "__") != 0)
    return std::nullopt;
  return std::pair{id.substr(0, digits), std::stol(id.substr(digits))};
}

/// Registers a new id with the suffix index (`id_used` reads the id maps themselves).
inline void note_used_id(DagState &s, const std::string &id) {
  if (auto split = split_suffix(id)) {
    long &largest = s.largest_suffix[split->first];
    largest = std::max(largest, split->second);
  }
}

/// Unregisters an id already taken out of the id maps: when it held its base's largest
/// suffix, that base's entry is recomputed from the ids left (rare: only removals do it).
inline void forget_used_id(DagState &s, const std::string &id) {
  auto split = split_suffix(id);
  if (!split)
    return;
  auto it = s.largest_suffix.find(split->first);
  if (it == s.largest_suffix.end() || it->second != split->second)
    return;
  long largest = 0;
  for (const auto *ids : {&s.task_by_id, &s.group_by_id})
    for (const auto &[other, index] : *ids)
      if (auto o = split_suffix(other); o && o->first == split->first)
        largest = std::max(largest, o->second);
  if (largest == 0)
    s.largest_suffix.erase(it);
  else
    it->second = largest;
}

// ---- id rules (Airflow's KEY_REGEX / GROUP_KEY_REGEX, ASCII only) ----

inline bool is_id_char(char c, bool allow_dot) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         c == '_' || c == '-' || (allow_dot && c == '.');
}

inline void validate_key(const std::string &key, std::size_t max_length, bool allow_dot) {
  if (key.size() > max_length)
    throw InvalidId(key, "at most " + std::to_string(max_length) + " characters",
                    "The key has to be less than " + std::to_string(max_length) +
                        " characters, not " + std::to_string(key.size()));
  bool ok = !key.empty() &&
            std::all_of(key.begin(), key.end(), [&](char c) { return is_id_char(c, allow_dot); });
  if (!ok) {
    std::string quoted = "'" + key + "'";
    throw InvalidId(key, allow_dot ? "^[A-Za-z0-9_.-]+$" : "^[A-Za-z0-9_-]+$",
                    "The key " + quoted + " has to be made of alphanumeric characters, dashes, " +
                        (allow_dot ? "dots, and underscores exclusively"
                                   : "and underscores exclusively"));
  }
}
inline void validate_group_key(const std::string &key) { validate_key(key, 200, false); }
inline void validate_task_key(const std::string &key) { validate_key(key, 250, true); }

inline std::string child_id(const GroupData &g, const std::string &label) {
  if (g.options.prefix_group_id && !g.group_id.empty())
    return g.group_id + "." + label;
  return label;
}

/// The closest mapped group containing group `g` (itself included), or -1.
inline int closest_mapped_group(const DagState &s, int g) {
  for (; g != -1; g = s.groups[g].parent)
    if (s.groups[g].mapped)
      return g;
  return -1;
}

/// Strips a trailing `__<digits>` suffix, as `re.split(r"__\d+$", id)[0]`.
inline std::string strip_suffix(const std::string &id) {
  auto pos = id.rfind("__");
  if (pos == std::string::npos || pos + 2 == id.size())
    return id;
  for (std::size_t i = pos + 2; i < id.size(); ++i)
    if (id[i] < '0' || id[i] > '9')
      return id;
  return id.substr(0, pos);
}

/// Airflow's `add_suffix_on_collision`: `base__(max existing N + 1)`, or `base__1`. Unlike
/// Airflow, the search compares fully qualified ids, so a third call inside a prefixed parent
/// gets `__2` instead of colliding again (the nested case of Airflow issue 41596).
inline std::string suffixed_label(const DagState &s, const GroupData &parent,
                                  const std::string &label) {
  std::string base = strip_suffix(label);
  auto it = s.largest_suffix.find(child_id(parent, base) + "__");
  long best = it == s.largest_suffix.end() ? 0 : it->second;
  return base + "__" + std::to_string(best + 1);
}

inline DefaultArgs merged(DefaultArgs base, const DefaultArgs &over) {
  for (const auto &[k, v] : over)
    base[k] = v;
  return base;
}

inline int create_group(DagState &s, int parent, std::string label, GroupOptions options,
                        bool suffix_on_collision, bool mapped) {
  validate_group_key(label);
  const GroupData &p = s.groups[parent];
  std::string full = child_id(p, label);
  if (id_used(s, full)) {
    if (!suffix_on_collision)
      throw DuplicateTaskIdFound("group_id '" + label + "' has already been added to the DAG");
    label = suffixed_label(s, p, label);
    full = child_id(p, label);
  }
  if (mapped && closest_mapped_group(s, parent) != -1)
    throw MappingError("Nested Mapped TaskGroups are not yet supported");
  GroupData g;
  g.group_id = full;
  g.label = label;
  g.parent = parent;
  g.default_args = merged(p.default_args, options.default_args);
  g.options = std::move(options);
  g.mapped = mapped;
  int index = static_cast<int>(s.groups.size());
  note_used_id(s, full);
  s.group_by_id.emplace(full, index);
  s.groups.push_back(std::move(g));
  s.groups[parent].children.push_back({true, index});
  return index;
}

inline int create_task(DagState &s, int group, const std::string &label, TaskKind kind,
                       TaskFunction fn, const TaskOptions &options) {
  const GroupData &g = s.groups[group];
  std::string full = child_id(g, label);
  if (id_used(s, full))
    throw DuplicateTaskIdFound("Task id '" + full + "' has already been added to the DAG");
  validate_task_key(full);
  TaskData t;
  t.task_id = full;
  t.label = label;
  t.group = group;
  t.kind = kind;
  if (fn)
    t.fn.make() = std::move(fn);
  DefaultArgs dag_and_groups = merged(s.options.default_args, g.default_args);
  t.default_args = merged(dag_and_groups, options.default_args);
  if (options.trigger_rule)
    t.trigger_rule = *options.trigger_rule;
  else if (kind == TaskKind::teardown)
    t.trigger_rule = TriggerRule::all_done_setup_success;
  else if (auto it = t.default_args.find("trigger_rule"); it != t.default_args.end())
    if (auto rule = parse_trigger_rule(it->second))
      t.trigger_rule = *rule;
  if (options.retries)
    t.retries = *options.retries;
  else if (auto it = t.default_args.find("retries"); it != t.default_args.end())
    t.retries = std::atoi(it->second.c_str());
  if (t.trigger_rule == TriggerRule::always && closest_mapped_group(s, group) != -1)
    throw MappingError("Task-generated mapping within a mapped task group is not allowed with "
                       "trigger rule 'always'");
  int index = static_cast<int>(s.tasks.size());
  note_used_id(s, full);
  s.task_by_id.emplace(full, index);
  s.tasks.push_back(std::move(t));
  s.groups[group].children.push_back({false, index});
  return index;
}

/// The state behind a handle; a default-constructed handle has none.
inline DagState &checked(DagState *state, const char *handle) {
  if (!state)
    throw Error(std::string("a tg::") + handle + " handle was used before it was assigned");
  return *state;
}

/// Takes back the most recent task when nothing refers to it yet.
inline void remove_last_task_if_unconnected(DagState &s, int task) {
  if (task != static_cast<int>(s.tasks.size()) - 1)
    return;
  TaskData &t = s.tasks[task];
  if (!t.upstream.empty() || !t.downstream.empty())
    return;
  auto &siblings = s.groups[t.group].children;
  if (siblings.empty() || siblings.back() != NodeRef{false, task})
    return;
  siblings.pop_back();
  s.task_by_id.erase(t.task_id);
  forget_used_id(s, t.task_id);
  s.tasks.pop_back();
}

// ---- traversal ----

/// Every task of the subtree, depth first in creation order (Airflow's `TaskGroup.__iter__`).
inline void collect_tasks(const DagState &s, int g, std::vector<int> &out) {
  for (NodeRef c : s.groups[g].children) {
    if (c.is_group)
      collect_tasks(s, c.index, out);
    else
      out.push_back(c.index);
  }
}
inline std::vector<int> subtree_tasks(const DagState &s, int g) {
  std::vector<int> out;
  collect_tasks(s, g, out);
  return out;
}

/// Whether group `inner` is `outer` or below it.
inline bool in_group(const DagState &s, int inner, int outer) {
  for (int x = inner; x != -1; x = s.groups[x].parent)
    if (x == outer)
      return true;
  return false;
}

/// Whether task `t` is in group `g` or below it: a climb as deep as the nesting, cheaper than
/// a set of the subtree's tasks built at each call.
inline bool in_subtree(const DagState &s, int t, int g) { return in_group(s, s.tasks[t].group, g); }

/// Whether none of `tasks` is in group `g` or below it.
inline bool none_in_subtree(const DagState &s, const IndexSet &tasks, int g) {
  return std::none_of(tasks.begin(), tasks.end(), [&](int t) { return in_subtree(s, t, g); });
}

inline std::vector<int> group_roots(const DagState &s, int g) {
  std::vector<int> roots;
  for (int t : subtree_tasks(s, g))
    if (none_in_subtree(s, s.tasks[t].upstream, g))
      roots.push_back(t);
  return roots;
}

/// Airflow's `get_leaves`: a teardown leaf is replaced by the first non-teardown tasks upstream
/// of it inside the group, skipping the setup it tears down (PR 36456, issue 36345).
inline std::vector<int> group_leaves(const DagState &s, int g) {
  auto is_teardown = [&](int t) { return s.tasks[t].kind == TaskKind::teardown; };
  auto has_non_teardown_downstream = [&](int t, int exclude) {
    for (int d : s.tasks[t].downstream)
      if (d != exclude && in_subtree(s, d, g) && !is_teardown(d))
        return true;
    return false;
  };
  std::vector<int> leaves;
  auto add = [&](int t) {
    if (std::find(leaves.begin(), leaves.end(), t) == leaves.end())
      leaves.push_back(t);
  };
  std::function<void(int)> recurse = [&](int t) {
    for (int up : s.tasks[t].upstream) {
      if (!in_subtree(s, up, g))
        continue;
      if (is_teardown(up))
        recurse(up);
      else if (is_teardown(t) && s.tasks[up].kind == TaskKind::setup)
        continue;
      else if (!has_non_teardown_downstream(up, t))
        add(up);
    }
  };
  for (int t : subtree_tasks(s, g)) {
    if (!none_in_subtree(s, s.tasks[t].downstream, g))
      continue;
    if (is_teardown(t))
      recurse(t);
    else
      add(t);
  }
  return leaves;
}

/// `_set_relatives`' helper: a group's leaves, or, for an empty group, the tasks upstream of it,
/// climbing to the parent when there are none (PR 49034, issue 47947).
inline std::vector<int> find_leaves(const DagState &s, int g) {
  for (; g != -1; g = s.groups[g].parent) {
    auto leaves = group_leaves(s, g);
    if (!leaves.empty())
      return leaves;
    if (!s.groups[g].upstream_tasks.empty())
      return in_id_order(s, s.groups[g].upstream_tasks, false);
  }
  return {};
}

// ---- edges ----

/// Whether `to` is downstream of `from`. It runs for every new edge, so it costs what it visits:
/// clearing a mark per task of the whole DAG at each call would make building a DAG quadratic
/// in its size, hence the walk numbers.
inline bool reaches(const DagState &s, int from, int to) {
  if (s.walk_marks.size() < s.tasks.size())
    s.walk_marks.resize(s.tasks.size(), s.walk);
  if (++s.walk == 0) { // wrapped round: forget every old mark
    std::fill(s.walk_marks.begin(), s.walk_marks.end(), 0U);
    s.walk = 1;
  }
  std::vector<int> stack{from};
  while (!stack.empty()) {
    int t = stack.back();
    stack.pop_back();
    if (t == to)
      return true;
    if (s.walk_marks[t] == s.walk)
      continue;
    s.walk_marks[t] = s.walk;
    for (int d : s.tasks[t].downstream)
      stack.push_back(d);
  }
  return false;
}

inline void add_edge(DagState &s, int up, int down) {
  auto &u = s.tasks[up];
  if (u.downstream.count(down))
    return; // Airflow logs "Dependency already registered" and carries on
  if (up == down || (!s.tasks[down].downstream.empty() && reaches(s, down, up)))
    throw CycleError("Cycle detected in DAG: " + s.dag_id + ". Faulty task: " + u.task_id);
  u.downstream.insert(down);
  s.tasks[down].upstream.insert(up);
}

/// `TaskGroup.update_relative`: group-level bookkeeping, no task edges.
inline void update_relative(DagState &s, int g, NodeRef other, bool upstream) {
  auto &group = s.groups[g];
  if (other.is_group) {
    if (other.index == g)
      return;
    auto &o = s.groups[other.index];
    if (upstream) {
      group.upstream_groups.insert(other.index);
      o.downstream_groups.insert(g);
    } else {
      group.downstream_groups.insert(other.index);
      o.upstream_groups.insert(g);
    }
  } else {
    (upstream ? group.upstream_tasks : group.downstream_tasks).insert(other.index);
  }
}

/// The tasks that `others` stand for in an edge: each task itself, and each group's leaves (on
/// the upstream side) or roots (downstream).
inline std::vector<int> relative_tasks(const DagState &s, const std::vector<NodeRef> &others,
                                       bool upstream) {
  std::vector<int> relatives;
  for (NodeRef o : others) {
    if (o.is_group) {
      auto r = upstream ? group_leaves(s, o.index) : group_roots(s, o.index);
      relatives.insert(relatives.end(), r.begin(), r.end());
    } else {
      relatives.push_back(o.index);
    }
  }
  return relatives;
}

/// `DAGNode._set_relatives` for a task: relatives are the other side's roots (downstream) or
/// leaves (upstream), collected first, then connected. `relatives`: what
/// `relative_tasks(s, others, upstream)` returns now, when the caller has it already.
inline void task_set_relatives(DagState &s, int task, const std::vector<NodeRef> &others,
                               bool upstream, const std::vector<int> *relatives = nullptr) {
  for (NodeRef o : others)
    if (o.is_group)
      update_relative(s, o.index, {false, task}, !upstream);
  const std::vector<int> own = relatives ? std::vector<int>{} : relative_tasks(s, others, upstream);
  for (int r : relatives ? *relatives : own)
    upstream ? add_edge(s, r, task) : add_edge(s, task, r);
}

/// `TaskGroup._set_relatives`: leaves are taken (with the empty-group fall-through) before the
/// group-level bookkeeping, then each leaf or root is connected.
inline void group_set_relatives(DagState &s, int g, const std::vector<NodeRef> &others,
                                bool upstream) {
  auto leaves = find_leaves(s, g);
  for (NodeRef o : others)
    update_relative(s, g, o, upstream);
  // Airflow works the other side's leaves or roots out again for each task of this group. The
  // edges added on the way change them only when the two groups overlap; otherwise they are
  // worked out once.
  const bool overlap = std::any_of(others.begin(), others.end(), [&](NodeRef o) {
    return o.is_group && (in_group(s, g, o.index) || in_group(s, o.index, g));
  });
  std::optional<std::vector<int>> relatives;
  if (!overlap)
    relatives = relative_tasks(s, others, upstream);
  const std::vector<int> *shared = relatives ? &*relatives : nullptr;
  if (upstream) {
    for (int r : group_roots(s, g))
      task_set_relatives(s, r, others, true, shared);
  } else {
    for (int l : leaves)
      task_set_relatives(s, l, others, false, shared);
  }
}

inline void set_relatives(DagState &s, NodeRef self, const std::vector<NodeRef> &others,
                          bool upstream) {
  if (self.is_group)
    group_set_relatives(s, self.index, others, upstream);
  else
    task_set_relatives(s, self.index, others, upstream);
}

// ---- callables ----

template <class R> Value to_value(R &&r) {
  if constexpr (std::is_convertible_v<R, Value>)
    return Value(std::forward<R>(r));
  else
    static_assert(sizeof(R) == 0, "a task's return value must convert to tg::Value");
}

/// Normalises the four callable shapes of the API to `Value(Context&)`.
template <class F> TaskFunction wrap(F &&f) {
  using Fn = std::decay_t<F>;
  if constexpr (std::is_invocable_v<Fn &, Context &>) {
    using R = std::invoke_result_t<Fn &, Context &>;
    return [fn = Fn(std::forward<F>(f))](Context &ctx) mutable -> Value {
      if constexpr (std::is_void_v<R>) {
        fn(ctx);
        return {};
      } else {
        return to_value(fn(ctx));
      }
    };
  } else if constexpr (std::is_invocable_v<Fn &>) {
    using R = std::invoke_result_t<Fn &>;
    return [fn = Fn(std::forward<F>(f))](Context &) mutable -> Value {
      if constexpr (std::is_void_v<R>) {
        fn();
        return {};
      } else {
        return to_value(fn());
      }
    };
  } else {
    static_assert(sizeof(Fn) == 0,
                  "a task callable takes (tg::Context&) or nothing and returns void or a value");
  }
}

} // namespace detail

// ---------------------------------------------------------------------------------------------

/// A task handle. Cheap to copy; valid as long as its DAG lives.
class Task {
public:
  Task() = default;

  TG_ANNOTATE("taskgroup.get.task_id")
  const std::string &task_id() const { return data().task_id; }
  TG_ANNOTATE("taskgroup.get.task_id")
  const std::string &id() const { return data().task_id; }
  TG_ANNOTATE("taskgroup.get.label")
  const std::string &label() const { return data().label; }
  TaskKind kind() const { return data().kind; }
  TriggerRule trigger_rule() const { return data().trigger_rule; }
  int retries() const { return data().retries; }
  const DefaultArgs &default_args() const { return data().default_args; }
  bool is_setup() const { return kind() == TaskKind::setup; }
  bool is_teardown() const { return kind() == TaskKind::teardown; }
  /// True for an expanded task and for every task of a mapped group: both run once per element.
  bool is_mapped() const {
    return data().expanded || detail::closest_mapped_group(*state_, data().group) != -1;
  }
  TG_ANNOTATE("taskgroup.get.group")
  inline TaskGroup group() const;
  std::vector<std::string> upstream_ids() const { return ids(data().upstream); }
  std::vector<std::string> downstream_ids() const { return ids(data().downstream); }

  /// Fixes arguments of a mapped task, read with `ctx.arg(name)`.
  TG_ANNOTATE("taskgroup.partial")
  Task partial(std::map<std::string, Value> args) const {
    for (auto &[k, v] : args)
      mutable_data().mapping.make().partial_args[k] = std::move(v);
    return *this;
  }
  /// Maps the task over literal values: one instance per element at run time.
  TG_ANNOTATE("taskgroup.expand")
  Task expand(std::vector<Value> values) const {
    mark_expanded();
    mutable_data().mapping.make().expand_values = std::move(values);
    return *this;
  }
  /// Maps the task over any container of values convertible to tg::Value.
  template <class Range>
    requires(!std::is_same_v<std::remove_cvref_t<Range>, std::vector<Value>> &&
             !std::is_same_v<std::remove_cvref_t<Range>, Task> &&
             std::is_convertible_v<decltype(*std::begin(std::declval<const Range &>())), Value>)
  TG_ANNOTATE("taskgroup.expand")
  Task expand(const Range &values) const {
    return expand(std::vector<Value>(std::begin(values), std::end(values)));
  }
  /// Maps the task over the list returned by `source` (known only at run time).
  TG_ANNOTATE("taskgroup.expand")
  Task expand(const Task &source) const {
    check_same_dag(source);
    mark_expanded();
    mutable_data().expand_source = source.index_;
    detail::add_edge(*state_, source.index_, index_);
    return *this;
  }

  friend bool operator==(const Task &a, const Task &b) {
    return a.state_ == b.state_ && a.index_ == b.index_;
  }

  // Internal: handles are made by the library.
  Task(detail::DagState *state, int index) : state_(state), index_(index) {}
  detail::DagState *state() const { return state_; }
  int index() const { return index_; }

private:
  const detail::TaskData &data() const { return detail::checked(state_, "Task").tasks.at(index_); }
  detail::TaskData &mutable_data() const {
    return detail::checked(state_, "Task").tasks.at(index_);
  }
  std::vector<std::string> ids(const detail::IndexSet &indices) const {
    std::vector<std::string> out;
    for (int i : indices)
      out.push_back(state_->tasks[i].task_id);
    std::sort(out.begin(), out.end());
    return out;
  }
  void mark_expanded() const {
    if (detail::closest_mapped_group(*state_, data().group) != -1) {
      // Airflow refuses the mapped operator before it exists; undo the creation when we can.
      detail::remove_last_task_if_unconnected(*state_, index_);
      throw MappingError("operator expansion in an expanded task group is not yet supported");
    }
    mutable_data().expanded = true;
  }
  void check_same_dag(const Task &other) const {
    if (other.state_ != state_)
      throw Error("Tried to set relationships between tasks in more than one Dag");
  }

  detail::DagState *state_ = nullptr;
  int index_ = -1;
};

/// A task or a group, as returned by `children()` and the sorts.
class Node {
public:
  Node() = default;
  Node(const Task &t) : state_(t.state()), ref_{false, t.index()} {}
  inline Node(const TaskGroup &g);

  TG_ANNOTATE("taskgroup.get.node_id")
  const std::string &id() const { return state_->id_of(ref_); }
  bool is_group() const { return ref_.is_group; }
  TG_ANNOTATE("taskgroup.get.as_task")
  Task as_task() const {
    if (ref_.is_group)
      throw Error("node '" + id() + "' is a group, not a task");
    return Task(state_, ref_.index);
  }
  TG_ANNOTATE("taskgroup.get.as_group")
  inline TaskGroup as_group() const;
  friend bool operator==(const Node &a, const Node &b) {
    return a.state_ == b.state_ && a.ref_ == b.ref_;
  }

  // Internal.
  Node(detail::DagState *state, detail::NodeRef ref) : state_(state), ref_(ref) {}
  detail::DagState *state() const { return state_; }
  detail::NodeRef ref() const { return ref_; }

private:
  detail::DagState *state_ = nullptr;
  detail::NodeRef ref_;
};

/// A list of tasks and groups on one side of `>>` (Python's `[a, b]`).
class Nodes {
public:
  Nodes() = default;
  TG_ANNOTATE("taskgroup.nodes")
  Nodes(std::initializer_list<Node> nodes) : nodes_(nodes) {}
  template <class T>
    requires std::is_convertible_v<const T &, Node>
  Nodes(const std::vector<T> &nodes) : nodes_(nodes.begin(), nodes.end()) {}

  void push_back(Node n) { nodes_.push_back(std::move(n)); }
  std::size_t size() const { return nodes_.size(); }
  bool empty() const { return nodes_.empty(); }
  auto begin() const { return nodes_.begin(); }
  auto end() const { return nodes_.end(); }
  const Node &operator[](std::size_t i) const { return nodes_.at(i); }

private:
  std::vector<Node> nodes_;
};

/// A group handle. Creation methods add children; the scoped form runs a body lambda.
class TaskGroup {
public:
  TaskGroup() = default;

  /// Fully qualified id; empty for the DAG's root group.
  TG_ANNOTATE("taskgroup.get.group_id")
  const std::string &group_id() const { return data().group_id; }
  TG_ANNOTATE("taskgroup.get.group_id")
  const std::string &id() const { return data().group_id; }
  /// The id as written (with any `__N` suffix).
  TG_ANNOTATE("taskgroup.get.label")
  const std::string &label() const { return data().label; }
  /// What pictures show: `display_name`, else the label.
  const std::string &display_label() const {
    return data().options.display_name.empty() ? data().label : data().options.display_name;
  }
  bool is_root() const { return data().parent == -1; }
  TG_ANNOTATE("taskgroup.get.parent")
  TaskGroup parent() const {
    if (is_root())
      throw NotFound("the root group has no parent");
    return TaskGroup(state_, data().parent);
  }
  const GroupOptions &options() const { return data().options; }
  bool prefix_group_id() const { return data().options.prefix_group_id; }
  const std::string &tooltip() const { return data().options.tooltip; }
  const std::string &ui_color() const { return data().options.ui_color; }
  const std::string &ui_fgcolor() const { return data().options.ui_fgcolor; }
  const DefaultArgs &default_args() const { return data().default_args; }
  bool is_mapped() const { return data().mapped; }
  TG_ANNOTATE("taskgroup.get.child_id")
  std::string child_id(const std::string &label) const { return detail::child_id(data(), label); }
  std::string upstream_join_id() const { return group_id() + ".upstream_join_id"; }
  std::string downstream_join_id() const { return group_id() + ".downstream_join_id"; }

  // -- creation --

  TG_ANNOTATE("taskgroup.group")
  TaskGroup group(const std::string &id, GroupOptions options = {}) const {
    return TaskGroup(state_, detail::create_group(*state_, index_, id, std::move(options),
                                                  false, false));
  }
  /// The scoped form (Airflow's `with TaskGroup(...)`): `body(group)` runs, then the group is
  /// returned.
  template <class Body>
    requires std::is_invocable_v<Body &, TaskGroup &>
  TG_ANNOTATE("taskgroup.group")
  TaskGroup group(const std::string &id, GroupOptions options, Body &&body) const {
    TaskGroup g = group(id, std::move(options));
    body(g);
    return g;
  }
  /// The scoped form with default options.
  template <class Body>
    requires std::is_invocable_v<Body &, TaskGroup &>
  TG_ANNOTATE("taskgroup.group")
  TaskGroup group(const std::string &id, Body &&body) const {
    return group(id, GroupOptions{}, std::forward<Body>(body));
  }
  template <class F>
  TG_ANNOTATE("taskgroup.task")
  Task task(const std::string &id, F &&fn, const TaskOptions &options = {}) const {
    return make(id, TaskKind::task, detail::wrap(std::forward<F>(fn)), options);
  }
  TG_ANNOTATE("taskgroup.empty")
  Task empty(const std::string &id, const TaskOptions &options = {}) const {
    return make(id, TaskKind::empty, [](Context &) { return Value(); }, options);
  }
  template <class F>
  TG_ANNOTATE("taskgroup.setup")
  Task setup(const std::string &id, F &&fn, const TaskOptions &options = {}) const {
    return make(id, TaskKind::setup, detail::wrap(std::forward<F>(fn)), options);
  }
  /// A teardown of `setups` (Airflow's `as_teardown(setups=...)`): adds `setup >> teardown`
  /// for each and runs when a setup ran, even after failures.
  template <class F, class... Setups>
    requires(std::is_same_v<std::decay_t<Setups>, Task> && ...)
  TG_ANNOTATE("taskgroup.teardown")
  Task teardown(const std::string &id, F &&fn, const Setups &...setups) const {
    Task t = make(id, TaskKind::teardown, detail::wrap(std::forward<F>(fn)), {});
    (attach_setup(setups, t), ...);
    return t;
  }
  /// A branch: `fn` returns the fully qualified ids (tasks or groups) to follow.
  template <class F>
  TG_ANNOTATE("taskgroup.branch")
  Task branch(const std::string &id, F &&fn, const TaskOptions &options = {}) const {
    return make(id, TaskKind::branch, detail::wrap(std::forward<F>(fn)), options);
  }

  // -- introspection --

  /// Airflow's `get_child_by_label`.
  TG_ANNOTATE("taskgroup.ref.child")
  Node child(const std::string &label) const {
    std::string id = child_id(label);
    for (detail::NodeRef c : data().children)
      if (state_->id_of(c) == id)
        return Node(state_, c);
    throw NotFound("Task '" + label + "' not found");
  }
  std::vector<Node> children() const {
    std::vector<Node> out;
    for (detail::NodeRef c : data().children)
      out.emplace_back(state_, c);
    return out;
  }
  /// Depth first, creation order (Airflow's `__iter__`).
  std::vector<Task> tasks() const { return handles(detail::subtree_tasks(*state_, index_)); }
  /// Breadth first (Airflow's `iter_tasks`).
  std::vector<Task> iter_tasks() const {
    std::vector<Task> out;
    std::vector<int> queue{index_};
    for (std::size_t i = 0; i < queue.size(); ++i)
      for (detail::NodeRef c : state_->groups[queue[i]].children) {
        if (c.is_group)
          queue.push_back(c.index);
        else
          out.emplace_back(state_, c.index);
      }
    return out;
  }
  bool has_task(const Task &t) const {
    for (int g = t.state() == state_ ? state_->tasks[t.index()].group : -1; g != -1;
         g = state_->groups[g].parent)
      if (g == index_)
        return true;
    return false;
  }
  std::vector<Task> roots() const { return handles(detail::group_roots(*state_, index_)); }
  std::vector<Task> leaves() const { return handles(detail::group_leaves(*state_, index_)); }
  std::vector<std::string> upstream_group_ids() const {
    return detail::ids_in_order(*state_, data().upstream_groups, true);
  }
  std::vector<std::string> downstream_group_ids() const {
    return detail::ids_in_order(*state_, data().downstream_groups, true);
  }
  std::vector<std::string> upstream_task_ids() const {
    return detail::ids_in_order(*state_, data().upstream_tasks, false);
  }
  std::vector<std::string> downstream_task_ids() const {
    return detail::ids_in_order(*state_, data().downstream_tasks, false);
  }

  /// Groups first, then tasks, each by fully qualified id as plain strings.
  std::vector<Node> hierarchical_alphabetical_sort() const {
    auto out = children();
    std::sort(out.begin(), out.end(), [](const Node &a, const Node &b) {
      if (a.is_group() != b.is_group())
        return a.is_group();
      return a.id() < b.id();
    });
    return out;
  }
  /// Airflow's modified Kahn sort over the direct children.
  inline std::vector<Node> topological_sort() const;

  friend bool operator==(const TaskGroup &a, const TaskGroup &b) {
    return a.state_ == b.state_ && a.index_ == b.index_;
  }

  // Internal.
  TaskGroup(detail::DagState *state, int index) : state_(state), index_(index) {}
  detail::DagState *state() const { return state_; }
  int index() const { return index_; }

private:
  const detail::GroupData &data() const {
    return detail::checked(state_, "TaskGroup").groups.at(index_);
  }
  Task make(const std::string &id, TaskKind kind, detail::TaskFunction fn,
            const TaskOptions &options) const {
    return Task(state_, detail::create_task(*state_, index_, id, kind, std::move(fn), options));
  }
  void attach_setup(const Task &setup, const Task &teardown) const {
    if (setup.state() != state_)
      throw Error("Tried to set relationships between tasks in more than one Dag");
    state_->tasks[setup.index()].kind = TaskKind::setup; // as Airflow's as_teardown does
    detail::add_edge(*state_, setup.index(), teardown.index());
  }
  std::vector<Task> handles(const std::vector<int> &indices) const {
    std::vector<Task> out;
    for (int i : indices)
      out.emplace_back(state_, i);
    return out;
  }
  detail::DagState *state_ = nullptr;
  int index_ = -1;
};

inline TaskGroup Task::group() const { return TaskGroup(state_, data().group); }
inline Node::Node(const TaskGroup &g) : state_(g.state()), ref_{true, g.index()} {}
inline TaskGroup Node::as_group() const {
  if (!ref_.is_group)
    throw Error("node '" + id() + "' is a task, not a group");
  return TaskGroup(state_, ref_.index);
}

inline std::vector<Node> TaskGroup::topological_sort() const {
  const auto &s = *state_;
  std::vector<detail::NodeRef> unsorted = data().children;
  std::vector<Node> sorted;
  auto still_unsorted = [&](detail::NodeRef n) {
    return std::find(unsorted.begin(), unsorted.end(), n) != unsorted.end();
  };
  // A child's upstream nodes: its own upstream tasks, or for a group its group-level
  // upstream task ids (as Airflow's `upstream_list`).
  auto upstream_tasks = [&](detail::NodeRef n) {
    std::vector<int> ups;
    if (n.is_group) {
      const detail::IndexSet &tasks = s.groups[n.index].upstream_tasks;
      ups.assign(tasks.begin(), tasks.end());
    } else {
      ups.assign(s.tasks[n.index].upstream.begin(), s.tasks[n.index].upstream.end());
    }
    return ups;
  };
  while (!unsorted.empty()) {
    bool progressed = false;
    for (detail::NodeRef n : std::vector<detail::NodeRef>(unsorted)) {
      bool blocked = false;
      for (int up : upstream_tasks(n)) {
        if (still_unsorted({false, up})) {
          blocked = true;
          break;
        }
        for (int g = s.tasks[up].group; g != -1; g = s.groups[g].parent)
          if (still_unsorted({true, g})) {
            blocked = true;
            break;
          }
        if (blocked)
          break;
      }
      if (blocked)
        continue;
      progressed = true;
      unsorted.erase(std::find(unsorted.begin(), unsorted.end(), n));
      sorted.emplace_back(state_, n);
    }
    if (!progressed)
      throw CycleError("A cyclic dependency occurred in dag: " + s.dag_id);
  }
  return sorted;
}

// ---------------------------------------------------------------------------------------------

/// A DAG. Copies share one state, so handles stay valid when the Dag is returned or moved.
class Dag {
public:
  TG_ANNOTATE("taskgroup.dag")
  explicit Dag(const std::string &dag_id, DagOptions options = {})
      : state_(std::make_shared<detail::DagState>()) {
    detail::validate_task_key(dag_id);
    state_->dag_id = dag_id;
    state_->options = std::move(options);
    detail::GroupData root;
    root.default_args = state_->options.default_args;
    state_->groups.push_back(std::move(root));
  }

  TG_ANNOTATE("taskgroup.get.dag_id")
  const std::string &dag_id() const { return state_->dag_id; }
  const std::string &description() const { return state_->options.description; }
  const DefaultArgs &default_args() const { return state_->options.default_args; }
  const std::map<std::string, Value> &params() const { return state_->options.params; }
  TG_ANNOTATE("taskgroup.root")
  TaskGroup root() const { return TaskGroup(state_.get(), 0); }

  TG_ANNOTATE("taskgroup.group")
  TaskGroup group(const std::string &id, GroupOptions options = {}) const {
    return root().group(id, std::move(options));
  }
  template <class Body>
    requires std::is_invocable_v<Body &, TaskGroup &>
  TG_ANNOTATE("taskgroup.group")
  TaskGroup group(const std::string &id, GroupOptions options, Body &&body) const {
    return root().group(id, std::move(options), std::forward<Body>(body));
  }
  template <class Body>
    requires std::is_invocable_v<Body &, TaskGroup &>
  TG_ANNOTATE("taskgroup.group")
  TaskGroup group(const std::string &id, Body &&body) const {
    return root().group(id, std::forward<Body>(body));
  }
  template <class F>
  TG_ANNOTATE("taskgroup.task")
  Task task(const std::string &id, F &&fn, const TaskOptions &options = {}) const {
    return root().task(id, std::forward<F>(fn), options);
  }
  TG_ANNOTATE("taskgroup.empty")
  Task empty(const std::string &id, const TaskOptions &options = {}) const {
    return root().empty(id, options);
  }
  template <class F>
  TG_ANNOTATE("taskgroup.setup")
  Task setup(const std::string &id, F &&fn, const TaskOptions &options = {}) const {
    return root().setup(id, std::forward<F>(fn), options);
  }
  template <class F, class... Setups>
    requires(std::is_same_v<std::decay_t<Setups>, Task> && ...)
  TG_ANNOTATE("taskgroup.teardown")
  Task teardown(const std::string &id, F &&fn, const Setups &...setups) const {
    return root().teardown(id, std::forward<F>(fn), setups...);
  }
  template <class F>
  TG_ANNOTATE("taskgroup.branch")
  Task branch(const std::string &id, F &&fn, const TaskOptions &options = {}) const {
    return root().branch(id, std::forward<F>(fn), options);
  }

  TG_ANNOTATE("taskgroup.ref.task")
  Task get_task(const std::string &task_id) const {
    auto it = state_->task_by_id.find(task_id);
    if (it == state_->task_by_id.end())
      throw NotFound("Task " + task_id + " not found");
    return Task(state_.get(), it->second);
  }
  TG_ANNOTATE("taskgroup.ref.group")
  TaskGroup get_group(const std::string &group_id) const {
    auto it = state_->group_by_id.find(group_id);
    if (it == state_->group_by_id.end())
      throw NotFound("TaskGroup " + group_id + " not found");
    return TaskGroup(state_.get(), it->second);
  }
  bool has_task(const std::string &task_id) const { return state_->task_by_id.count(task_id); }
  bool has_group(const std::string &group_id) const {
    return state_->group_by_id.count(group_id);
  }
  /// Task ids in creation order (Airflow's `dag.task_ids`).
  std::vector<std::string> task_ids() const {
    std::vector<std::string> out;
    for (const auto &t : state_->tasks)
      out.push_back(t.task_id);
    return out;
  }
  /// Group ids in creation order, root excluded.
  std::vector<std::string> group_ids() const {
    std::vector<std::string> out;
    for (std::size_t i = 1; i < state_->groups.size(); ++i)
      out.push_back(state_->groups[i].group_id);
    return out;
  }
  std::vector<Task> tasks() const {
    std::vector<Task> out;
    for (std::size_t i = 0; i < state_->tasks.size(); ++i)
      out.emplace_back(state_.get(), static_cast<int>(i));
    return out;
  }

  inline std::string to_json() const;
  inline std::string to_dot() const;

  // Internal.
  detail::DagState &state() const { return *state_; }
  std::shared_ptr<const detail::DagState> shared_state() const { return state_; }

private:
  std::shared_ptr<detail::DagState> state_;
};

// ---- dependency operators: Python's `>>` / `<<` dispatch ----

namespace detail {
inline NodeRef ref_of(const Task &t) { return {false, t.index()}; }
inline NodeRef ref_of(const TaskGroup &g) { return {true, g.index()}; }
inline NodeRef ref_of(const Node &n) { return n.ref(); }
template <class T> DagState *state_of(const T &x) { return x.state(); }

template <class T>
concept SingleNode =
    std::is_same_v<T, Task> || std::is_same_v<T, TaskGroup> || std::is_same_v<T, Node>;

inline DagState *common_state(DagState *a, DagState *b) {
  if (!b)
    throw Error("a tg::Task or tg::TaskGroup handle was used in a dependency before it was "
                "assigned");
  if (a && a != b)
    throw Error("Tried to set relationships between tasks in more than one Dag");
  return b;
}

template <class T> std::vector<NodeRef> refs(const T &x, DagState *&state) {
  if constexpr (std::is_same_v<T, Nodes>) {
    std::vector<NodeRef> out;
    for (const Node &n : x) {
      state = common_state(state, n.state());
      out.push_back(n.ref());
    }
    return out;
  } else {
    state = common_state(state, x.state());
    return {ref_of(x)};
  }
}

/// `self.set_downstream(others)` (upstream = false) or `self.set_upstream(others)`.
template <class Self, class Others> void relate(const Self &self, const Others &others, bool upstream) {
  DagState *state = nullptr;
  auto self_refs = refs(self, state);
  auto other_refs = refs(others, state);
  for (NodeRef s : self_refs)
    set_relatives(*state, s, other_refs, upstream);
}
} // namespace detail

template <class A, class B>
  requires((detail::SingleNode<A> || std::is_same_v<A, Nodes>) &&
           (detail::SingleNode<B> || std::is_same_v<B, Nodes>))
TG_ANNOTATE("taskgroup.edge.downstream")
B operator>>(const A &a, const B &b) {
  if constexpr (std::is_same_v<A, Nodes> && detail::SingleNode<B>)
    detail::relate(b, a, /*upstream=*/true); // [a1, a2] >> b is b.set_upstream([a1, a2])
  else
    detail::relate(a, b, /*upstream=*/false);
  return b;
}

template <class A, class B>
  requires((detail::SingleNode<A> || std::is_same_v<A, Nodes>) &&
           (detail::SingleNode<B> || std::is_same_v<B, Nodes>))
TG_ANNOTATE("taskgroup.edge.upstream")
B operator<<(const A &a, const B &b) {
  if constexpr (std::is_same_v<A, Nodes> && detail::SingleNode<B>)
    detail::relate(b, a, /*upstream=*/false); // [a1, a2] << b is b.set_downstream([a1, a2])
  else if constexpr (std::is_same_v<A, Nodes>)
    detail::relate(b, a, /*upstream=*/false);
  else
    detail::relate(a, b, /*upstream=*/true);
  return b;
}

/// `chain(a, b, c)` is `a >> b >> c`; a `Nodes` next to a `Nodes` of the same size connects
/// pairwise, as Airflow's chain does for two lists.
template <class First, class Second, class... Rest>
TG_ANNOTATE("taskgroup.chain")
void chain(const First &first, const Second &second, const Rest &...rest) {
  if constexpr (std::is_same_v<First, Nodes> && std::is_same_v<Second, Nodes>) {
    if (first.size() != second.size())
      throw Error("Chain not supported for different length Iterable. Got " +
                  std::to_string(first.size()) + " and " + std::to_string(second.size()) + ".");
    for (std::size_t i = 0; i < first.size(); ++i)
      first[i] >> second[i];
  } else {
    first >> second;
  }
  if constexpr (sizeof...(Rest) > 0)
    chain(second, rest...);
}

/// Every upstream to every downstream.
TG_ANNOTATE("taskgroup.cross_downstream")
inline void cross_downstream(const Nodes &upstream, const Nodes &downstream) {
  for (const Node &u : upstream)
    u >> downstream;
}

} // namespace tg
