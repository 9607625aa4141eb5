#include "TightCouplingCheck.h"

namespace clang::tidy::taskgroup {

TightCouplingCheck::TightCouplingCheck(StringRef Name, ClangTidyContext *Context)
    : TaskGroupCheck(Name, Context) {}

void TightCouplingCheck::storeOptions(ClangTidyOptions::OptionMap &) {}

void TightCouplingCheck::checkModel(const tgmodel::Model &) {}

} // namespace clang::tidy::taskgroup
