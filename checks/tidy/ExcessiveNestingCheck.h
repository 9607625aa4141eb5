#pragma once

#include "TaskGroupCheck.h"

namespace clang::tidy::taskgroup {

/// `taskgroup-excessive-nesting`: Groups nested deeper than `MaxDepth` (default 3). Offers to flatten the group into its parent.
class ExcessiveNestingCheck : public TaskGroupCheck {
public:
  ExcessiveNestingCheck(StringRef Name, ClangTidyContext *Context);
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;

private:
  void checkModel(const tgmodel::Model &Model) override;
};

} // namespace clang::tidy::taskgroup
