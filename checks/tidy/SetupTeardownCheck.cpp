#include "SetupTeardownCheck.h"

#include "clang/AST/Expr.h"

namespace clang::tidy::taskgroup {

using tg::TaskKind;
using tgmodel::DagModel;

SetupTeardownCheck::SetupTeardownCheck(StringRef Name, ClangTidyContext *Context)
    : TaskGroupCheck(Name, Context), AllowOuterTeardown(Options.get("AllowOuterTeardown", true)) {}

void SetupTeardownCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, "AllowOuterTeardown", AllowOuterTeardown);
}

void SetupTeardownCheck::checkModel(const tgmodel::Model &Model) {
  for (const DagModel &Dag : Model.dags)
    for (int T = 0; T < static_cast<int>(Dag.state.tasks.size()); ++T) {
      if (Dag.state.tasks[T].kind == TaskKind::teardown)
        checkTeardown(Dag, T);
      else if (Dag.state.tasks[T].kind == TaskKind::setup)
        checkSetup(Dag, T);
    }
}

namespace {
bool isKind(const DagModel &Dag, int T, TaskKind Kind) {
  return T >= 0 && T < static_cast<int>(Dag.state.tasks.size()) && Dag.state.tasks[T].kind == Kind;
}

/// True when the teardown's call passes setups (`teardown(id, fn, setup, ...)`): when none of
/// them became an edge, the analyzer could not follow them, and the teardown is not reported.
bool namesSetups(const tgmodel::NodeInfo &Teardown) {
  const auto *Call = static_cast<const CallExpr *>(Teardown.call_expr);
  return Call && Call->getNumArgs() > 2;
}

/// True for the DAG's top level (its root group), which has no id to name.
bool topLevel(int Group) { return Group <= 0; }
} // namespace

void SetupTeardownCheck::checkTeardown(const DagModel &Dag, int Teardown) {
  NodeAt N{Dag, {false, Teardown}};
  const tg::detail::TaskData &Task = Dag.state.tasks[Teardown];
  std::vector<int> Setups;
  for (int Up : Task.upstream)
    if (isKind(Dag, Up, TaskKind::setup))
      Setups.push_back(Up);

  if (Setups.empty()) {
    // A factory nobody calls may leave the pairing to its callers.
    if (Dag.factory || namesSetups(N.info()))
      return;
    diag(where(N.info()),
         "teardown '%0' has no setup: no setup task is directly upstream of it, so Airflow does "
         "not tie it to a resource; name the setup in teardown(id, fn, setup), as "
         "as_teardown(setups=...)")
        << Task.task_id;
    noteOrigin(N);
    return;
  }

  for (int Setup : Setups) {
    const int SetupGroup = Dag.state.tasks[Setup].group;
    if (sameScope(Dag, SetupGroup, Task.group))
      continue;
    diag(where(N.info()),
         "teardown '%0' is not in the group of its setup '%1' (%select{group '%3'|the DAG's top "
         "level}2): Airflow's group-level rules for a setup and its teardown apply only inside "
         "a group that holds both")
        << Task.task_id << Dag.state.tasks[Setup].task_id << topLevel(SetupGroup)
        << (topLevel(SetupGroup) ? std::string() : Dag.state.groups[SetupGroup].group_id);
    diag(where(Dag.task_info[Setup]), "setup '%0' is created here", DiagnosticIDs::Note)
        << Dag.state.tasks[Setup].task_id;
    noteOrigin(N);
  }
}

void SetupTeardownCheck::checkSetup(const DagModel &Dag, int Setup) {
  const tg::detail::TaskData &Task = Dag.state.tasks[Setup];
  for (int Down : Task.downstream)
    if (isKind(Dag, Down, TaskKind::teardown))
      return;
  // A factory nobody calls may hand its setup to a caller that tears it down.
  if (Dag.factory)
    return;
  NodeAt N{Dag, {false, Setup}};
  diag(where(N.info()),
       "setup '%0' is never torn down: no teardown task is directly downstream of it, so the "
       "resource it creates is not released; create one with teardown(id, fn, setup)")
      << Task.task_id;
  noteOrigin(N);
}

bool SetupTeardownCheck::sameScope(const DagModel &Dag, int SetupGroup, int TeardownGroup) const {
  if (SetupGroup == TeardownGroup)
    return true;
  if (!AllowOuterTeardown)
    return false;
  // The teardown's group encloses the setup's: it holds both.
  const auto &Groups = Dag.state.groups;
  // Bounded by the number of groups: a parent chain never loops, but the model is not trusted.
  int G = SetupGroup;
  for (std::size_t Steps = 0;
       G >= 0 && G < static_cast<int>(Groups.size()) && Steps <= Groups.size();
       ++Steps, G = Groups[G].parent)
    if (G == TeardownGroup)
      return true;
  return false;
}

} // namespace clang::tidy::taskgroup
