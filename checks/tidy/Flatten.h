// Flatten fix-its: a group's children move up into its parent, the group disappears. Like the
// rename fix-its (Rename.h), every string reference to a moved id is updated in the same fix,
// and the fix is offered whole or refused with the reason why.
//
// The creating call is rewritten so that the group's children are created on the parent:
//   handle form   `tg::TaskGroup c = p.group("clean", {...});`  ->  `tg::TaskGroup c = p;`
//                 (a DAG receiver `dag.group(...)` becomes `dag.root()`)
//   scoped form   `p.group("clean", {...}, BODY);`             ->  `BODY(p);`
//                 (kept handle: `tg::TaskGroup c = (BODY(p), p);`)
#pragma once

#include "Rename.h"

namespace clang {
class ASTContext;
} // namespace clang

namespace clang::tidy::taskgroup {

struct FlattenPlan {
  std::vector<FixItHint> Fixes; // the creating call first, then the references
  std::string Refusal;          // why no fix is offered; empty when the fix is safe
  /// When the refusal is a conflict: the ids the move would create that already exist.
  std::vector<std::string> Collisions;
  std::string Parent;      // the id of the group the children move into (empty: the DAG)
  unsigned References = 0; // string references the fix updates
  bool safe() const { return Refusal.empty(); }
};

/// Plans flattening group `G` into its parent. `CallUses` is the number of groups made by
/// `G`'s creating call (a factory's call makes one per call of the factory: editing it would
/// flatten them all). Refused for: a group made in a loop or a macro, at run time, in a header,
/// by a `tg::task_group` decorator or a mapped group; a group used in a dependency (its handle
/// would then name the parent) or referred to by string; default_args that its tasks inherit;
/// and ids the move would make twice (listed in `Collisions`).
FlattenPlan planFlatten(const NodeAt &G, ASTContext &Ctx, unsigned CallUses,
                        bool Headers = false);

/// Plans removing the statement that creates the empty group `G`, when nothing uses it: the
/// call's value is discarded (or its variable is never read), it is in no dependency, no
/// string names it.
FlattenPlan planRemoval(const NodeAt &G, ASTContext &Ctx, unsigned CallUses);

} // namespace clang::tidy::taskgroup
