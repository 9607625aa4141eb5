#include "SetupTeardownCheck.h"

namespace clang::tidy::taskgroup {

SetupTeardownCheck::SetupTeardownCheck(StringRef Name, ClangTidyContext *Context)
    : TaskGroupCheck(Name, Context) {}

void SetupTeardownCheck::storeOptions(ClangTidyOptions::OptionMap &) {}

void SetupTeardownCheck::checkModel(const tgmodel::Model &) {}

} // namespace clang::tidy::taskgroup
