#include "RefactorRequestCheck.h"

#include "Flatten.h"
#include "Rename.h"

namespace clang::tidy::taskgroup {

RefactorRequestCheck::RefactorRequestCheck(StringRef Name, ClangTidyContext *Context)
    : TaskGroupCheck(Name, Context), Action(Options.get("Action", "")),
      Target(Options.get("Target", "")), NewId(Options.get("NewId", "")),
      Dag(Options.get("Dag", "")) {}

void RefactorRequestCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, "Action", Action);
  Options.store(Opts, "Target", Target);
  Options.store(Opts, "NewId", NewId);
  Options.store(Opts, "Dag", Dag);
}

void RefactorRequestCheck::checkModel(const tgmodel::Model &Model) {
  if (Action.empty() || Target.empty())
    return;
  std::vector<NodeAt> Found;
  for (const tgmodel::DagModel &D : Model.dags) {
    if (D.factory || (!Dag.empty() && D.state.dag_id != Dag))
      continue;
    if (auto G = D.state.group_by_id.find(Target); G != D.state.group_by_id.end())
      Found.push_back({D, {true, G->second}});
    else if (auto T = D.state.task_by_id.find(Target);
             Action == "rename" && T != D.state.task_by_id.end())
      Found.push_back({D, {false, T->second}});
  }
  if (Found.empty())
    return;
  if (Found.size() > 1) {
    std::string Dags;
    for (const NodeAt &N : Found)
      Dags += (Dags.empty() ? "'" : ", '") + N.Dag.state.dag_id + "'";
    diag(where(Found.front().info()), "cannot %0 '%1': DAGs %2 all have it; choose one with --dag")
        << Action << Target << Dags;
    return;
  }
  if (Action == "rename")
    rename(Found.front());
  else if (Action == "flatten")
    flatten(Found.front());
}

void RefactorRequestCheck::rename(const NodeAt &N) {
  // The new id keeps the node's place: only its last part changes.
  const auto &Parent = N.Dag.state.groups[N.parent()];
  std::string Prefix = tg::detail::child_id(Parent, "");
  if (NewId.rfind(Prefix, 0) != 0 || NewId.size() == Prefix.size()) {
    diag(where(N.info()), "cannot rename '%0' to '%1': a rename changes only the last part of "
                          "the id, '%2...'")
        << Target << NewId << Prefix;
    return;
  }
  std::string Label = NewId.substr(Prefix.size());
  RenamePlan Plan = planRename(N, Label, sources(), nodesFromLiteral(N.info()), /*Headers=*/true);
  if (!Plan.safe()) {
    diag(where(N.info()), "cannot rename '%0' to '%1': %2") << Target << NewId << Plan.Refusal;
    return;
  }
  auto D = diag(where(N.info()), "rename '%0' to '%1' (%2 string reference%s2)")
           << Target << Plan.NewId << Plan.References;
  for (const FixItHint &Fix : Plan.Fixes)
    D << Fix;
}

void RefactorRequestCheck::flatten(const NodeAt &N) {
  FlattenPlan Plan =
      planFlatten(N, context(), nodesFromCall(N.info()), /*Headers=*/true);
  if (!Plan.safe()) {
    diag(where(N.info()), "cannot flatten '%0': %1") << Target << Plan.Refusal;
    return;
  }
  auto D = diag(where(N.info()), "flatten '%0' into %select{the DAG|'%2'}1 (%3 string "
                                 "reference%s3)")
           << Target << !Plan.Parent.empty() << Plan.Parent << Plan.References;
  for (const FixItHint &Fix : Plan.Fixes)
    D << Fix;
}

} // namespace clang::tidy::taskgroup
