#include "SinglePurposeCheck.h"

namespace clang::tidy::taskgroup {

SinglePurposeCheck::SinglePurposeCheck(StringRef Name, ClangTidyContext *Context)
    : TaskGroupCheck(Name, Context) {}

void SinglePurposeCheck::storeOptions(ClangTidyOptions::OptionMap &) {}

void SinglePurposeCheck::checkModel(const tgmodel::Model &) {}

} // namespace clang::tidy::taskgroup
