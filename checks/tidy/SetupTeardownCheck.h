#pragma once

#include "TaskGroupCheck.h"

namespace clang::tidy::taskgroup {

/// `taskgroup-setup-teardown`: see docs/checks/setup-teardown.md.
/// Setup/teardown pairs that Airflow cannot scope: a teardown without a setup, a setup never
/// torn down, and a teardown outside the group of its setup. A pair is a direct edge from a
/// setup task to a teardown task, as Airflow's `is_setup_teardown` (`teardown(id, fn, setups...)`
/// adds it, as `as_teardown(setups=...)` does; `setup >> teardown` does too). No fix-its.
class SetupTeardownCheck : public TaskGroupCheck {
public:
  SetupTeardownCheck(StringRef Name, ClangTidyContext *Context);
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;

private:
  void checkModel(const tgmodel::Model &Model) override;
  void checkTeardown(const tgmodel::DagModel &Dag, int Teardown);
  void checkSetup(const tgmodel::DagModel &Dag, int Setup);
  /// True when a teardown in `TeardownGroup` is scoped with a setup in `SetupGroup`.
  bool sameScope(const tgmodel::DagModel &Dag, int SetupGroup, int TeardownGroup) const;

  /// A teardown in a group enclosing its setup's group (the enclosing group holds both, so
  /// Airflow's group rules see the pair) is accepted unless this is false.
  const bool AllowOuterTeardown;
};

} // namespace clang::tidy::taskgroup
