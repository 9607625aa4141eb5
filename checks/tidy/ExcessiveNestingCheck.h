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
  /// The finding about one group too deep; one of `AtPlace` created at its place (a loop's
  /// groups share theirs), reported `AsNote` under the first.
  void report(const NodeAt &Group, bool AsNote, std::size_t AtPlace);

  const unsigned MaxDepth;
};

} // namespace clang::tidy::taskgroup
