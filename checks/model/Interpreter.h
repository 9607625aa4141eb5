// The model builder: an abstract interpreter over the code that builds DAGs (MODEL.md).
//
// Library calls are recognised by their `clang::annotate("taskgroup.*")` attributes, never by
// name. Entry points are found by iterating the translation unit's top-level declarations
// (clangd's TraverseAST sees main-file declarations only); everything else is reached by
// following calls from them.
#pragma once

#include "Model.h"

#include <functional>
#include <string>
#include <vector>

namespace clang {
class ASTContext;
class FunctionDecl;
} // namespace clang

namespace tgmodel {

/// Every bound of the interpreter. Past a bound the interpreter summarises (the nodes become
/// `dynamic`) instead of giving up.
struct BuildOptions {
  unsigned max_unroll = 64;         // loop iterations unrolled before the rest is summarised
  unsigned max_call_depth = 16;     // inlined calls per path
  unsigned max_recursion = 8;       // active calls of one function (recursion unrolled)
  unsigned max_nodes = 20000;       // nodes per DAG
  unsigned long max_steps = 4000000; // evaluated expressions per translation unit
  unsigned max_forks = 256;         // unknown `if`/`switch`/`?:` forks per entry point given a
                                    // guard; past it nodes are conditional without a guard
                                    // (never a conflict with another conditional node)
  /// The definition, in another translation unit's AST, of a user function this unit only
  /// declares (null: none known). `taskgroup` links units this way, so a DAG whose factories
  /// live in several `.cpp` files is one DAG; the checks see one unit and leave it empty.
  std::function<const clang::FunctionDecl *(const clang::FunctionDecl *)> definition_elsewhere;
};

/// The functions the main file defines that other translation units can call (external
/// linkage, not inline): where a call `definition_elsewhere` resolves may lead.
std::vector<const clang::FunctionDecl *> linkable_definitions(clang::ASTContext &ctx);

/// The name `fd` links by (mangled; plain for `extern "C"`): the same in every translation
/// unit, so it finds the function's definition in another unit.
std::string linkage_name(const clang::FunctionDecl *fd);

/// Builds the model of every DAG a translation unit constructs.
Model buildModel(clang::ASTContext &ctx, const BuildOptions &options = {});

/// Runs `work` on a stack large enough for the analysis's recursion, reserved (not committed)
/// for the call. The interpreter and the checks' AST walks recurse once per nested operand
/// and inlined call; their bounds keep that finite, and this stack keeps the bounds safe
/// whatever stack the host gives (clangd's workers, or an AddressSanitizer build, whose frames
/// are several times larger: `t0 >> ... >> t4999` overflowed 8 MiB there).
void on_analysis_stack(const std::function<void()> &work);

} // namespace tgmodel
