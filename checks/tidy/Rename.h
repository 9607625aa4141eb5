// Rename fix-its in the manner of clang-tidy's RenamerClangTidyCheck: every use of an id is
// collected (the literal that creates the node, and every string that refers to it or to a
// node below it), and the fix is offered whole or not at all, with the reason why not.
#pragma once

#include "TaskGroupCheck.h"

#include "clang/Basic/Diagnostic.h"

#include <string>
#include <vector>

namespace clang::tidy::taskgroup {

struct RenamePlan {
  std::vector<FixItHint> Fixes; // the node's literal first, then the references
  std::string Refusal;          // why no fix is offered; empty when the fix is safe
  std::string NewId;            // the node's fully qualified id after the fix
  unsigned References = 0;      // string references the fix updates
  bool safe() const { return Refusal.empty(); }
};

/// Plans giving node `N` the label `NewLabel`: the ids of `N` and of its subtree change, so
/// every reference to them by string changes too. `LiteralUses` is the number of nodes made
/// from the node's literal (a factory's id or a loop's: renaming it would rename them all).
RenamePlan planRename(const NodeAt &N, const std::string &NewLabel, const SourceManager &SM,
                      unsigned LiteralUses, bool Headers = false);

/// The first `<label>__N` (N = 1, 2, ...) whose id is free under the node's parent.
std::string firstFreeSuffix(const NodeAt &N, const std::string &Label);

} // namespace clang::tidy::taskgroup
