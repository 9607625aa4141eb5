#include "Model.h"

#include <taskgroup/output.hpp>

#include <algorithm>
#include <mutex>
#include <tuple>
#include <unordered_set>

namespace tgmodel {

using tg::detail::DagState;
using tg::detail::NodeRef;

DagModel::DagModel() : DagModel("") {}

DagModel::DagModel(std::string dag_id) {
  state.dag_id = std::move(dag_id);
  state.groups.emplace_back(); // the root, as tg::Dag's constructor makes it
  group_info.emplace_back();
}

std::string_view intern_file(std::string_view name) {
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  static std::mutex lock;
  // Never destroyed: views into it may outlive static destruction (clangd's threads).
  static auto *names = new std::unordered_set<std::string, Hash, std::equal_to<>>;
  std::lock_guard<std::mutex> hold(lock);
  if (auto known = names->find(name); known != names->end())
    return *known; // no allocation for a name already there
  return *names->emplace(name).first;
}

std::string Place::str() const {
  if (file.empty())
    return {};
  return std::string(file) + ":" + std::to_string(line) + ":" + std::to_string(col);
}

const std::vector<RawLoc> &NodeInfo::calls() const {
  static const std::vector<RawLoc> none;
  return call_path ? *call_path : none;
}

const NodeExtras &NodeInfo::extras_or_none() const {
  static const NodeExtras none;
  const NodeExtras *extras = extras_.get();
  return extras ? *extras : none;
}

void OriginCounts::count(const NodeInfo &info) {
  if (info.id_literal.valid())
    ++literal_uses[{info.id_literal.file, info.id_literal.begin}];
  if (info.call_expr)
    ++call_uses[info.call_expr];
}

unsigned OriginCounts::nodes_from_literal(const SourceSpan &literal) const {
  auto found = literal_uses.find({literal.file, literal.begin});
  return literal.valid() && found != literal_uses.end() ? found->second : 0;
}

unsigned OriginCounts::nodes_from_call(const void *call_expr) const {
  auto found = call_uses.find(call_expr);
  return call_expr && found != call_uses.end() ? found->second : 0;
}

void count_origins(Model &model) {
  model.origins = {};
  for (const DagModel &dag : model.dags) {
    for (const NodeInfo &info : dag.group_info)
      model.origins.count(info);
    for (const NodeInfo &info : dag.task_info)
      model.origins.count(info);
  }
}

bool exclusive(const Guard &a, const Guard &b) {
  for (const Choice &x : a)
    for (const Choice &y : b)
      if (x.fork == y.fork && x.arm != y.arm)
        return true;
  return false;
}

namespace {
/// Gives a node created under a placeholder id its pattern id (`region_{?}`): the placeholder
/// leaves the DAG's namespace and lookup map, the pattern takes its place.
void rekey(DagState &s, std::unordered_map<std::string, int> &by_id, std::string &id,
           std::string &label_field, const std::string &label, std::string pattern_id,
           int index) {
  by_id.erase(id);
  tg::detail::forget_used_id(s, id);
  label_field = label;
  id = std::move(pattern_id);
  tg::detail::note_used_id(s, id);
  by_id.emplace(id, index);
}

// A label the library accepts, used to create a node whose real id is a pattern: the library
// computes everything else (options, default_args, trigger rule), then the id is replaced.
std::string placeholder(const DagState &s) {
  return "tgmodel_placeholder_" + std::to_string(s.groups.size() + s.tasks.size());
}
} // namespace

namespace {
/// The focused group's index in `s` (0, the root, without a focus); -1 when absent.
int focus_group(const DagState &s, const Focus &focus) {
  if (focus.group.empty())
    return 0;
  auto it = s.group_by_id.find(focus.group);
  return it == s.group_by_id.end() ? -1 : it->second;
}
bool under(const DagState &s, int g, int root) {
  for (int i = 0; g >= 0 && i < 10000; ++i, g = s.groups[g].parent)
    if (g == root)
      return true;
  return false;
}
/// The DAGs a focus selects, sorted by dag_id.
std::vector<const DagModel *> selected(const Model &model, const Focus &focus,
                                       bool factories) {
  std::vector<const DagModel *> dags;
  // When the program hands DAGs to its command line (`tg::cli`, annotated `taskgroup.cli`),
  // those are the program's DAGs; others (built by tests in `main`) are left out, as its
  // `--json` leaves them out.
  bool any_cli = false;
  for (const auto &d : model.dags)
    any_cli = any_cli || d.cli;
  for (const auto &d : model.dags)
    if ((d.factory ? factories : !any_cli || d.cli) && (focus.dag.empty() || d.state.dag_id == focus.dag) && focus_group(d.state, focus) >= 0)
      dags.push_back(&d);
  // std::sort with the position as a tie-break: stable_sort's temporary buffer is deprecated
  // in libstdc++ 12 under Clang
  std::sort(dags.begin(), dags.end(), [&](const DagModel *a, const DagModel *b) {
    return std::pair(a->state.dag_id, a - model.dags.data()) <
           std::pair(b->state.dag_id, b - model.dags.data());
  });
  return dags;
}
} // namespace

namespace {
/// A node `full` already created on a path exclusive with `info`'s (or, past the fork cap, on
/// a path whose exclusivity is unknown): the same node, shown once, conditional. -1 otherwise.
template <class ById>
int merge_exclusive(const ById &by_id, std::deque<NodeInfo> &infos,
                    const std::string &full, const NodeInfo &info) {
  auto it = by_id.find(full);
  if (it == by_id.end() || it->second < 0 || it->second >= static_cast<int>(infos.size()))
    return -1;
  NodeInfo &old = infos[it->second];
  const bool unknown = (old.unguarded && old.conditional) || (info.unguarded && info.conditional);
  if (!unknown && !exclusive(old.guard, info.guard))
    return -1;
  // Created on both arms of one `if`/`else` or `?:`: the node exists whenever the fork is
  // reached, so it is as conditional as the fork itself.
  const bool both_arms = !unknown && old.guard.size() == info.guard.size() &&
                         !old.guard.empty() && old.guard.back().binary &&
                         old.guard.back().fork == info.guard.back().fork &&
                         std::equal(old.guard.begin(), old.guard.end() - 1, info.guard.begin(),
                                    [](const Choice &a, const Choice &b) {
                                      return a.fork == b.fork && a.arm == b.arm;
                                    });
  if (both_arms) {
    old.guard.pop_back();
    old.conditional = !old.guard.empty() || old.unguarded;
  } else {
    old.conditional = true;
  }
  old.dynamic = old.dynamic || info.dynamic;
  old.many = old.many || info.many;
  return it->second;
}
} // namespace

std::string DagModel::record_collision(NodeInfo &info, int parent, const std::string &label,
                                       const std::string &full, std::string message) {
  std::string free_label = keep_conflicting(info, parent, label, full);
  issues.push_back({"DuplicateTaskIdFound", std::move(message), info.loc.str(),
                    info.conditional || conflict_conditional(info), info.at});
  return free_label;
}

bool DagModel::conflict_conditional(const NodeInfo &info) const {
  const tg::detail::NodeRef earlier = info.conflict_with();
  if (earlier.index < 0)
    return false;
  return (earlier.is_group ? group_info : task_info)[earlier.index].conditional;
}

std::string DagModel::keep_conflicting(NodeInfo &info, int parent, const std::string &label,
                                       const std::string &full) const {
  NodeExtras &extras = info.extras();
  extras.conflict_id = full;
  if (auto it = state.group_by_id.find(full); it != state.group_by_id.end())
    extras.conflict_with = {true, it->second};
  else if (auto it = state.task_by_id.find(full); it != state.task_by_id.end())
    extras.conflict_with = {false, it->second};
  else if (auto dot = full.rfind('.'); dot != std::string::npos) // a reserved join id
    if (auto it = state.group_by_id.find(full.substr(0, dot)); it != state.group_by_id.end())
      extras.conflict_with = {true, it->second};
  for (int n = 1;; ++n) {
    std::string candidate = label + "__" + std::to_string(n);
    if (!tg::detail::id_used(state, tg::detail::child_id(state.groups[parent], candidate)) &&
        !(spelled_suffixes && spelled_suffixes->count(candidate)))
      return candidate;
  }
}

namespace {
/// True when `id` (a label, or a parent's full id) is refused by the runtime's validation.
bool refused(const std::string &id, bool group) {
  try {
    group ? tg::detail::validate_group_key(id) : tg::detail::validate_task_key(id);
    return false;
  } catch (const tg::Error &) {
    return true;
  }
}

/// `tg::detail::create_group`, except that a mapped group the runtime refuses inside a mapped
/// group (MappingError) is kept, still marked mapped, so that the checks see what the program
/// wrote and its subtree stays analysable. `refusal` gets the runtime's message.
int create_group_kept(DagState &s, int parent, const std::string &label,
                      const tg::GroupOptions &options, bool suffix, bool mapped,
                      std::string &refusal) {
  try {
    return tg::detail::create_group(s, parent, label, options, suffix, mapped);
  } catch (const tg::MappingError &e) { // thrown before the state changes
    refusal = e.what();
    int g = tg::detail::create_group(s, parent, label, options, suffix, false);
    s.groups[g].mapped = true;
    return g;
  }
}

/// `tg::detail::create_task`, except that a task the runtime refuses for its `always` trigger
/// rule inside a mapped group (MappingError) is kept with that rule.
int create_task_kept(DagState &s, int group, const std::string &label, tg::TaskKind kind,
                     const tg::TaskOptions &options, std::string &refusal) {
  try {
    return tg::detail::create_task(s, group, label, kind, {}, options);
  } catch (const tg::MappingError &e) { // thrown before the state changes
    refusal = e.what();
    tg::TaskOptions allowed = options;
    allowed.trigger_rule = tg::TriggerRule::all_success;
    int t = tg::detail::create_task(s, group, label, kind, {}, allowed);
    s.tasks[t].trigger_rule = tg::TriggerRule::always;
    return t;
  }
}

void record_refusal(std::vector<Issue> &issues, const std::string &refusal,
                    const NodeInfo &info) {
  if (!refusal.empty())
    issues.push_back({"MappingError", refusal, info.loc.str(), info.conditional, info.at});
}
} // namespace

int DagModel::add_group(int parent, const std::string &label, const tg::GroupOptions &options,
                        bool suffix_on_collision, bool mapped, NodeInfo kept) {
  if (parent < 0 || parent >= static_cast<int>(state.groups.size()))
    return -1;
  const NodeInfo &info = kept;
  std::string free_label = label;
  if (!is_pattern(label) && !is_pattern(state.groups[parent].group_id)) {
    std::string full = tg::detail::child_id(state.groups[parent], label);
    if (int same = merge_exclusive(state.group_by_id, group_info, full, info); same >= 0)
      return same;
    if (tg::detail::id_used(state, full) && !suffix_on_collision) {
      free_label = record_collision(
          kept, parent, label, full, "group_id '" + label + "' has already been added to the DAG");
    }
    if (!group_info[parent].invalid && !refused(label, true)) {
      std::string refusal;
      int g = create_group_kept(state, parent, free_label, options, suffix_on_collision, mapped,
                                refusal);
      record_refusal(issues, refusal, kept);
      if (info.many)
        issues.push_back({"DuplicateTaskIdFound",
                          "group_id '" + state.groups[g].group_id + "': constant id in a loop",
                          info.loc.str(), info.conditional, info.at});
      group_info.push_back(std::move(kept));
      return g;
    }
  }
  return add_rekeyed_group(parent, free_label, options, mapped, std::move(kept));
}

int DagModel::add_rekeyed_group(int parent, const std::string &label,
                                const tg::GroupOptions &options, bool mapped, NodeInfo info) {
  if (is_pattern(label) || is_pattern(state.groups[parent].group_id))
    info.dynamic = true;
  else
    note_invalid(info, label, true);
  info.invalid = info.invalid || group_info[parent].invalid; // its children inherit the id
  try {
    std::string refusal;
    int g = create_group_kept(state, parent, placeholder(state), options, false, mapped, refusal);
    record_refusal(issues, refusal, info);
    auto &data = state.groups[g];
    rekey(state, state.group_by_id, data.group_id, data.label, label,
          tg::detail::child_id(state.groups[parent], label), g);
    group_info.push_back(std::move(info));
    return g;
  } catch (const tg::Error &e) {
    issues.push_back({e.kind(), e.what(), info.loc.str(), info.conditional, info.at});
    return -1;
  }
}

int DagModel::add_task(int group, const std::string &label, tg::TaskKind kind,
                       const tg::TaskOptions &options, NodeInfo kept) {
  if (group < 0 || group >= static_cast<int>(state.groups.size()))
    return -1;
  const NodeInfo &info = kept;
  std::string free_label = label;
  if (!is_pattern(label) && !is_pattern(state.groups[group].group_id)) {
    std::string full = tg::detail::child_id(state.groups[group], label);
    if (int same = merge_exclusive(state.task_by_id, task_info, full, info); same >= 0)
      return same;
    if (tg::detail::id_used(state, full)) {
      free_label = record_collision(
          kept, group, label, full, "Task id '" + full + "' has already been added to the DAG");
    }
    if (!group_info[group].invalid && !refused(full, false)) {
      std::string refusal;
      int t = create_task_kept(state, group, free_label, kind, options, refusal);
      record_refusal(issues, refusal, kept);
      if (info.many)
        issues.push_back({"DuplicateTaskIdFound", "Task id '" + full + "': constant id in a loop",
                          info.loc.str(), info.conditional, info.at});
      task_info.push_back(std::move(kept));
      return t;
    }
  }
  return add_rekeyed_task(group, free_label, kind, options, std::move(kept));
}

int DagModel::add_rekeyed_task(int group, const std::string &label, tg::TaskKind kind,
                               const tg::TaskOptions &options, NodeInfo info) {
  std::string parent_id = state.groups[group].group_id;
  std::string full = tg::detail::child_id(state.groups[group], label);
  if (is_pattern(full))
    info.dynamic = true;
  else if (!group_info[group].invalid || refused(label, false))
    note_invalid(info, full, false);
  // The library validates the fully qualified id: give the parent a valid id meanwhile.
  state.groups[group].group_id = group == 0 ? "" : "tgmodel_parent";
  try {
    std::string refusal;
    int t = create_task_kept(state, group, placeholder(state), kind, options, refusal);
    record_refusal(issues, refusal, info);
    state.groups[group].group_id = parent_id;
    auto &data = state.tasks[t];
    rekey(state, state.task_by_id, data.task_id, data.label, label, full, t);
    task_info.push_back(std::move(info));
    return t;
  } catch (const tg::Error &e) {
    state.groups[group].group_id = parent_id;
    issues.push_back({e.kind(), e.what(), info.loc.str(), info.conditional, info.at});
    return -1;
  }
}

void DagModel::note_invalid(NodeInfo &info, const std::string &id, bool group) {
  try {
    group ? tg::detail::validate_group_key(id) : tg::detail::validate_task_key(id);
  } catch (const tg::Error &e) {
    info.invalid = true;
    issues.push_back({e.kind(), e.what(), info.loc.str(), info.conditional, info.at});
  }
}

void DagModel::relate(NodeRef self, const std::vector<NodeRef> &others, bool upstream,
                      const Place &loc, RawLoc at) {
  Relation &made = relations.emplace_back();
  made.self = self;
  made.others = others;
  made.upstream = upstream;
  made.loc = loc;
  made.at = at;
  made.tasks_before = state.tasks.size();
  // Which edges the library adds: every new edge goes from a task of the upstream side to a
  // task of the downstream side. Snapshot the sizes of both sides' edge sets; afterwards only
  // pairs of tasks whose sets grew can hold a new edge (at most what the library iterated).
  // The upstream side of `self >> others` is `self`'s leaves as the library finds them first
  // (with the empty-group fall-through); otherwise a side is a task or a group's subtree.
  using Sizes = std::vector<std::pair<int, std::size_t>>;
  Sizes ups, downs;
  auto add = [&](Sizes &side, NodeRef n, bool up_side) {
    auto one = [&](int t) {
      const auto &set = up_side ? state.tasks[t].downstream : state.tasks[t].upstream;
      side.emplace_back(t, set.size());
    };
    if (!n.is_group)
      one(n.index);
    else
      for (int t : tg::detail::subtree_tasks(state, n.index))
        one(t);
  };
  try {
    if (upstream) {
      add(downs, self, false);
      for (NodeRef o : others)
        add(ups, o, true);
    } else {
      if (self.is_group)
        for (int t : tg::detail::find_leaves(state, self.index))
          ups.emplace_back(t, state.tasks[t].downstream.size());
      else
        add(ups, self, true);
      for (NodeRef o : others)
        add(downs, o, false);
    }
  } catch (const std::out_of_range &) {
    // the library's find_leaves throws the same below
  }
  try {
    tg::detail::set_relatives(state, self, others, upstream);
  } catch (const tg::Error &e) {
    issues.push_back({e.kind(), e.what(), loc.str(), false});
  } catch (const std::out_of_range &) {
    // a group fall-through naming a task the model lost track of: ignore the edge
  }
  // Edges added before a throw (a cycle) are kept by the library: record them too.
  auto grew = [&](Sizes &side, bool up_side) {
    std::erase_if(side, [&](const auto &p) {
      const auto &set = up_side ? state.tasks[p.first].downstream : state.tasks[p.first].upstream;
      return set.size() == p.second;
    });
  };
  grew(ups, true);
  if (ups.empty())
    return;
  grew(downs, false);
  for (const auto &u : ups)
    for (const auto &d : downs)
      if (state.tasks[u.first].downstream.count(d.first)) {
        note_edge_loc(u.first, d.first, loc);
        made.edges.emplace_back(u.first, d.first);
      }
}

void DagModel::add_edge(int up, int down, const Place &loc) {
  try {
    tg::detail::add_edge(state, up, down);
    note_edge_loc(up, down, loc);
  } catch (const tg::Error &e) {
    issues.push_back({e.kind(), e.what(), loc.str(), false});
  }
}

void DagModel::note_edge_loc(int up, int down, const Place &loc) {
  if (edge_loc_pool.empty() || edge_loc_pool.back() != loc)
    edge_loc_pool.push_back(loc);
  edge_places.push_back({up, down, static_cast<std::uint32_t>(edge_loc_pool.size() - 1)});
  // An edge made again adds a duplicate: compacting whenever the list doubles bounds them.
  if (edge_places.size() >= 2 * edge_places_compacted + 1024)
    compact_edge_places();
}

void DagModel::compact_edge_places() const {
  if (edge_places_compacted == edge_places.size())
    return;
  auto edge = [](const EdgePlace &p) { return std::pair(p.up, p.down); };
  // Places are numbered in the order they were made: of the places of one edge, the earliest
  // sorts first, and `unique` keeps it.
  std::sort(edge_places.begin(), edge_places.end(), [](const EdgePlace &a, const EdgePlace &b) {
    return std::tuple(a.up, a.down, a.place) < std::tuple(b.up, b.down, b.place);
  });
  edge_places.erase(std::unique(edge_places.begin(), edge_places.end(),
                                [&](const EdgePlace &a, const EdgePlace &b) {
                                  return edge(a) == edge(b);
                                }),
                    edge_places.end());
  edge_places_compacted = edge_places.size();
}

Place DagModel::edge_loc(int up, int down) const {
  compact_edge_places();
  auto it = std::lower_bound(
      edge_places.begin(), edge_places.end(), std::pair(up, down),
      [](const EdgePlace &p, const std::pair<int, int> &e) { return std::pair(p.up, p.down) < e; });
  if (it == edge_places.end() || it->up != up || it->down != down)
    return {};
  return edge_loc_pool[it->place];
}

// ---- JSON ----

namespace {
using namespace tg::detail;
using tg::write_json_string;

void static_keys(std::string &out, const NodeInfo &info) {
  out += ", ";
  json_key(out, "loc", info.loc.str());
  out += ", ";
  json_key_bool(out, "dynamic", info.dynamic);
  out += ", ";
  json_key_bool(out, "conditional", info.conditional);
  if (info.many) {
    out += ", ";
    json_key(out, "multiplicity", "many");
  }
  if (!info.conflict_id().empty()) { // kept under a free `__N`; the program wrote this id
    out += ", ";
    json_key(out, "conflict", info.conflict_id());
  }
  if (info.invalid) {
    out += ", ";
    json_key_bool(out, "invalid", true);
  }
  if (!info.refs().empty()) {
    out += ", \"refs\": [";
    for (std::size_t i = 0; i < info.refs().size(); ++i) {
      const Ref &r = info.refs()[i];
      out += i ? ", {" : "{";
      json_key(out, "kind", r.kind);
      out += ", ";
      json_key(out, "loc", r.loc);
      if (r.literal.valid()) {
        out += ", \"literal\": [" + std::to_string(r.literal.begin) + ", " +
               std::to_string(r.literal.end) + "]";
      }
      out += "}";
    }
    out += "]";
  }
}

void issues_json(std::string &out, const DagModel &m) {
  if (m.issues.empty())
    return;
  out += ",\n      \"issues\": [";
  for (std::size_t i = 0; i < m.issues.size(); ++i) {
    const Issue &is = m.issues[i];
    out += i ? ",\n        {" : "\n        {";
    json_key(out, "kind", is.kind);
    out += ", ";
    json_key(out, "message", is.message);
    out += ", ";
    json_key(out, "loc", is.loc);
    out += ", ";
    json_key_bool(out, "conditional", is.conditional);
    out += "}";
  }
  out += "\n      ]";
}

// Where the model is cut: calls into functions the unit does not define or past a bound of
// the interpreter (a DAG's `external_calls`: it may hold more than the model shows), and
// evaluation bounds with no DAG to mark (the model's `cuts`).
void cuts_json(std::string &out, const char *key, const std::vector<ExternalCall> &calls,
               const std::string &indent) {
  if (calls.empty())
    return;
  out += ",\n" + indent + "\"" + key + "\": [";
  for (std::size_t i = 0; i < calls.size(); ++i) {
    const ExternalCall &call = calls[i];
    out += (i ? ",\n  " : "\n  ") + indent + "{";
    if (!call.function.empty()) {
      json_key(out, "function", call.function);
      out += ", ";
    }
    json_key(out, "loc", call.loc);
    if (!call.limit.empty()) {
      out += ", ";
      json_key(out, "limit", call.limit);
    }
    out += "}";
  }
  out += "\n" + indent + "]";
}

// The runtime's own writer (tg::detail::write_dag_json), with the static keys after each
// node's `mapped` and the issues after the tasks; `root` focuses on one subtree.
void write_dag(std::string &out, const DagModel &m, int root, bool keys) {
  const DagState &s = m.state;
  JsonExtras extras;
  if (keys) {
    extras.node = [&](std::string &o, NodeRef n) {
      static_keys(o, n.is_group ? m.group_info[n.index] : m.task_info[n.index]);
    };
    extras.dag = [&](std::string &o) {
      if (m.factory)
        o += ",\n      \"factory\": true";
      issues_json(o, m);
      cuts_json(o, "external_calls", m.external_calls, "      ");
    };
  }
  if (root != 0)
    extras.include = [&](NodeRef n) {
      return under(s, n.is_group ? n.index : s.tasks[n.index].group, root);
    };
  write_dag_json(out, s, extras);
}
} // namespace

std::string to_json(const Model &model, const JsonOptions &options) {
  std::vector<const DagModel *> dags = selected(model, options.focus, options.static_keys);
  std::string out = "{\n  \"schema\": \"taskgroup-hierarchy/1\",\n  \"dags\": [\n";
  for (std::size_t i = 0; i < dags.size(); ++i) {
    if (i)
      out += ",\n";
    write_dag(out, *dags[i], focus_group(dags[i]->state, options.focus), options.static_keys);
  }
  out += dags.empty() ? "  ]" : "\n  ]";
  if (options.static_keys)
    cuts_json(out, "cuts", model.cuts, "  ");
  out += "\n}\n";
  return out;
}

void Model::note_cut(ExternalCall cut) {
  if (cuts.size() < kMaxCuts && std::find(cuts.begin(), cuts.end(), cut) == cuts.end())
    cuts.push_back(std::move(cut));
}

std::string unfollowed_text(const ExternalCall &call) {
  if (call.limit.empty())
    return call.function + " is defined in another translation unit";
  if (call.limit == "max-nodes")
    return "the DAG reaches the node limit: later groups and tasks are not modelled "
           "(--max-nodes)";
  if (call.limit == "max-eval-depth")
    return "the expression nests deeper than " + std::to_string(kMaxEvalDepth) +
           " operands: the inner ones are not evaluated, so the groups, tasks and "
           "dependencies they make are not modelled";
  if (call.limit == "max-steps")
    return "the translation unit reaches the evaluation limit: later expressions are not "
           "evaluated, so what they create is not modelled (--max-steps)";
  return call.function + " is not followed: " +
         (call.limit == "max-recursion" ? "it recurses past the recursion limit"
                                        : "calls nest past the call depth limit") +
         ", so what it creates is not modelled (--" + call.limit + ")";
}

// ---- tree ----

namespace {
void markers(std::string &out, const NodeInfo &info) {
  if (info.dynamic)
    out += " (dynamic)";
  if (info.conditional)
    out += " (conditional)";
  if (info.many)
    out += " (many)";
  if (!info.refs().empty())
    out += " (" + std::to_string(info.refs().size()) + " refs)";
  if (!info.loc.empty())
    out += "  @ " + info.loc.str();
}

// The runtime's tree (tg::detail::write_tree) with the analyzer's notes on each line.
void tree(std::string &out, const DagModel &m, int g, int depth) {
  write_tree(out, m.state, g, depth, [&](std::string &o, NodeRef n) {
    if (n.is_group) {
      const GroupData &group = m.state.groups[n.index];
      if (group.options.ui_color != "CornflowerBlue" || group.options.ui_fgcolor != "#000")
        o += "  colors: " + group.options.ui_color + " on " + group.options.ui_fgcolor;
    }
    markers(o, n.is_group ? m.group_info[n.index] : m.task_info[n.index]);
  });
}
} // namespace

std::string to_tree(const Model &model, const Focus &focus) {
  std::string out;
  for (const DagModel *mp : selected(model, focus, true)) {
    const DagModel &m = *mp;
    out += (m.factory ? "factory " : "dag ") + m.state.dag_id;
    if (!m.state.options.description.empty())
      out += "  (" + m.state.options.description + ")";
    if (m.dynamic)
      out += " (dynamic)";
    if (!m.loc.empty())
      out += "  @ " + m.loc;
    out += '\n';
    int root = focus_group(m.state, focus);
    if (root > 0) {
      const GroupData &g = m.state.groups[root];
      out += "  group " + g.group_id;
      markers(out, m.group_info[root]);
      out += '\n';
    }
    tree(out, m, root, root > 0 ? 2 : 1);
    for (const auto &i : m.issues)
      out += "  error: " + i.kind + ": " + i.message + (i.loc.empty() ? "" : "  @ " + i.loc) +
             (i.conditional ? " (conditional)" : "") + "\n";
    for (const auto &call : m.external_calls)
      out += "  unknown: " + unfollowed_text(call) + (call.loc.empty() ? "" : "  @ " + call.loc) +
             "\n";
  }
  for (const auto &cut : model.cuts)
    out += "unknown: " + unfollowed_text(cut) + (cut.loc.empty() ? "" : "  @ " + cut.loc) + "\n";
  return out;
}

// ---- dot ----

namespace {
void dot_group(std::string &out, const DagModel &m, int g, int depth);

void dot_cluster(std::string &out, const DagModel &m, int g, int depth) {
  const GroupData &child = m.state.groups[g];
  const NodeInfo &info = m.group_info[g];
  std::string indent(static_cast<std::size_t>(depth) * 2, ' ');
  out += indent + "subgraph " + dot_quote("cluster_" + child.group_id) + " {\n";
  std::string label =
      child.options.display_name.empty() ? child.label : child.options.display_name;
  out += indent + "  label=" + dot_quote(label) + "; style=\"" +
         (info.conditional ? "filled,rounded,dashed" : "filled,rounded") +
         "\"; fillcolor=" + dot_quote(child.options.ui_color) +
         "; fontcolor=" + dot_quote(child.options.ui_fgcolor) +
         "; tooltip=" + dot_quote(child.options.tooltip) + ";\n";
  dot_group(out, m, g, depth + 1);
  out += indent + "}\n";
}

void dot_group(std::string &out, const DagModel &m, int g, int depth) {
  const DagState &s = m.state;
  std::string indent(static_cast<std::size_t>(depth) * 2, ' ');
  for (NodeRef c : s.groups[g].children) {
    if (c.is_group) {
      dot_cluster(out, m, c.index, depth);
    } else {
      const TaskData &t = s.tasks[c.index];
      const NodeInfo &info = m.task_info[c.index];
      out += indent + dot_quote(t.task_id) + " [label=" + dot_quote(t.label);
      if (info.conditional || info.dynamic)
        out += std::string(", style=\"rounded,filled,") + (info.dynamic ? "dotted" : "dashed") + "\"";
      out += "];\n";
    }
  }
}
} // namespace

std::string to_dot(const Model &model, const Focus &focus) {
  std::string out;
  for (const DagModel *mp : selected(model, focus, false)) {
    const DagModel &m = *mp;
    const DagState &s = m.state;
    int root = focus_group(s, focus);
    out += "digraph " + dot_quote(s.dag_id) + " {\n";
    out += "  graph [rankdir=LR, compound=true];\n";
    out += "  node [shape=box, style=\"rounded,filled\", fillcolor=\"#ffffff\"];\n";
    if (root > 0)
      dot_cluster(out, m, root, 1);
    else
      dot_group(out, m, root, 1);
    for (const auto &t : s.tasks) {
      if (!under(s, t.group, root))
        continue;
      std::vector<std::string> down;
      for (int d : t.downstream)
        if (under(s, s.tasks[d].group, root))
          down.push_back(s.tasks[d].task_id);
      std::sort(down.begin(), down.end());
      for (const auto &d : down)
        out += "  " + dot_quote(t.task_id) + " -> " + dot_quote(d) + ";\n";
    }
    out += "}\n";
  }
  return out;
}

} // namespace tgmodel
