#include "Rename.h"

#include "Edits.h"

#include "clang/Basic/SourceManager.h"

namespace clang::tidy::taskgroup {

using tg::detail::NodeRef;
using tgmodel::NodeInfo;

namespace {

SourceLocation location(tgmodel::RawLoc Raw) {
  return SourceLocation::getFromRawEncoding(static_cast<SourceLocation::UIntTy>(Raw));
}

/// Why the node's own id cannot be edited; empty when it can.
std::string nodeRefusal(const NodeAt &N, const SourceManager &SM, unsigned LiteralUses,
                        bool Headers) {
  const NodeInfo &Info = N.info();
  const std::string Written = N.writtenLabel();
  if (Info.dynamic)
    return "the id is built at run time";
  if (location(Info.at).isMacroID() && !Info.id_literal.valid())
    return "the id is spelled inside a macro";
  if (Info.many || (Info.loop && LiteralUses != 1))
    return "the id is created in a loop";
  if (!Info.id_literal.valid() || Info.id_literal.text != Written)
    return "the id is not a single string literal";
  if (LiteralUses > 1)
    return "its literal creates " + std::to_string(LiteralUses) + " nodes";
  if (std::string Why = uneditable(Info.id_literal, Info.id_literal.at, SM, Headers);
      !Why.empty())
    return "the id " + Why.substr(3);
  return {};
}

} // namespace

std::string firstFreeSuffix(const NodeAt &N, const std::string &Label) {
  const auto &S = N.Dag.state;
  for (int I = 1;; ++I) {
    std::string Candidate = Label + "__" + std::to_string(I);
    if (!tg::detail::id_used(S, tg::detail::child_id(S.groups[N.parent()], Candidate)))
      return Candidate;
  }
}

RenamePlan planRename(const NodeAt &N, const std::string &NewLabel, const SourceManager &SM,
                      unsigned LiteralUses, bool Headers) {
  RenamePlan Plan;
  MovedSubtree Tree = MovedSubtree::renamed(N, NewLabel);
  const auto &S = N.Dag.state;
  Plan.NewId = Tree.newId(N.Node);
  if (Plan.Refusal = nodeRefusal(N, SM, LiteralUses, Headers); !Plan.Refusal.empty())
    return Plan;
  // The new ids must be free outside the subtree.
  if (auto Taken = Tree.collisions(); !Taken.empty()) {
    Plan.Refusal = "the new id '" + Taken.front() + "' is already used";
    return Plan;
  }

  Plan.Fixes.push_back(replaceLiteral(N.info().id_literal, NewLabel));
  ReferenceEdits Refs(SM, Plan.Fixes, Headers);
  Refs.updateResolved(N.Dag, Tree, /*SkipRoot=*/false, N.Node);
  // A node kept under `<id>__N` after a collision: the references the program spelled with the
  // colliding id that name nothing but a node of this subtree ("reconcile.load_rates" when only
  // the second `reconcile` has `load_rates`).
  const std::string &Written = N.info().conflict_id();
  const std::string &Kept = N.id();
  if (!Written.empty())
    for (const auto &[Id, R] : N.Dag.unresolved_refs) {
      if (Id != Written && Id.rfind(Written + ".", 0) != 0)
        continue;
      std::string Candidate = Kept + Id.substr(Written.size());
      NodeRef X;
      if (auto It = S.task_by_id.find(Candidate); It != S.task_by_id.end())
        X = {false, It->second};
      else if (auto It = S.group_by_id.find(Candidate); It != S.group_by_id.end())
        X = {true, It->second};
      if (X.index >= 0 && Tree.contains(X))
        Refs.update(R, Id, Tree.newId(X));
    }
  Plan.Refusal = Refs.Refusal;
  Plan.References = Refs.References;
  if (!Plan.safe())
    Plan.Fixes.clear();
  return Plan;
}

} // namespace clang::tidy::taskgroup
