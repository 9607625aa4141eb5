#include "IdConflictCheck.h"

#include "Rename.h"

namespace clang::tidy::taskgroup {

IdConflictCheck::IdConflictCheck(StringRef Name, ClangTidyContext *Context)
    : TaskGroupCheck(Name, Context),
      IgnoreConditional(Options.get("IgnoreConditional", false)) {}

void IdConflictCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, "IgnoreConditional", IgnoreConditional);
}

namespace {
bool repeatsEarlier(const NodeAt &N);
bool conditional(const NodeAt &N);
} // namespace

void IdConflictCheck::checkModel(const tgmodel::Model &Model) {
  for (const tgmodel::DagModel &Dag : Model.dags) {
    auto Visit = [&](tg::detail::NodeRef Node) {
      NodeAt N{Dag, Node};
      const tgmodel::NodeInfo &Info = N.info();
      // A node whose id holds a run-time part (`region_{?}`) gets a new id on every pass.
      if ((IgnoreConditional && conditional(N)) || tgmodel::is_pattern(N.id()))
        return;
      if (Info.many || (!Info.conflict_id().empty() && repeatsEarlier(N)))
        reportLoop(N);
      else if (!Info.conflict_id().empty())
        reportCollision(N);
    };
    for (int G = 1; G < static_cast<int>(Dag.state.groups.size()); ++G)
      Visit({true, G});
    for (int T = 0; T < static_cast<int>(Dag.state.tasks.size()); ++T)
      Visit({false, T});
    reportCuts(Dag);
  }
  // Cuts with no DAG to name: what lies past them is unknown to every DAG.
  for (const tgmodel::ExternalCall &Cut : Model.cuts)
    if (Cut.at)
      diag(location(Cut.at), "the translation unit is modelled only in part: %0; id conflicts "
                             "past this point are not found")
          << tgmodel::unfollowed_text(Cut);
}

void IdConflictCheck::reportCuts(const tgmodel::DagModel &Dag) {
  // Past a bound of the interpreter the model is cut: a conflict there would go unseen, so
  // the cut itself is reported (docs/limits.md).
  for (const tgmodel::ExternalCall &Cut : Dag.external_calls)
    if (!Cut.limit.empty() && Cut.at)
      diag(location(Cut.at), "DAG '%0' is modelled only in part: %1; id conflicts past this "
                             "point are not found")
          << Dag.state.dag_id << tgmodel::unfollowed_text(Cut);
}

namespace {
/// True when the node collides with a node made by the same call: a constant id in a loop.
bool repeatsEarlier(const NodeAt &N) {
  const tg::detail::NodeRef Earlier = N.info().conflict_with();
  if (Earlier.index < 0)
    return false;
  const NodeAt First{N.Dag, Earlier};
  return First.info().at == N.info().at && First.info().loop != 0;
}

/// True when the collision happens on some paths only: either node is created under an
/// unknown condition.
bool conditional(const NodeAt &N) {
  const tg::detail::NodeRef Earlier = N.info().conflict_with();
  return N.info().conditional || (Earlier.index >= 0 && NodeAt{N.Dag, Earlier}.info().conditional);
}

const char *onPaths(const NodeAt &N) { return conditional(N) ? " when this path is taken" : ""; }
} // namespace

void IdConflictCheck::reportCollision(const NodeAt &Later) {
  const tgmodel::NodeInfo &Info = Later.info();
  NodeAt Earlier{Later.Dag, Info.conflict_with()};
  const bool Join = Earlier.Node.index >= 0 && Earlier.id() != Info.conflict_id();
  RenamePlan Plan = planRename(Later, Later.label(), sources(), nodesFromLiteral(Info));
  {
    auto D = diag(where(Info), "%0 id '%1' is already used in DAG '%2'%3: the runtime refuses "
                               "the DAG (DuplicateTaskIdFound)%select{|; cannot be fixed "
                               "automatically: %5}4")
             << Later.kind() << Info.conflict_id() << Later.Dag.state.dag_id << onPaths(Later)
             << !Plan.safe() << Plan.Refusal;
    for (const FixItHint &Fix : Plan.Fixes)
      D << Fix;
  }
  if (Earlier.Node.index >= 0) {
    if (Join)
      diag(where(Earlier.info()), "'%0' is the id of the join node of group '%1', created here",
           DiagnosticIDs::Note)
          << Info.conflict_id() << Earlier.id();
    else
      diag(where(Earlier.info()), "%0 '%1' first created here", DiagnosticIDs::Note)
          << Earlier.kind() << Earlier.id();
  }
  noteRename(where(Info), Plan);
  noteOrigin(Later);
}

void IdConflictCheck::reportLoop(const NodeAt &Repeated) {
  const tgmodel::NodeInfo &Info = Repeated.info();
  diag(where(Info), "%0 id '%1' is created on every iteration of a loop%2: the second iteration "
                    "makes the runtime refuse the DAG (DuplicateTaskIdFound); cannot be fixed "
                    "automatically: the id is created in a loop")
      << Repeated.kind() << (Info.conflict_id().empty() ? Repeated.id() : Info.conflict_id())
      << onPaths(Repeated);
  noteOrigin(Repeated);
}

} // namespace clang::tidy::taskgroup
