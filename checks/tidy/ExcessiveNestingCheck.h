#pragma once

#include "TaskGroupCheck.h"

#include <vector>

namespace clang::tidy::taskgroup {

/// `taskgroup-excessive-nesting`: groups nested deeper than `MaxDepth` (default 3; a top-level
/// group has depth 1). Offers to flatten the outermost group that is too deep into its parent
/// when no id would collide.
class ExcessiveNestingCheck : public TaskGroupCheck {
public:
  ExcessiveNestingCheck(StringRef Name, ClangTidyContext *Context);
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;

private:
  void checkModel(const tgmodel::Model &Model) override;
  /// One diagnostic for the groups created at one place (a loop's groups share theirs).
  void report(const std::vector<NodeAt> &Groups);

  const unsigned MaxDepth;
};

} // namespace clang::tidy::taskgroup
