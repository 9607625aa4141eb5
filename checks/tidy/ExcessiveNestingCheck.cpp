#include "ExcessiveNestingCheck.h"

#include "Flatten.h"

namespace clang::tidy::taskgroup {

ExcessiveNestingCheck::ExcessiveNestingCheck(StringRef Name, ClangTidyContext *Context)
    : TaskGroupCheck(Name, Context), MaxDepth(Options.get("MaxDepth", 3U)) {}

void ExcessiveNestingCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, "MaxDepth", MaxDepth);
  storeMaxRepeatNotes(Opts);
}

namespace {
/// A top-level group has depth 1.
unsigned depthOf(const tg::detail::DagState &S, int Group) {
  unsigned Depth = 0;
  for (int G = Group; G > 0 && Depth < 100000; G = S.groups[G].parent)
    ++Depth;
  return Depth;
}

/// "inventory > warehouses > central > inbound": the labels from the top-level group down.
std::string labelChain(const tg::detail::DagState &S, int Group) {
  std::string Out;
  for (int G = Group; G > 0; G = S.groups[G].parent)
    Out = S.groups[G].label + (Out.empty() ? "" : " > ") + Out;
  return Out;
}
} // namespace

void ExcessiveNestingCheck::checkModel(const tgmodel::Model &Model) {
  for (const tgmodel::DagModel &Dag : Model.dags) {
    if (Dag.factory) // a factory run under a symbolic parent: its depth is unknown
      continue;
    FindingsByPlace Findings = findingsByPlace();
    for (int G = 1; G < static_cast<int>(Dag.state.groups.size()); ++G) {
      if (depthOf(Dag.state, G) <= MaxDepth)
        continue;
      NodeAt N{Dag, {true, G}};
      // A group the runtime refuses is reported by id-conflict or id-misuse, under its own id.
      if (!N.info().conflict_id().empty() || N.info().invalid)
        continue;
      Findings.add(where(N.info()), 0, [this, N](bool AsNote, std::size_t AtPlace) {
        report(N, AsNote, AtPlace);
      });
    }
    Findings.flush();
  }
}

void ExcessiveNestingCheck::report(const NodeAt &Group, bool AsNote, std::size_t AtPlace) {
  const auto &S = Group.Dag.state;
  const unsigned Depth = depthOf(S, Group.Node.index);
  if (AsNote) {
    diag(where(Group.info()), "group '%0' is nested %1 levels deep", DiagnosticIDs::Note)
        << Group.id() << Depth;
    return;
  }
  // Only the outermost group that is too deep is flattened: its children then sit one level
  // higher, and a deeper group's own fix would move the same ids twice.
  FlattenPlan Plan;
  if (AtPlace > 1)
    Plan.Refusal = "the group is created in a loop";
  else if (Depth != MaxDepth + 1)
    Plan.Refusal = "its ancestor '" + S.groups[S.groups[Group.Node.index].parent].group_id +
                   "' is too deep as well; flatten that one first";
  else
    Plan = planFlatten(Group, context(), nodesFromCall(Group.info()));
  {
    auto D = diag(where(Group.info()),
                  "group '%0' is nested %1 levels deep, more than %2 (%3)%select{|; cannot be "
                  "fixed automatically: %5}4")
             << Group.id() << Depth << MaxDepth << labelChain(S, Group.Node.index)
             << !Plan.safe() << Plan.Refusal;
    for (const FixItHint &Fix : Plan.Fixes)
      D << Fix;
  }
  noteFlatten(where(Group.info()), Plan);
  noteOrigin(Group);
}

} // namespace clang::tidy::taskgroup
