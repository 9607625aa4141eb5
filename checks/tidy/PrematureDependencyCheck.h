#pragma once

#include "TaskGroupCheck.h"

namespace clang::tidy::taskgroup {

/// `taskgroup-premature-dependency`: see docs/checks/premature-dependency.md.
/// An edge to or from a group set before (some of) the group's tasks are added. The runtime,
/// like Airflow, resolves `group >> x` to the group's leaves (roots for `x >> group`) when the
/// statement runs, so tasks added to the group afterwards get no edge (Airflow issues 33007,
/// 16764). No fix-it: the edge has to move, and where to is the author's decision.
class PrematureDependencyCheck : public TaskGroupCheck {
public:
  PrematureDependencyCheck(StringRef Name, ClangTidyContext *Context);
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;

  /// Which side of a relation a group is on: `Up` for `group >> x`, `Down` for `x >> group`.
  enum class Side { Up, Down };

private:
  void checkModel(const tgmodel::Model &Model) override;
  void checkDag(const tgmodel::DagModel &Dag);
  /// The tasks of `Group` added after `R` that nothing orders with the relation's other side;
  /// empty when the relation missed nothing.
  std::vector<int> missedTasks(const tgmodel::DagModel &Dag, const tgmodel::Relation &R, int Group,
                               Side S) const;
  void report(const tgmodel::DagModel &Dag, const tgmodel::Relation &R, int Group, Side S,
              const std::vector<int> &Missed);
  /// `line N`, or `file:N` for a place in another file than `Relative`.
  std::string placeOf(SourceLocation Loc, SourceLocation Relative) const;

  const unsigned MaxNotes;
};

} // namespace clang::tidy::taskgroup
