#pragma once

#include "TaskGroupCheck.h"

namespace clang::tidy::taskgroup {

/// taskgroup-id-misuse: see docs/checks/id-misuse.md.
class IdMisuseCheck : public TaskGroupCheck {
public:
  IdMisuseCheck(StringRef Name, ClangTidyContext *Context);
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;

private:
  void checkModel(const tgmodel::Model &Model) override;
};

} // namespace clang::tidy::taskgroup
