#pragma once

#include "TaskGroupCheck.h"

namespace clang::tidy::taskgroup {

/// taskgroup-inconsistent-grouping: see docs/checks/inconsistent-grouping.md.
/// Siblings (the children of one group, or the DAG's top level) that do not follow the pattern
/// of the others: ids in another naming style (fix: rename to the style, with references),
/// groups made by one loop or factory whose structure differs, and groups that disagree on
/// `prefix_group_id`.
class InconsistentGroupingCheck : public TaskGroupCheck {
public:
  enum class IdStyleKind { Majority, SnakeCase, CamelCase, KebabCase };

  InconsistentGroupingCheck(StringRef Name, ClangTidyContext *Context);
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;

private:
  void checkModel(const tgmodel::Model &Model) override;
  /// Each holds its findings about the children of `Parent` in `Findings`.
  void checkStyle(const tgmodel::DagModel &Dag, int Parent, FindingsByPlace &Findings);
  void checkStructure(const tgmodel::DagModel &Dag, int Parent, FindingsByPlace &Findings);
  void checkPrefixFlag(const tgmodel::DagModel &Dag, int Parent, FindingsByPlace &Findings);
  /// Where a finding about a node points: its literal when `PreferLiteral` and it is written
  /// in the main file, else the innermost of the creating call and the calls leading to it
  /// that is written in the main file.
  SourceLocation site(const tgmodel::NodeInfo &Info, bool PreferLiteral) const;

  const IdStyleKind IdStyle;
  const unsigned MinSiblings;
  const bool CheckStructure;
  const bool CheckPrefixFlag;
};

} // namespace clang::tidy::taskgroup
