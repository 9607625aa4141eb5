#include "MappingCheck.h"

namespace clang::tidy::taskgroup {

MappingCheck::MappingCheck(StringRef Name, ClangTidyContext *Context)
    : TaskGroupCheck(Name, Context) {}

void MappingCheck::storeOptions(ClangTidyOptions::OptionMap &) {}

void MappingCheck::checkModel(const tgmodel::Model &) {}

} // namespace clang::tidy::taskgroup
