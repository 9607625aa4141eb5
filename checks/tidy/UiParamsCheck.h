#pragma once

#include "TaskGroupCheck.h"

namespace clang::tidy::taskgroup {

/// `taskgroup-ui-params`: `ui_color`/`ui_fgcolor` that are not CSS colours, contrast below 4.5:1 (WCAG), missing tooltips on top-level groups (off by default).
class UiParamsCheck : public TaskGroupCheck {
public:
  UiParamsCheck(StringRef Name, ClangTidyContext *Context);
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;

private:
  void checkModel(const tgmodel::Model &Model) override;
};

} // namespace clang::tidy::taskgroup
