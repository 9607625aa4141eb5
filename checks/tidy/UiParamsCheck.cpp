#include "UiParamsCheck.h"

namespace clang::tidy::taskgroup {

UiParamsCheck::UiParamsCheck(StringRef Name, ClangTidyContext *Context)
    : TaskGroupCheck(Name, Context) {}

void UiParamsCheck::storeOptions(ClangTidyOptions::OptionMap &) {}

void UiParamsCheck::checkModel(const tgmodel::Model &) {}

} // namespace clang::tidy::taskgroup
