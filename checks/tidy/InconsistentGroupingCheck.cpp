#include "InconsistentGroupingCheck.h"

namespace clang::tidy::taskgroup {

InconsistentGroupingCheck::InconsistentGroupingCheck(StringRef Name, ClangTidyContext *Context)
    : TaskGroupCheck(Name, Context) {}

void InconsistentGroupingCheck::storeOptions(ClangTidyOptions::OptionMap &) {}

void InconsistentGroupingCheck::checkModel(const tgmodel::Model &) {}

} // namespace clang::tidy::taskgroup
