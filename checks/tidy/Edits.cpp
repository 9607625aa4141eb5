#include "Edits.h"

#include "clang/Basic/SourceManager.h"

namespace clang::tidy::taskgroup {

using tg::detail::NodeRef;
using tgmodel::Ref;
using tgmodel::SourceSpan;

namespace {

SourceLocation location(tgmodel::RawLoc Raw) {
  return SourceLocation::getFromRawEncoding(static_cast<SourceLocation::UIntTy>(Raw));
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
  // a node below the edited one: its label, all the literal spells, stays
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

MovedSubtree MovedSubtree::renamed(const NodeAt &N, std::string NewLabel) {
  return MovedSubtree(N, std::move(NewLabel), false);
}

MovedSubtree MovedSubtree::flattened(const NodeAt &G) { return MovedSubtree(G, "", true); }

int MovedSubtree::parentOf(NodeRef X) const {
  return X.is_group ? S.groups[X.index].parent : S.tasks[X.index].group;
}

bool MovedSubtree::groupInside(int G) const {
  const int Count = static_cast<int>(S.groups.size());
  if (Inside.size() != S.groups.size())
    Inside.assign(S.groups.size(), -1);
  // Walk up to the first group whose answer is known (or the top), then record the answer
  // for every group on the way.
  std::vector<int> Path;
  signed char Answer = 0;
  for (int Steps = 0; Steps < 100000; ++Steps) {
    if (G < 0 || G >= Count) {
      Answer = 0;
      break;
    }
    if (G == Root.index) {
      Answer = 1;
      break;
    }
    if (Inside[G] >= 0) {
      Answer = Inside[G];
      break;
    }
    Path.push_back(G);
    G = S.groups[G].parent;
  }
  for (int P : Path)
    Inside[P] = Answer;
  return Answer == 1;
}

bool MovedSubtree::contains(NodeRef X) const {
  if (X == Root)
    return true;
  if (!Root.is_group)
    return false;
  return groupInside(parentOf(X));
}

std::string MovedSubtree::newId(NodeRef X) const {
  if (X.is_group && X.index >= 0 && X.index < static_cast<int>(S.groups.size())) {
    if (HasGroupNewId.size() != S.groups.size()) {
      HasGroupNewId.assign(S.groups.size(), false);
      GroupNewId.assign(S.groups.size(), std::string());
    }
    if (HasGroupNewId[X.index])
      return GroupNewId[X.index];
  }
  std::string Id;
  if (X == Root && !Flatten) {
    Id = tg::detail::child_id(S.groups[parentOf(X)], NewLabel);
  } else {
    const std::string &Label = X.is_group ? S.groups[X.index].label : S.tasks[X.index].label;
    int P = parentOf(X);
    if (Flatten && P == Root.index)
      P = S.groups[Root.index].parent; // the flattened group's children move up
    // child_id reads only these two fields: copying the whole parent (its children, its
    // sets) per node made wide groups quadratic
    tg::detail::GroupData Parent;
    Parent.options.prefix_group_id = S.groups[P].options.prefix_group_id;
    Parent.group_id = P > 0 && contains({true, P}) ? newId({true, P}) : S.groups[P].group_id;
    Id = tg::detail::child_id(Parent, Label);
  }
  if (X.is_group && X.index >= 0 && X.index < static_cast<int>(S.groups.size())) {
    HasGroupNewId[X.index] = true;
    GroupNewId[X.index] = Id;
  }
  return Id;
}

std::vector<NodeRef> MovedSubtree::nodes() const {
  std::vector<NodeRef> Out;
  for (int I = 0; I < static_cast<int>(S.groups.size()); ++I)
    if (contains({true, I}))
      Out.push_back({true, I});
  for (int I = 0; I < static_cast<int>(S.tasks.size()); ++I)
    if (contains({false, I}))
      Out.push_back({false, I});
  return Out;
}

std::vector<std::string> MovedSubtree::collisions() const {
  std::set<std::string> Own;
  for (NodeRef X : nodes())
    Own.insert(S.id_of(X));
  if (Root.is_group) { // the join ids go with the group
    Own.insert(S.groups[Root.index].group_id + ".upstream_join_id");
    Own.insert(S.groups[Root.index].group_id + ".downstream_join_id");
  }
  std::vector<std::string> Out;
  for (NodeRef X : nodes()) {
    if (Flatten && X == Root)
      continue;
    std::string New = newId(X);
    if (!Own.count(New) && tg::detail::id_used(S, New))
      Out.push_back(New);
  }
  return Out;
}

std::string lineOf(const SourceManager &SM, tgmodel::RawLoc Raw) {
  PresumedLoc P = SM.getPresumedLoc(SM.getExpansionLoc(location(Raw)));
  if (P.isInvalid())
    return "an unknown place";
  return std::string(llvm::sys::path::filename(P.getFilename())) + ":" +
         std::to_string(P.getLine());
}

bool editableFile(SourceLocation Loc, const SourceManager &SM, bool Headers) {
  return SM.isWrittenInMainFile(Loc) || (Headers && !SM.isInSystemHeader(Loc));
}

std::string uneditable(const SourceSpan &Span, tgmodel::RawLoc Where, const SourceManager &SM,
                       bool Headers) {
  SourceLocation Begin = location(Span.at);
  if (location(Where).isMacroID() || (Span.valid() && Begin.isMacroID()))
    return "it is spelled inside a macro";
  if (!Span.valid() || Begin.isInvalid())
    return "it is built from several strings";
  if (!editableFile(Begin, SM, Headers))
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

void ReferenceEdits::update(const Ref &R, const std::string &OldFull,
                            const std::string &NewFull) {
  if (!Refusal.empty() || OldFull == NewFull)
    return;
  std::string Text;
  std::string Why = uneditable(R.literal, R.at, SM, Headers);
  if (Why.empty() && !respell(R, OldFull, NewFull, Text))
    Why = "it is built from several strings";
  if (!Why.empty()) {
    Refusal = "the reference to '" + OldFull + "' at " + lineOf(SM, R.at) +
              " cannot be updated: " + Why;
    return;
  }
  if (Text == R.literal.text)
    return;
  if (Edited.insert({std::string(R.literal.file), R.literal.begin}).second) {
    Fixes.push_back(replaceLiteral(R.literal, Text));
    ++References;
  }
}

void ReferenceEdits::updateResolved(const tgmodel::DagModel &Dag, const MovedSubtree &Tree,
                                    bool SkipRoot, NodeRef Root) {
  for (NodeRef X : Tree.nodes()) {
    if (SkipRoot && X == Root)
      continue;
    const tgmodel::NodeInfo &Info =
        X.is_group ? Dag.group_info[X.index] : Dag.task_info[X.index];
    for (const Ref &R : Info.refs())
      update(R, Dag.state.id_of(X), Tree.newId(X));
  }
}

} // namespace clang::tidy::taskgroup
