#include "PrematureDependencyCheck.h"

namespace clang::tidy::taskgroup {

PrematureDependencyCheck::PrematureDependencyCheck(StringRef Name, ClangTidyContext *Context)
    : TaskGroupCheck(Name, Context) {}

void PrematureDependencyCheck::storeOptions(ClangTidyOptions::OptionMap &) {}

void PrematureDependencyCheck::checkModel(const tgmodel::Model &) {}

} // namespace clang::tidy::taskgroup
