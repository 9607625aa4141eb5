#pragma once

#include "TaskGroupCheck.h"

namespace clang::tidy::taskgroup {

/// Not a check users enable: the engine of `taskgroup rename` and `taskgroup flatten`, which
/// run it over every translation unit with the options `Action` (`rename` or `flatten`),
/// `Target` (a fully qualified id), `NewId` and `Dag`. Its one diagnostic per translation unit
/// carries the whole edit, headers included, or says why there is none ("cannot rename ...").
/// Registered as `tgtool-refactor`, outside `taskgroup-*`.
class RefactorRequestCheck : public TaskGroupCheck {
public:
  RefactorRequestCheck(StringRef Name, ClangTidyContext *Context);
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;

private:
  void checkModel(const tgmodel::Model &Model) override;
  void rename(const NodeAt &N);
  void flatten(const NodeAt &N);

  const std::string Action, Target, NewId, Dag;
};

} // namespace clang::tidy::taskgroup
