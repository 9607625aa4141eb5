#pragma once

#include "TaskGroupCheck.h"

#include <set>
#include <string>
#include <utility>

namespace clang::tidy::taskgroup {

/// `taskgroup-ui-params`: see docs/checks/ui-params.md. A group's
/// `ui_color`/`ui_fgcolor` that is not a CSS colour (fix: normalise a colour
/// with stray blanks or a missing `#`), text on fill contrast below
/// `MinContrast` (WCAG 2.x), and, with `CheckMissingTooltip`, a top-level group
/// without a tooltip.
class UiParamsCheck : public TaskGroupCheck {
public:
  UiParamsCheck(StringRef Name, ClangTidyContext *Context);
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;

  /// Where a colour option is spelled: the string literal, when one was found.
  struct ColourSite {
    const StringLiteral *Literal = nullptr;
    /// Why the literal cannot be edited (a macro, a header, not a single
    /// literal); empty when it can.
    std::string Refusal;
  };

private:
  void checkModel(const tgmodel::Model &Model) override;
  void checkSpelling(const NodeAt &Group, StringRef Field,
                     const std::string &Value);
  void checkContrast(const NodeAt &Group);
  void checkTooltip(const NodeAt &Group);
  ColourSite siteOf(const NodeAt &Group, StringRef Field,
                    const std::string &Value) const;
  /// True the first time a finding of `Kind` is reported at `Loc`: a loop or a
  /// factory that creates several groups from one literal reports it once.
  bool firstAt(SourceLocation Loc, StringRef Kind);

  const std::string MinContrastText;
  const double MinContrast;
  const bool CheckMissingTooltip;
  std::set<std::pair<SourceLocation::UIntTy, std::string>> Reported;
};

} // namespace clang::tidy::taskgroup
