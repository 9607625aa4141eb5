#pragma once

#include "TaskGroupCheck.h"

namespace clang::tidy::taskgroup {

/// `taskgroup-premature-dependency`: An edge to or from a group set before the group's tasks are added: those tasks get no edge (Airflow issues 33007, 16764).
class PrematureDependencyCheck : public TaskGroupCheck {
public:
  PrematureDependencyCheck(StringRef Name, ClangTidyContext *Context);
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;

private:
  void checkModel(const tgmodel::Model &Model) override;
};

} // namespace clang::tidy::taskgroup
