#pragma once

#include "TaskGroupCheck.h"

namespace clang::tidy::taskgroup {

/// `taskgroup-setup-teardown`: A teardown without a setup, a setup never torn down, a teardown outside its setup's group.
class SetupTeardownCheck : public TaskGroupCheck {
public:
  SetupTeardownCheck(StringRef Name, ClangTidyContext *Context);
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;

private:
  void checkModel(const tgmodel::Model &Model) override;
};

} // namespace clang::tidy::taskgroup
