// `taskgroup-clangd`: clangd's own main, with the `taskgroup` clang-tidy module linked in, so
// editors show our findings (and offer their fix-its as quick fixes) while a DAG program is
// edited. It takes the same flags as clangd-22. See docs/clangd.md.
//
// clangd runs a clang-tidy check only when `.clangd` enables it (`Diagnostics: ClangTidy: Add:`)
// and, since our checks are not in clangd's list of known-fast checks, only with
// `FastCheckFilter: Loose` or `None` (template: docs/clangd/.clangd).
#include <cstring>
#include <string>
#include <vector>

// Debian's clangd-22 packages ship libclangdMain.a but not its header
// (clangd/tool/ClangdMain.h), so declare the one function it holds.
namespace clang::clangd {
int clangdMain(int argc, char *argv[]);
} // namespace clang::clangd

namespace clang::tidy {
extern volatile int TaskGroupModuleAnchorSource;
} // namespace clang::tidy

int main(int argc, char *argv[]) {
  (void)clang::tidy::TaskGroupModuleAnchorSource; // keeps the module's registration

  // clangd looks for Clang's builtin headers (<stddef.h>, ...) next to its own binary
  // (<bin>/../lib/clang/22), which a binary in the build tree does not have: unless the
  // caller chooses, use those of the LLVM we were built against.
  std::vector<char *> args(argv, argv + argc);
  bool has_resource_dir = false;
  for (int i = 1; i < argc; ++i) {
    if (std::strncmp(argv[i], "--resource-dir", 14) == 0 ||
        std::strncmp(argv[i], "-resource-dir", 13) == 0)
      has_resource_dir = true;
  }
  std::string resource_dir_arg = std::string("--resource-dir=") + TASKGROUP_CLANG_RESOURCE_DIR;
  if (!has_resource_dir)
    args.insert(args.begin() + 1, resource_dir_arg.data());
  args.push_back(nullptr);
  return clang::clangd::clangdMain(static_cast<int>(args.size()) - 1, args.data());
}
