// The static hierarchy model (MODEL.md): what the analyzer knows about each DAG of a
// translation unit. Independent of Clang. The structure itself lives in the library's own
// `tg::detail::DagState`, so ids, suffixes, roots/leaves and edges follow exactly the code the
// runtime runs; this file adds what only the analyzer knows (locations, dynamic/conditional
// markers, conflicts).
#pragma once

#include <taskgroup/dag.hpp>

#include <cstdint>
#include <deque>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace tgmodel {

/// A raw `clang::SourceLocation` encoding, valid for the translation unit that built the
/// model (0: none). The model stays Clang-independent; checks turn it back into a location.
using RawLoc = std::uint64_t;

/// A half-open source range of an id literal: file, offsets, and line:col of its start.
struct SourceSpan {
  std::string_view file; // interned (`intern_file`): one copy per file name, not per node
  unsigned begin = 0, end = 0; // byte offsets in file; begin == end: none
  RawLoc at = 0;               // the literal's start
  std::string text;            // the literal's value (without quotes)
  bool valid() const { return end > begin; }
};

/// The one copy of `name` kept for the whole process: the model refers to a handful of file
/// names from every node. Thread-safe (clangd builds models on several threads).
std::string_view intern_file(std::string_view name);

/// Where something is written, for people: `file:line:col` of its expansion. A model holds
/// one per node and per statement: the file name is interned and the rest is two numbers,
/// where a string was 32 bytes and usually an allocation.
struct Place {
  std::string_view file; // interned (`intern_file`); empty: unknown
  unsigned line = 0, col = 0;
  bool empty() const { return file.empty(); }
  /// `file:line:col`, or empty when unknown.
  std::string str() const;
  friend bool operator==(const Place &, const Place &) = default;
  friend auto operator<=>(const Place &, const Place &) = default;
};

/// One branch choice: arm `arm` of the fork (`if`, `switch`, `?:`) numbered `fork`.
struct Choice {
  int fork = 0, arm = 0;
  bool binary = false; // the fork has exactly two arms (`if`/`else`, `?:`)
};
/// The branch choices leading to a node: two nodes on guards with a common fork taken on
/// different arms are on mutually exclusive paths.
using Guard = std::vector<Choice>;
bool exclusive(const Guard &a, const Guard &b);

/// A place that refers to a node by string: `xcom_pull(id)`, `get_task(id)`, `get_group(id)`,
/// `child(label)`, or a string returned by a branch callable.
struct Ref {
  std::string kind; // "xcom_pull", "task", "group", "child", "branch"
  std::string loc;  // `file:line:col` of the referring expression
  RawLoc at = 0;
  SourceSpan literal; // the string literal holding the id, when it is one; it spells the
                      // whole id, or its last part for `child(label)`
  tg::detail::NodeRef from{}; // the task whose callable holds it (`xcom_pull`, `branch`);
                              // index -1 when the reference is outside every task
};

/// One `relate` the program made (`a >> b`, `a << b`, `chain`, `cross_downstream`, a `Nodes`
/// list): what it named, and what it did at that moment.
struct Relation {
  tg::detail::NodeRef self;
  std::vector<tg::detail::NodeRef> others;
  Place loc; // the statement
  RawLoc at = 0;
  std::size_t tasks_before = 0; // tasks in the DAG when it ran: a group's tasks with a higher
                                // index were added later and got no edge from it
  std::vector<std::pair<int, int>> edges; // the task edges it added (up, down)
  Guard guard;            // branch choices leading to the statement
  bool upstream = false;  // `self << others`
  bool unguarded = false; // conditional past the fork cap: exclusivity unknown
};

/// What few nodes have: kept out of line, so that the others do not pay for it.
struct NodeExtras {
  std::vector<Ref> refs; // places referring to the node by string
  RawLoc maker = 0; // a group made by a `tg::task_group` decorator: the decorator's
                    // `tg::task_group(...)` call (shared through `.override`/`.partial`)
  /// The id the program wrote when it collides with an earlier node (DuplicateTaskIdFound).
  /// The model keeps such a node under the first free `<id>__N`, as the rename fix-it would,
  /// so that its subtree, edges and references stay analysable.
  std::string conflict_id;
  tg::detail::NodeRef conflict_with{}; // the earlier node holding `conflict_id`
};

/// What the analyzer adds to one node of the runtime model. One per node (100k tasks, 100k
/// records): what few nodes have is in `NodeExtras`, the flags are bits.
struct NodeInfo {
  Place loc;            // the creating call
  RawLoc at = 0;        // the creating call
  /// The inlined calls that led to it, outermost first: shared by the nodes one call
  /// creates (a factory's body makes many), where a vector per node was 24 bytes and an
  /// allocation. Null: none.
  std::shared_ptr<const std::vector<RawLoc>> call_path;
  RawLoc loop = 0;      // the innermost loop it was created in
  // Opaque AST nodes of the translation unit that built the model, for checks that edit the
  // creating code (flattening): the creating call (a `clang::CallExpr`) and, for a group made
  // by the scoped form or a task, its callable argument (a `clang::Expr`). Null when unknown.
  const void *call_expr = nullptr;
  const void *callable_expr = nullptr;
  Guard guard;           // branch choices leading to the node
  SourceSpan id_literal; // the id's literal, when it is a single string literal (also when
                         // passed through variables and parameters)
  bool dynamic : 1 = false; // the id or a count is only known at run time
  bool conditional : 1 = false;
  bool many : 1 = false;      // created in a loop whose count is unknown (multiplicity "many")
  bool unguarded : 1 = false; // conditional past the fork cap: exclusivity unknown
  bool invalid : 1 = false;   // its id is refused by the runtime (InvalidId), kept as written
  bool open : 1 = false; // a group handed to a function this unit does not define
                         // (ExternalCall): it may hold more than the model shows

  const std::vector<RawLoc> &calls() const;
  const std::vector<Ref> &refs() const { return extras_or_none().refs; }
  RawLoc maker() const { return extras_or_none().maker; }
  const std::string &conflict_id() const { return extras_or_none().conflict_id; }
  tg::detail::NodeRef conflict_with() const { return extras_or_none().conflict_with; }
  /// The node's rare fields, created on first use.
  NodeExtras &extras() { return extras_.make(); }

private:
  const NodeExtras &extras_or_none() const;
  tg::detail::OutOfLine<NodeExtras> extras_;
};

/// An id the runtime would reject: a duplicate (DuplicateTaskIdFound) or an invalid id.
struct Issue {
  std::string kind; // "DuplicateTaskIdFound", "InvalidId", "MappingError", "CycleError"
  std::string message;
  std::string loc;
  bool conditional = false; // found on some paths only
  RawLoc at = 0;
};

/// A call to a user function that the translation unit declares but does not define, handed
/// this DAG or one of its groups: what it creates there is unknown to this unit alone.
/// `taskgroup inspect`/`gate` follow it into the unit that defines it (Interpreter.h).
struct ExternalCall {
  std::string function; // qualified name
  std::string symbol;   // linkage name, the same in every unit; empty for a `limit`
  std::string loc;      // `file:line:col` of the call
  /// The interpreter's bound that stopped it from following a call it could (`max-call-depth`,
  /// `max-recursion`), from creating more nodes (`max-nodes`, no function) or from evaluating
  /// further (`max-eval-depth`, `max-steps`; `Model::cuts` only): the model is cut there, and
  /// says so. Empty: the function is defined in another translation unit.
  std::string limit;
  RawLoc at = 0; // the call (for `max-nodes`, the refused node's creating call)
  bool operator==(const ExternalCall &) const = default;
};

/// How deep the interpreter evaluates operands of operands (`t0 >> t1 >> ... >> tN`): it
/// recurses on the C++ stack once per level. Past it a value is unknown (a `max-eval-depth`
/// cut); before this bound a 5000-long chain overflowed the stack.
inline constexpr unsigned kMaxEvalDepth = 1000;

/// What the model does not show there, for people: "F is defined in another translation
/// unit", "F is not followed: ... (--max-call-depth)", ...
std::string unfollowed_text(const ExternalCall &call);

struct DagModel {
  tg::detail::DagState state;        // the runtime's structure, built by its own functions
  // Deques: growing never copies what is there, nor doubles the peak.
  std::deque<NodeInfo> group_info; // parallel to state.groups
  std::deque<NodeInfo> task_info;  // parallel to state.tasks
  std::vector<Issue> issues;
  std::vector<std::pair<std::string, Ref>> unresolved_refs; // id -> a reference to no node
  std::string loc;
  bool dynamic = false; // the dag id is a pattern
  bool cli = false;     // handed to the program's command line (`taskgroup.cli`)
  /// Labels the program spells with a `__N` suffix anywhere: a node kept after a collision
  /// never takes one of them, so it does not collide with a node the program creates later.
  std::shared_ptr<const std::set<std::string>> spelled_suffixes;
  bool factory = false; // a factory nobody calls, run under a symbolic parent: no DAG of the
                        // program, left out of `--compare`
  std::vector<ExternalCall> external_calls; // calls this unit cannot follow

  DagModel();
  explicit DagModel(std::string dag_id);
  DagModel(const DagModel &) = default;
  DagModel &operator=(const DagModel &) = default;
  // noexcept although std::deque's move may allocate: otherwise every growth of
  // `Model::dags` copies each DAG built so far (a large share of the builder's time).
  DagModel(DagModel &&) noexcept = default;
  DagModel &operator=(DagModel &&) noexcept = default;

  /// Creates a group as `tg::detail::create_group` does; returns -1 (recording an issue)
  /// where the runtime would throw. Dynamic ids (with `{?}`) skip validation.
  int add_group(int parent, const std::string &label, const tg::GroupOptions &options,
                bool suffix_on_collision, bool mapped, NodeInfo info);
  /// Creates a task as `tg::detail::create_task` does; -1 where the runtime would throw.
  int add_task(int group, const std::string &label, tg::TaskKind kind,
               const tg::TaskOptions &options, NodeInfo info);
  /// The first free `<label>__N` under `parent` for a node colliding with `full`; records the
  /// collision in `info`.
  std::string keep_conflicting(NodeInfo &info, int parent, const std::string &label,
                               const std::string &full) const;
  /// Creates a node whose id the library would not accept (a `{?}` pattern, or an id it
  /// refuses) under a placeholder, then gives it its id: the node and its subtree stay in the
  /// model (dynamic, or `invalid` with an InvalidId issue).
  int add_rekeyed_group(int parent, const std::string &label, const tg::GroupOptions &options,
                        bool mapped, NodeInfo info);
  int add_rekeyed_task(int group, const std::string &label, tg::TaskKind kind,
                       const tg::TaskOptions &options, NodeInfo info);
  void note_invalid(NodeInfo &info, const std::string &id, bool group);
  /// Records a collision of `info`'s node with `full` (DuplicateTaskIdFound, `message`) and
  /// returns the label the model keeps it under.
  std::string record_collision(NodeInfo &info, int parent, const std::string &label,
                               const std::string &full, std::string message);
  /// True when the node `info` collides with was created on some paths only.
  bool conflict_conditional(const NodeInfo &info) const;
  /// `self >> others` (upstream=false) or `self << others`, as `tg::detail::set_relatives`.
  void relate(tg::detail::NodeRef self, const std::vector<tg::detail::NodeRef> &others,
              bool upstream, const Place &loc, RawLoc at = 0);
  void add_edge(int up, int down, const Place &loc);
  /// Where the task edge `up -> down` was first created: the statement (`a >> b`, `chain`,
  /// `teardown(.., setups)`, `expand`) whose interpretation added it; empty when unknown.
  /// The first call sorts the edge places: like the rest of a model, not for concurrent
  /// readers (each thread builds and reads its own).
  Place edge_loc(int up, int down) const;
  /// Records where the edge was created, unless an older edge keeps its first place.
  void note_edge_loc(int up, int down, const Place &loc);

  /// Every `relate` in program order (group-level dependencies, premature edges, coupling).
  /// A deque, as the node records: a vector's spare capacity was up to half of it.
  std::deque<Relation> relations;

private:
  // Edges outnumber the statements creating them: each edge keeps an index into the
  // statements' places, not a string of its own. 12 bytes per edge, appended as edges are
  // made and sorted by edge when read (a map's node was 48 bytes and an allocation).
  struct EdgePlace {
    int up, down;
    std::uint32_t place; // into edge_loc_pool
  };
  /// Sorts `edge_places` by edge, keeping each edge's first place only.
  void compact_edge_places() const;
  mutable std::vector<EdgePlace> edge_places;
  mutable std::size_t edge_places_compacted = 0; // its sorted, duplicate-free prefix
  std::vector<Place> edge_loc_pool;
};

/// How many nodes each id literal and each creating call made. A literal in a loop or a
/// factory names many nodes, and a fix that edits it edits them all; a factory's body runs
/// once per call. Findings ask node by node, so the counts are made once per model.
class OriginCounts {
public:
  void count(const NodeInfo &info);
  unsigned nodes_from_literal(const SourceSpan &literal) const;
  unsigned nodes_from_call(const void *call_expr) const;

private:
  struct LiteralKey {
    std::string_view file;
    unsigned begin;
    bool operator==(const LiteralKey &) const = default;
  };
  struct LiteralHash {
    std::size_t operator()(const LiteralKey &key) const {
      return std::hash<std::string_view>()(key.file) * 31 + key.begin;
    }
  };
  std::unordered_map<LiteralKey, unsigned, LiteralHash> literal_uses;
  std::unordered_map<const void *, unsigned> call_uses;
};

struct Model {
  std::vector<DagModel> dags;
  OriginCounts origins; // filled by `count_origins`, once the DAGs are complete
  /// Where the interpreter stopped without a DAG to mark (`limit` set, `function` empty for
  /// the evaluation bounds): an expression nested past `max-eval-depth`, the first expression
  /// past `max-steps`, a call past the call depth or recursion bound that builds a DAG of its
  /// own. What lies beyond is not modelled; the tree and `taskgroup-id-conflict` say so.
  std::vector<ExternalCall> cuts;
  /// Records a cut once per place, at most `kMaxCuts` of them (a cut repeated on every pass
  /// of a loop is one cut).
  void note_cut(ExternalCall cut);
  static constexpr std::size_t kMaxCuts = 64;
};

/// Counts the id literal and the creating call of every node of `model`.
void count_origins(Model &model);

/// What to show: every DAG, or one (`--dag ID`); the whole hierarchy or one group's subtree
/// (`--group ID`, the group and everything under it).
struct Focus {
  std::string dag;
  std::string group;
};

struct JsonOptions {
  bool static_keys = true; // add `loc`, `dynamic`, `conditional`, `multiplicity`, `refs`, `issues`
  Focus focus;
};

/// The model as JSON, in exactly the layout of `tg::to_json` (include/taskgroup/output.hpp);
/// with `static_keys` the keys `loc`/`dynamic`/`conditional` follow each node's `mapped`.
std::string to_json(const Model &model, const JsonOptions &options = {});
/// A readable tree: ids, kinds, tooltip and colours, markers, `file:line:col`.
std::string to_tree(const Model &model, const Focus &focus = {});
/// Graphviz, as the runtime's `to_dot()` (one digraph per DAG), conditional nodes dashed and
/// dynamic ones marked `{?}`-patterned with a dotted border.
std::string to_dot(const Model &model, const Focus &focus = {});

/// True when `id` holds a run-time hole (`{?}`).
inline bool is_pattern(const std::string &id) { return id.find("{?}") != std::string::npos; }

} // namespace tgmodel
