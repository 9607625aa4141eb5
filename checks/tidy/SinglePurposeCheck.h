#pragma once

#include "TaskGroupCheck.h"

namespace clang::tidy::taskgroup {

/// `taskgroup-single-purpose`: Empty groups, groups with fewer than `MinChildren` children, empty groups used in a dependency. Offers to flatten, or to remove an unused empty group.
class SinglePurposeCheck : public TaskGroupCheck {
public:
  SinglePurposeCheck(StringRef Name, ClangTidyContext *Context);
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;

private:
  void checkModel(const tgmodel::Model &Model) override;
};

} // namespace clang::tidy::taskgroup
