#pragma once

#include "TaskGroupCheck.h"

namespace clang::tidy::taskgroup {

/// Two nodes of one DAG with the same fully qualified id on a feasible path: the runtime
/// refuses the DAG (DuplicateTaskIdFound). Offers to rename the later node to the first free
/// `<id>__N`, with every string reference to it.
class IdConflictCheck : public TaskGroupCheck {
public:
  IdConflictCheck(StringRef Name, ClangTidyContext *Context);
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;

private:
  void checkModel(const tgmodel::Model &Model) override;
  void reportCollision(const NodeAt &Later);
  void reportLoop(const NodeAt &Repeated);
  void reportCuts(const tgmodel::DagModel &Dag);

  const bool IgnoreConditional;
};

} // namespace clang::tidy::taskgroup
