// The model builder: an abstract interpreter over the code that builds DAGs (MODEL.md).
//
// Library calls are recognised by their `clang::annotate("taskgroup.*")` attributes, never by
// name. Entry points are found by iterating the translation unit's top-level declarations
// (clangd's TraverseAST sees main-file declarations only); everything else is reached by
// following calls from them.
#pragma once

#include "Model.h"

namespace clang {
class ASTContext;
}

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
};

/// Builds the model of every DAG a translation unit constructs.
Model buildModel(clang::ASTContext &ctx, const BuildOptions &options = {});

} // namespace tgmodel
