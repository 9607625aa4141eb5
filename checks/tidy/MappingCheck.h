#pragma once

#include "TaskGroupCheck.h"

#include <set>
#include <utility>

namespace clang::tidy::taskgroup {

/// `taskgroup-mapping`: see docs/checks/mapping.md. What Airflow refuses inside
/// a mapped task group (MappingError): a mapped group inside it, a mapped
/// (`expand`) task inside it, and a task with the `always` trigger rule inside
/// it. No fix-its: only a change of design helps.
class MappingCheck : public TaskGroupCheck {
public:
  MappingCheck(StringRef Name, ClangTidyContext *Context);
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;

  enum class Reason { NestedGroup, ExpandedTask, AlwaysRule };

private:
  void checkModel(const tgmodel::Model &Model) override;
  void report(const NodeAt &Inner, int MappedGroup, Reason Why);

  /// (location, reason) pairs already reported: a loop or factory that creates
  /// the same node again reports once.
  std::set<std::pair<SourceLocation::UIntTy, int>> Reported;
};

} // namespace clang::tidy::taskgroup
