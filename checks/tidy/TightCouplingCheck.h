#pragma once

#include "TaskGroupCheck.h"

namespace clang::tidy::taskgroup {

/// `taskgroup-tight-coupling`: Edges into another group's internals, `xcom_pull` across groups without a dependency path, mutable state shared by reference between tasks of different groups, task-level edges where one group edge would do.
class TightCouplingCheck : public TaskGroupCheck {
public:
  TightCouplingCheck(StringRef Name, ClangTidyContext *Context);
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;

private:
  void checkModel(const tgmodel::Model &Model) override;
};

} // namespace clang::tidy::taskgroup
