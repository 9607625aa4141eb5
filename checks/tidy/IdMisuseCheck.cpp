#include "IdMisuseCheck.h"

namespace clang::tidy::taskgroup {

IdMisuseCheck::IdMisuseCheck(StringRef Name, ClangTidyContext *Context)
    : TaskGroupCheck(Name, Context) {}

void IdMisuseCheck::storeOptions(ClangTidyOptions::OptionMap &) {}

void IdMisuseCheck::checkModel(const tgmodel::Model &) {}

} // namespace clang::tidy::taskgroup
