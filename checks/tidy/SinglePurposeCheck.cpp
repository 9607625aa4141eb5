#include "SinglePurposeCheck.h"

#include "Flatten.h"

#include "llvm/ADT/STLExtras.h"

#include <map>
#include <optional>
#include <tuple>

namespace clang::tidy::taskgroup {

using tg::detail::NodeRef;
using tgmodel::DagModel;

SinglePurposeCheck::SinglePurposeCheck(StringRef Name, ClangTidyContext *Context)
    : TaskGroupCheck(Name, Context), MinChildren(Options.get("MinChildren", 2U)),
      IgnoreMapped(Options.get("IgnoreMapped", true)) {}

void SinglePurposeCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, "MinChildren", MinChildren);
  Options.store(Opts, "IgnoreMapped", IgnoreMapped);
}

namespace {

enum class Finding { EmptyInDependency, Empty, Small };

const std::vector<NodeRef> &childrenOf(const NodeAt &G) {
  return G.Dag.state.groups[G.Node.index].children;
}

/// True for a mapped task (`expand`) or a mapped group: it runs once per element.
bool isMapped(const DagModel &Dag, NodeRef Node) {
  return Node.is_group ? Dag.state.groups[Node.index].mapped : Dag.state.tasks[Node.index].expanded;
}

/// True when a child is created by a loop whose count is unknown (the model runs such a loop's
/// body once, with a constant id `many`, with a built one `dynamic`): the group may hold any
/// number of children at run time, none included.
bool unknownCount(const NodeAt &G) {
  for (NodeRef Child : childrenOf(G)) {
    const NodeAt C{G.Dag, Child};
    const tgmodel::NodeInfo &Info = C.info();
    if (Info.many || (Info.loop && (Info.dynamic || tgmodel::is_pattern(C.id()))))
      return true;
  }
  return false;
}

bool names(const tgmodel::Relation &R, NodeRef Node) {
  return R.self == Node || llvm::is_contained(R.others, Node);
}

bool usedInDependency(const NodeAt &G) {
  for (const tgmodel::Relation &R : G.Dag.relations)
    if (names(R, G.Node))
      return true;
  return false;
}

/// The task edges `G >> x` made although `G` has no task: Airflow's `find_leaves` falls back
/// on the tasks upstream of the empty group (or climbs to its parent).
const std::vector<std::pair<int, int>> *fallThroughEdges(const tgmodel::Relation &R, NodeRef G) {
  if (R.self == G && !R.upstream && !R.edges.empty())
    return &R.edges;
  return nullptr;
}

/// "group 'a'" or "groups 'a', 'b' and 'c'".
std::string subject(const std::vector<NodeAt> &Same) {
  std::string Out = Same.size() == 1 ? "group " : "groups ";
  for (std::size_t I = 0; I < Same.size(); ++I) {
    if (I > 0)
      Out += I + 1 == Same.size() ? " and " : ", ";
    Out += "'" + Same[I].id() + "'";
  }
  return Out;
}

/// The single child of every group, when they all hold one of the same kind and label:
/// "task 'audit.write_log'" for one group, "task 'upload'" for several.
std::string onlyChild(const std::vector<NodeAt> &Same) {
  const NodeAt First{Same.front().Dag, childrenOf(Same.front()).front()};
  for (const NodeAt &G : Same) {
    const NodeAt Child{G.Dag, childrenOf(G).front()};
    if (Child.Node.is_group != First.Node.is_group || Child.label() != First.label())
      return "";
  }
  return std::string(First.kind()) + " '" + (Same.size() == 1 ? First.id() : First.label()) +
         "'";
}

} // namespace

void SinglePurposeCheck::checkModel(const tgmodel::Model &Model) {
  for (const DagModel &Dag : Model.dags)
    // An unreferenced factory runs under a symbolic parent with symbolic arguments: what its
    // groups hold depends on arguments nobody passed.
    if (!Dag.factory)
      checkDag(Dag);
}

void SinglePurposeCheck::checkDag(const DagModel &Dag) {
  auto Classify = [&](const NodeAt &G) -> std::optional<Finding> {
    // A group whose id the runtime refuses is id-conflict's or id-misuse's finding; here it
    // would show under the model's stand-in name (`load__1`).
    if (!G.info().conflict_id().empty() || G.info().invalid)
      return std::nullopt;
    const std::vector<NodeRef> &Children = childrenOf(G);
    // A group handed to a function defined in another file holds what that file creates.
    if (unknownCount(G) || G.info().open)
      return std::nullopt;
    if (Children.empty()) {
      if (usedInDependency(G))
        return Finding::EmptyInDependency;
      return MinChildren > 0 ? std::optional(Finding::Empty) : std::nullopt;
    }
    // A mapped fan-out kept behind a group boundary is what the group is for.
    if (IgnoreMapped && (G.Dag.state.groups[G.Node.index].mapped ||
                         llvm::any_of(Children, [&](NodeRef C) { return isMapped(Dag, C); })))
      return std::nullopt;
    if (Children.size() < MinChildren)
      return Finding::Small;
    return std::nullopt;
  };

  // Groups made from one id (a factory's, a loop's) share a location: one finding for them.
  std::vector<std::pair<Finding, Groups>> Findings;
  std::map<std::tuple<Finding, std::size_t, SourceLocation::UIntTy>, std::size_t> AtLocation;
  for (int Index = 1; Index < static_cast<int>(Dag.state.groups.size()); ++Index) {
    NodeAt G{Dag, {true, Index}};
    std::optional<Finding> Kind = Classify(G);
    if (!Kind)
      continue;
    auto [It, New] = AtLocation.try_emplace(
        {*Kind, childrenOf(G).size(), where(G.info()).getRawEncoding()}, Findings.size());
    if (New)
      Findings.push_back({*Kind, {}});
    Findings[It->second].second.push_back(G);
  }

  for (const auto &[Kind, Same] : Findings) {
    switch (Kind) {
    case Finding::EmptyInDependency:
      reportEmptyInDependency(Same);
      break;
    case Finding::Empty:
      reportEmpty(Same);
      break;
    case Finding::Small:
      reportSmall(Same);
      break;
    }
  }
}

void SinglePurposeCheck::warn(const Groups &Same, const std::string &Message,
                              const FlattenPlan &Plan) {
  auto D = diag(where(Same.front().info()), "%0%select{|; cannot be fixed automatically: %2}1")
           << Message << !Plan.safe() << Plan.Refusal;
  if (Plan.safe())
    for (const FixItHint &Fix : Plan.Fixes)
      D << Fix;
}

void SinglePurposeCheck::reportEmptyInDependency(const Groups &Same) {
  const NodeAt &First = Same.front();
  bool FallsThrough = false;
  for (const tgmodel::Relation &R : First.Dag.relations)
    FallsThrough |= fallThroughEdges(R, First.Node) != nullptr;
  // The planner refuses to remove a group in a dependency (and says where); removing the
  // statement alone would leave the dependency naming a group that no longer exists.
  FlattenPlan NoFix = planRemoval(First, context(), nodesFromCall(First.info()));
  if (NoFix.safe()) {
    NoFix.Fixes.clear();
    NoFix.Refusal = "the group is used in a dependency";
  }
  const bool One = Same.size() == 1;
  warn(Same,
       subject(Same) + (One ? " is" : " are") + " empty but used in a dependency: " +
           (FallsThrough ? "an empty group has no task to depend on, so its edges come only "
                           "from Airflow's empty-group fall-through (lost before PR #49034, "
                           "issue #47947)"
                         : "an empty group has no task to depend on, so the dependency makes "
                           "no edge"),
       NoFix);
  noteDependencies(First);
  noteMaker(First);
  noteOrigin(First);
}

void SinglePurposeCheck::noteDependencies(const NodeAt &G) {
  // One note per statement (`a >> g >> b` is two relations): the edges the fall-through makes
  // there, else the use.
  std::vector<RawLocEdges> Statements;
  for (const tgmodel::Relation &R : G.Dag.relations) {
    if (!names(R, G.Node))
      continue;
    auto Same = llvm::find_if(Statements, [&](const RawLocEdges &S) { return S.first == R.at; });
    if (Same == Statements.end())
      Same = Statements.insert(Statements.end(), {R.at, {}});
    if (const auto *Edges = fallThroughEdges(R, G.Node))
      llvm::append_range(Same->second, *Edges);
  }
  for (const auto &[At, Edges] : Statements) {
    if (Edges.empty()) {
      diag(location(At), "used in a dependency here", DiagnosticIDs::Note);
      continue;
    }
    diag(location(At),
         "the empty-group fall-through makes the edge '%0' >> '%1' here%select{| and %3 more}2",
         DiagnosticIDs::Note)
        << G.Dag.state.tasks[Edges.front().first].task_id
        << G.Dag.state.tasks[Edges.front().second].task_id << (Edges.size() > 1)
        << static_cast<unsigned>(Edges.size() - 1);
  }
}

void SinglePurposeCheck::reportEmpty(const Groups &Same) {
  const NodeAt &First = Same.front();
  FlattenPlan Plan = planRemoval(First, context(), nodesFromCall(First.info()));
  warn(Same,
       subject(Same) + (Same.size() == 1 ? " is empty: it runs nothing and only adds an empty "
                                           "box to the graph view"
                                         : " are empty: they run nothing and only add empty "
                                           "boxes to the graph view"),
       Plan);
  noteFlatten(where(First.info()), Plan, /*Removal=*/true);
  noteMaker(First);
  noteOrigin(First);
}

void SinglePurposeCheck::reportSmall(const Groups &Same) {
  const NodeAt &First = Same.front();
  const std::size_t Count = childrenOf(First).size();
  const bool One = Same.size() == 1;
  std::string Message = subject(Same);
  if (Count == 1) {
    std::string Child = onlyChild(Same);
    Message += std::string(One ? " has" : " each have") + " a single child" +
               (Child.empty() ? "" : ", " + Child) +
               (One ? ": the group" : ": each group") +
               " only lengthens the ids below it and adds a level to the graph view";
  } else {
    Message += std::string(One ? " has only " : " each have only ") + std::to_string(Count) +
               " children, fewer than MinChildren (" + std::to_string(MinChildren) +
               "): " + (One ? "the group" : "each group") +
               " lengthens their ids and adds a level to the graph view";
  }
  FlattenPlan Plan = planFlatten(First, context(), nodesFromCall(First.info()));
  warn(Same, Message, Plan);
  if (Count == 1) {
    const NodeAt Child{First.Dag, childrenOf(First).front()};
    diag(where(Child.info()), "its only child, %0 '%1', is created here", DiagnosticIDs::Note)
        << Child.kind() << Child.id();
  }
  noteFlatten(where(First.info()), Plan);
  noteMaker(First);
  noteOrigin(First);
}

void SinglePurposeCheck::noteMaker(const NodeAt &G) {
  // The warning points at the factory's id; the call that made the group is elsewhere.
  const tgmodel::NodeInfo &Info = G.info();
  if (Info.maker() && Info.at && location(Info.at) != where(Info))
    diag(location(Info.at), "group '%0' is made by this call of the tg::task_group factory",
         DiagnosticIDs::Note)
        << G.id();
}

} // namespace clang::tidy::taskgroup
