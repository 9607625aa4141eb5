// What the rename and flatten fix-its share: the ids of a subtree before and after the edit,
// and the edits of the string literals that refer to them.
#pragma once

#include "TaskGroupCheck.h"

#include "clang/Basic/Diagnostic.h"

#include <set>
#include <string>
#include <vector>

namespace clang::tidy::taskgroup {

/// The ids of a node's subtree before and after an edit: the node gets a new label (rename),
/// or the group disappears and its children move up into its parent (flatten).
class MovedSubtree {
public:
  static MovedSubtree renamed(const NodeAt &N, std::string NewLabel);
  static MovedSubtree flattened(const NodeAt &G);

  const tg::detail::DagState &state() const { return S; }
  bool contains(tg::detail::NodeRef X) const;
  /// `X`'s id after the edit (X in the subtree; for a flatten, not the group itself).
  std::string newId(tg::detail::NodeRef X) const;
  /// Every node whose id the edit changes or removes, the root included.
  std::vector<tg::detail::NodeRef> nodes() const;
  /// The new ids that already name a node outside the subtree, in creation order.
  std::vector<std::string> collisions() const;

private:
  MovedSubtree(const NodeAt &N, std::string NewLabel, bool Flatten)
      : S(N.Dag.state), Root(N.Node), NewLabel(std::move(NewLabel)), Flatten(Flatten) {}
  int parentOf(tg::detail::NodeRef X) const;
  /// Whether group `G` is the root or below it (memoised: a walk up per group would make
  /// `nodes()` quadratic, and `newId` of a deep chain much worse).
  bool groupInside(int G) const;

  const tg::detail::DagState &S;
  tg::detail::NodeRef Root;
  std::string NewLabel;
  bool Flatten;
  mutable std::vector<signed char> Inside;          // per group: -1 unknown, 0 no, 1 yes
  mutable std::vector<std::string> GroupNewId;      // per group: newId, once computed
  mutable std::vector<bool> HasGroupNewId;
};

/// `file:line` of a raw location, for messages.
std::string lineOf(const SourceManager &SM, tgmodel::RawLoc Raw);

/// Why the literal `Span`, the id written at `Where`, cannot be edited from this translation
/// unit ("it is spelled inside a macro"); empty when it can.
/// `Headers`: the edit may touch the program's headers too (a batch refactoring that merges
/// the edits of every translation unit); a check's fix-its only touch the main file.
std::string uneditable(const tgmodel::SourceSpan &Span, tgmodel::RawLoc Where,
                       const SourceManager &SM, bool Headers = false);
/// True when an edit at `Loc` is allowed (see `uneditable`).
bool editableFile(SourceLocation Loc, const SourceManager &SM, bool Headers);

FixItHint replaceLiteral(const tgmodel::SourceSpan &Span, const std::string &Text);

/// The edits of the string references to the nodes of a subtree whose ids change.
class ReferenceEdits {
public:
  ReferenceEdits(const SourceManager &SM, std::vector<FixItHint> &Fixes, bool Headers = false)
      : SM(SM), Fixes(Fixes), Headers(Headers) {}
  /// Makes `R`, which names `OldFull`, name `NewFull`; on failure sets `Refusal`.
  void update(const tgmodel::Ref &R, const std::string &OldFull, const std::string &NewFull);
  /// Updates every reference the model resolved to a node of `Tree` (not its root when the
  /// root disappears).
  void updateResolved(const tgmodel::DagModel &Dag, const MovedSubtree &Tree, bool SkipRoot,
                      tg::detail::NodeRef Root);

  std::string Refusal;
  unsigned References = 0;

private:
  const SourceManager &SM;
  std::vector<FixItHint> &Fixes;
  bool Headers;
  std::set<std::pair<std::string, unsigned>> Edited; // the literals edited so far
};

} // namespace clang::tidy::taskgroup
