#pragma once

#include "TaskGroupCheck.h"

namespace clang::tidy::taskgroup {

/// `taskgroup-mapping`: A mapped group inside a mapped group, a mapped task inside a mapped group, an `always` trigger rule inside a mapped group.
class MappingCheck : public TaskGroupCheck {
public:
  MappingCheck(StringRef Name, ClangTidyContext *Context);
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;

private:
  void checkModel(const tgmodel::Model &Model) override;
};

} // namespace clang::tidy::taskgroup
