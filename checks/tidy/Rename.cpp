#include "Rename.h"

#include "clang/Basic/SourceManager.h"

#include <set>

namespace clang::tidy::taskgroup {

using tg::detail::NodeRef;
using tgmodel::NodeInfo;
using tgmodel::Ref;
using tgmodel::SourceSpan;

namespace {

SourceLocation location(tgmodel::RawLoc Raw) {
  return SourceLocation::getFromRawEncoding(static_cast<SourceLocation::UIntTy>(Raw));
}

/// The ids of a node's subtree before and after giving the node a new label.
class RenamedSubtree {
public:
  RenamedSubtree(const NodeAt &N, std::string NewLabel)
      : S(N.Dag.state), Root(N.Node), NewLabel(std::move(NewLabel)) {}

  /// The group holding `X`, as a group index.
  int parentOf(NodeRef X) const {
    return X.is_group ? S.groups[X.index].parent : S.tasks[X.index].group;
  }
  bool contains(NodeRef X) const {
    if (X == Root)
      return true;
    if (!Root.is_group)
      return false;
    for (int G = parentOf(X), Steps = 0; G >= 0 && Steps < 100000; G = S.groups[G].parent, ++Steps)
      if (G == Root.index)
        return true;
    return false;
  }
  /// `X`'s id after the rename (X in the subtree).
  std::string newId(NodeRef X) const {
    const std::string &Label = X == Root ? NewLabel
                               : X.is_group ? S.groups[X.index].label
                                            : S.tasks[X.index].label;
    int P = parentOf(X);
    tg::detail::GroupData Parent = S.groups[P];
    if (P > 0 && contains({true, P}))
      Parent.group_id = newId({true, P});
    return tg::detail::child_id(Parent, Label);
  }
  template <class Fn> void forEach(Fn F) const {
    for (int I = 0; I < static_cast<int>(S.groups.size()); ++I)
      if (contains({true, I}))
        F(NodeRef{true, I});
    for (int I = 0; I < static_cast<int>(S.tasks.size()); ++I)
      if (contains({false, I}))
        F(NodeRef{false, I});
  }

private:
  const tg::detail::DagState &S;
  NodeRef Root;
  std::string NewLabel;
};

std::string at(const SourceManager &SM, tgmodel::RawLoc Raw) {
  PresumedLoc P = SM.getPresumedLoc(SM.getExpansionLoc(location(Raw)));
  if (P.isInvalid())
    return "an unknown place";
  return std::string(llvm::sys::path::filename(P.getFilename())) + ":" +
         std::to_string(P.getLine());
}

/// Why the literal `Span`, the id written at `Where`, cannot be edited from this translation
/// unit; empty when it can.
std::string uneditable(const SourceSpan &Span, tgmodel::RawLoc Where, const SourceManager &SM) {
  SourceLocation Begin = location(Span.at);
  if (location(Where).isMacroID() || (Span.valid() && Begin.isMacroID()))
    return "it is spelled inside a macro";
  if (!Span.valid() || Begin.isInvalid())
    return "it is built from several strings";
  if (!SM.isWrittenInMainFile(Begin))
    return "it is spelled in a header shared by other translation units";
  if (*SM.getCharacterData(Begin) != '"')
    return "it is not a plain string literal";
  return {};
}

FixItHint replaceLiteral(const SourceSpan &Span, const std::string &Text) {
  SourceLocation Begin = location(Span.at);
  return FixItHint::CreateReplacement(
      CharSourceRange::getCharRange(Begin, Begin.getLocWithOffset(Span.end - Span.begin)),
      "\"" + Text + "\"");
}

/// Why the node's own id cannot be edited; empty when it can.
std::string nodeRefusal(const NodeAt &N, const SourceManager &SM, unsigned LiteralUses) {
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
  if (std::string Why = uneditable(Info.id_literal, Info.id_literal.at, SM); !Why.empty())
    return "the id " + Why.substr(3);
  return {};
}

/// The literal text a reference should hold once the id it names becomes `NewFull`.
bool respell(const Ref &R, const std::string &OldFull, const std::string &NewFull,
             std::string &Out) {
  const std::string &Spelled = R.literal.text;
  if (R.kind != "child") {
    Out = NewFull;
    return Spelled == OldFull;
  }
  // `child(label)`: the literal spells the id's last part, relative to the receiver
  if (Spelled.size() > OldFull.size() ||
      OldFull.compare(OldFull.size() - Spelled.size(), Spelled.size(), Spelled) != 0)
    return false;
  std::string Prefix = OldFull.substr(0, OldFull.size() - Spelled.size());
  // a node below the renamed one: its label, all the literal spells, stays
  if (NewFull == Spelled || (NewFull.size() > Spelled.size() &&
                             NewFull.compare(NewFull.size() - Spelled.size() - 1,
                                             Spelled.size() + 1, "." + Spelled) == 0)) {
    Out = Spelled;
    return true;
  }
  if (NewFull.compare(0, Prefix.size(), Prefix) != 0)
    return false;
  Out = NewFull.substr(Prefix.size());
  return true;
}

} // namespace

std::string firstFreeSuffix(const NodeAt &N, const std::string &Label) {
  const auto &S = N.Dag.state;
  for (int I = 1;; ++I) {
    std::string Candidate = Label + "__" + std::to_string(I);
    if (!S.used_ids.count(tg::detail::child_id(S.groups[N.parent()], Candidate)))
      return Candidate;
  }
}

RenamePlan planRename(const NodeAt &N, const std::string &NewLabel, const SourceManager &SM,
                      unsigned LiteralUses) {
  RenamePlan Plan;
  RenamedSubtree Tree(N, NewLabel);
  const auto &S = N.Dag.state;
  Plan.NewId = Tree.newId(N.Node);
  if (Plan.Refusal = nodeRefusal(N, SM, LiteralUses); !Plan.Refusal.empty())
    return Plan;

  // The new ids must be free outside the subtree.
  std::set<std::string> Own;
  Tree.forEach([&](NodeRef X) { Own.insert(S.id_of(X)); });
  Tree.forEach([&](NodeRef X) {
    std::string New = Tree.newId(X);
    if (Plan.Refusal.empty() && !Own.count(New) && S.used_ids.count(New))
      Plan.Refusal = "the new id '" + New + "' is already used";
  });
  if (!Plan.Refusal.empty())
    return Plan;

  Plan.Fixes.push_back(replaceLiteral(N.info().id_literal, NewLabel));
  std::set<unsigned> Edited;
  auto Update = [&](const Ref &R, const std::string &OldFull, const std::string &NewFull) {
    if (!Plan.Refusal.empty() || OldFull == NewFull)
      return;
    std::string Text;
    std::string Why = uneditable(R.literal, R.at, SM);
    if (Why.empty() && !respell(R, OldFull, NewFull, Text))
      Why = "it is built from several strings";
    if (!Why.empty()) {
      Plan.Refusal = "the reference to '" + OldFull + "' at " + at(SM, R.at) + " cannot be " +
                     "updated: " + Why;
      return;
    }
    if (Text == R.literal.text)
      return;
    if (Edited.insert(R.literal.begin).second) {
      Plan.Fixes.push_back(replaceLiteral(R.literal, Text));
      ++Plan.References;
    }
  };
  // References the model resolved to a node of the subtree.
  Tree.forEach([&](NodeRef X) {
    const NodeInfo &Info = X.is_group ? N.Dag.group_info[X.index] : N.Dag.task_info[X.index];
    for (const Ref &R : Info.refs)
      Update(R, S.id_of(X), Tree.newId(X));
  });
  // A node kept under `<id>__N` after a collision: the references the program spelled with the
  // colliding id that name nothing but a node of this subtree ("reconcile.load_rates" when only
  // the second `reconcile` has `load_rates`).
  const std::string &Written = N.info().conflict_id;
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
        Update(R, Id, Tree.newId(X));
    }
  if (!Plan.safe())
    Plan.Fixes.clear();
  return Plan;
}

} // namespace clang::tidy::taskgroup
