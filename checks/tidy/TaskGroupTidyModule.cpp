// The `taskgroup` clang-tidy module: every `taskgroup-*` check.
#include "clang-tidy/ClangTidyModule.h"

#include "ExcessiveNestingCheck.h"
#include "IdConflictCheck.h"
#include "IdMisuseCheck.h"
#include "InconsistentGroupingCheck.h"
#include "MappingCheck.h"
#include "PrematureDependencyCheck.h"
#include "RefactorRequestCheck.h"
#include "SetupTeardownCheck.h"
#include "SinglePurposeCheck.h"
#include "TightCouplingCheck.h"
#include "UiParamsCheck.h"

namespace clang::tidy::taskgroup {

class TaskGroupModule : public ClangTidyModule {
public:
  void addCheckFactories(ClangTidyCheckFactories &Factories) override {
    Factories.registerCheck<ExcessiveNestingCheck>("taskgroup-excessive-nesting");
    Factories.registerCheck<IdConflictCheck>("taskgroup-id-conflict");
    Factories.registerCheck<IdMisuseCheck>("taskgroup-id-misuse");
    Factories.registerCheck<InconsistentGroupingCheck>("taskgroup-inconsistent-grouping");
    Factories.registerCheck<MappingCheck>("taskgroup-mapping");
    Factories.registerCheck<PrematureDependencyCheck>("taskgroup-premature-dependency");
    Factories.registerCheck<SetupTeardownCheck>("taskgroup-setup-teardown");
    Factories.registerCheck<SinglePurposeCheck>("taskgroup-single-purpose");
    Factories.registerCheck<TightCouplingCheck>("taskgroup-tight-coupling");
    Factories.registerCheck<UiParamsCheck>("taskgroup-ui-params");
    // The engine of `taskgroup rename`/`flatten`, outside `taskgroup-*` on purpose.
    Factories.registerCheck<RefactorRequestCheck>("tgtool-refactor");
  }
};

} // namespace clang::tidy::taskgroup

namespace clang::tidy {

static ClangTidyModuleRegistry::Add<taskgroup::TaskGroupModule>
    X("taskgroup-module", "Checks of DAG programs written with the taskgroup library.");

// Referenced by the `taskgroup-tidy` driver so that the linker keeps this module.
volatile int TaskGroupModuleAnchorSource = 0; // NOLINT(misc-use-internal-linkage)

} // namespace clang::tidy
