#include "MappingCheck.h"

namespace clang::tidy::taskgroup {

using tg::detail::closest_mapped_group;
using tgmodel::DagModel;

MappingCheck::MappingCheck(StringRef Name, ClangTidyContext *Context)
    : TaskGroupCheck(Name, Context) {}

void MappingCheck::storeOptions(ClangTidyOptions::OptionMap &) {}

void MappingCheck::checkModel(const tgmodel::Model &Model) {
  Reported.clear();
  for (const DagModel &Dag : Model.dags) {
    const auto &S = Dag.state;
    // The model keeps what the program wrote where the runtime throws: a nested
    // group stays marked mapped, a refused task keeps its `expand` and its
    // trigger rule.
    for (int G = 1; G < static_cast<int>(S.groups.size()); ++G) {
      int Parent = S.groups[G].parent;
      if (!S.groups[G].mapped || Parent < 0)
        continue;
      if (int Outer = closest_mapped_group(S, Parent); Outer > 0)
        report({Dag, {true, G}}, Outer, Reason::NestedGroup);
    }
    for (int T = 0; T < static_cast<int>(S.tasks.size()); ++T) {
      const tg::detail::TaskData &Task = S.tasks[T];
      int Outer = closest_mapped_group(S, Task.group);
      if (Outer <= 0)
        continue;
      if (Task.expanded)
        report({Dag, {false, T}}, Outer, Reason::ExpandedTask);
      if (Task.trigger_rule == tg::TriggerRule::always)
        report({Dag, {false, T}}, Outer, Reason::AlwaysRule);
    }
  }
}

namespace {
/// The finding, with `%0` the inner node and `%1` the mapped group.
const char *what(MappingCheck::Reason Why) {
  switch (Why) {
  case MappingCheck::Reason::NestedGroup:
    return "mapped group '%0' is created inside mapped group '%1'";
  case MappingCheck::Reason::ExpandedTask:
    return "task '%0' is mapped with 'expand' inside mapped group '%1'";
  case MappingCheck::Reason::AlwaysRule:
    return "task '%0' has trigger rule 'always' inside mapped group '%1'";
  }
  return "";
}

/// The runtime's message (Airflow's), so that users find Airflow's
/// documentation and issues.
const char *refusal(MappingCheck::Reason Why) {
  switch (Why) {
  case MappingCheck::Reason::NestedGroup:
    return "Nested Mapped TaskGroups are not yet supported";
  case MappingCheck::Reason::ExpandedTask:
    return "operator expansion in an expanded task group is not yet supported";
  case MappingCheck::Reason::AlwaysRule:
    return "Task-generated mapping within a mapped task group is not allowed "
           "with trigger rule 'always'";
  }
  return "";
}
} // namespace

void MappingCheck::report(const NodeAt &Inner, int MappedGroup, Reason Why) {
  const tgmodel::NodeInfo &Info = Inner.info();
  SourceLocation Loc = where(Info);
  if (Loc.isInvalid() ||
      !Reported.insert({Loc.getRawEncoding(), static_cast<int>(Why)}).second)
    return;
  const NodeAt Outer{Inner.Dag, {true, MappedGroup}};
  diag(Loc, (Twine(what(Why)) +
             "%select{| when this path is taken}2: the runtime refuses the DAG "
             "(MappingError: " +
             refusal(Why) + ")")
                .str())
      << Inner.id() << Outer.id()
      << (Info.conditional || Outer.info().conditional);
  diag(where(Outer.info()), "mapped group '%0' is created here",
       DiagnosticIDs::Note)
      << Outer.id();
  noteOrigin(Inner);
}

} // namespace clang::tidy::taskgroup
