#pragma once

#include "TaskGroupCheck.h"

namespace clang::tidy::taskgroup {

/// taskgroup-inconsistent-grouping: see docs/checks/inconsistent-grouping.md.
class InconsistentGroupingCheck : public TaskGroupCheck {
public:
  InconsistentGroupingCheck(StringRef Name, ClangTidyContext *Context);
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;

private:
  void checkModel(const tgmodel::Model &Model) override;
};

} // namespace clang::tidy::taskgroup
