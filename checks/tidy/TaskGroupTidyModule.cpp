// The `taskgroup` clang-tidy module: every `taskgroup-*` check.
#include "clang-tidy/ClangTidyModule.h"

#include "IdConflictCheck.h"
#include "IdMisuseCheck.h"
#include "InconsistentGroupingCheck.h"

namespace clang::tidy::taskgroup {

class TaskGroupModule : public ClangTidyModule {
public:
  void addCheckFactories(ClangTidyCheckFactories &Factories) override {
    Factories.registerCheck<IdConflictCheck>("taskgroup-id-conflict");
    Factories.registerCheck<IdMisuseCheck>("taskgroup-id-misuse");
    Factories.registerCheck<InconsistentGroupingCheck>("taskgroup-inconsistent-grouping");
  }
};

} // namespace clang::tidy::taskgroup

namespace clang::tidy {

static ClangTidyModuleRegistry::Add<taskgroup::TaskGroupModule>
    X("taskgroup-module", "Checks of DAG programs written with the taskgroup library.");

// Referenced by the `taskgroup-tidy` driver so that the linker keeps this module.
volatile int TaskGroupModuleAnchorSource = 0; // NOLINT(misc-use-internal-linkage)

} // namespace clang::tidy
