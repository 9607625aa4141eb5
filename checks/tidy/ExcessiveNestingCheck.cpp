#include "ExcessiveNestingCheck.h"

namespace clang::tidy::taskgroup {

ExcessiveNestingCheck::ExcessiveNestingCheck(StringRef Name, ClangTidyContext *Context)
    : TaskGroupCheck(Name, Context) {}

void ExcessiveNestingCheck::storeOptions(ClangTidyOptions::OptionMap &) {}

void ExcessiveNestingCheck::checkModel(const tgmodel::Model &) {}

} // namespace clang::tidy::taskgroup
