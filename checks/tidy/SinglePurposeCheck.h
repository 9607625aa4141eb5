#pragma once

#include "TaskGroupCheck.h"

namespace clang::tidy::taskgroup {

struct FlattenPlan;

/// `taskgroup-single-purpose`: groups that group nothing. An empty group, a group with fewer
/// than `MinChildren` children (by default: a single child), and an empty group used in a
/// dependency, whose edges come only from Airflow's empty-group fall-through. Offers to
/// flatten a small group into its parent, or to remove the statement creating an unused empty
/// group.
class SinglePurposeCheck : public TaskGroupCheck {
public:
  SinglePurposeCheck(StringRef Name, ClangTidyContext *Context);
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;

private:
  /// The groups of one finding: one group, or every group made from one id (a factory's or a
  /// loop's), which share the diagnostic's location.
  using Groups = std::vector<NodeAt>;
  using RawLocEdges = std::pair<tgmodel::RawLoc, std::vector<std::pair<int, int>>>;

  void checkModel(const tgmodel::Model &Model) override;
  void checkDag(const tgmodel::DagModel &Dag);
  void reportEmptyInDependency(const Groups &Same);
  /// Notes where the empty group is used in a dependency, with the edges the fall-through makes.
  void noteDependencies(const NodeAt &G);
  /// Notes the call that made a group of a `tg::task_group` factory.
  void noteMaker(const NodeAt &G);
  void reportEmpty(const Groups &Same);
  void reportSmall(const Groups &Same);
  /// The warning at the groups' id, with the plan's fixes, or with its refusal appended.
  void warn(const Groups &Same, const std::string &Message, const FlattenPlan &Plan);

  const unsigned MinChildren;
  const bool IgnoreMapped;
};

} // namespace clang::tidy::taskgroup
