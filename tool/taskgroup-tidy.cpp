// `taskgroup-tidy`: clang-tidy's own main, with the `taskgroup` module linked in. It takes the
// same flags as clang-tidy and runs every upstream check as well.
#include "clang-tidy/tool/ClangTidyMain.h"

namespace clang::tidy {
extern volatile int TaskGroupModuleAnchorSource;
} // namespace clang::tidy

int main(int argc, const char **argv) {
  (void)clang::tidy::TaskGroupModuleAnchorSource; // keeps the module's registration
  return clang::tidy::clangTidyMain(argc, argv);
}
