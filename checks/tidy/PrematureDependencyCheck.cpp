#include "PrematureDependencyCheck.h"

#include "clang/Basic/SourceManager.h"
#include "llvm/Support/Path.h"

#include <algorithm>
#include <map>
#include <unordered_set>

namespace clang::tidy::taskgroup {

using tg::detail::NodeRef;
using tgmodel::DagModel;
using tgmodel::Relation;

PrematureDependencyCheck::PrematureDependencyCheck(StringRef Name, ClangTidyContext *Context)
    : TaskGroupCheck(Name, Context), MaxNotes(Options.get("MaxNotes", 3U)) {}

void PrematureDependencyCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, "MaxNotes", MaxNotes);
}

void PrematureDependencyCheck::checkModel(const tgmodel::Model &Model) {
  for (const DagModel &Dag : Model.dags)
    checkDag(Dag);
}

namespace {
using Side = PrematureDependencyCheck::Side;

/// A group a relation names (not the DAG's root, whose "tasks added later" would be every
/// task of the rest of the program), with the side it is on.
struct NamedGroup {
  int Group;
  Side S;
};

std::vector<NamedGroup> namedGroups(const DagModel &Dag, const Relation &R) {
  std::vector<NamedGroup> Out;
  auto Add = [&](NodeRef N, Side S) {
    if (N.is_group && N.index > 0 && N.index < static_cast<int>(Dag.state.groups.size()))
      Out.push_back({N.index, S});
  };
  // `self >> others`: self is upstream; `self << others`: self is downstream.
  Add(R.self, R.upstream ? Side::Down : Side::Up);
  for (NodeRef O : R.others)
    Add(O, R.upstream ? Side::Up : Side::Down);
  return Out;
}

bool validTask(const DagModel &Dag, int T) {
  return T >= 0 && T < static_cast<int>(Dag.state.tasks.size());
}

/// The tasks on the other side of the relation from a group on side `S`: the tasks it names,
/// the tasks of the groups it names (as they end up), and the far ends of the edges it added
/// (Airflow's empty-group fall-through may connect tasks it does not name).
std::unordered_set<int> otherSide(const DagModel &Dag, const Relation &R, Side S) {
  std::unordered_set<int> Out;
  auto Add = [&](NodeRef N) {
    if (!N.is_group) {
      if (validTask(Dag, N.index))
        Out.insert(N.index);
    } else if (N.index >= 0 && N.index < static_cast<int>(Dag.state.groups.size())) {
      for (int T : tg::detail::subtree_tasks(Dag.state, N.index))
        Out.insert(T);
    }
  };
  const bool SelfIsUp = !R.upstream;
  const bool GroupIsSelf = (S == Side::Up) == SelfIsUp;
  if (GroupIsSelf)
    for (NodeRef O : R.others)
      Add(O);
  else
    Add(R.self);
  for (auto [Up, Down] : R.edges)
    if (validTask(Dag, S == Side::Up ? Down : Up))
      Out.insert(S == Side::Up ? Down : Up);
  return Out;
}

/// True when a task of `Targets` can be reached from `From` along the edges as they end up,
/// downstream (`Forward`) or upstream.
bool reachesAny(const DagModel &Dag, int From, const std::unordered_set<int> &Targets,
                bool Forward) {
  std::vector<int> Stack{From};
  std::vector<char> Seen(Dag.state.tasks.size(), 0);
  while (!Stack.empty()) {
    int T = Stack.back();
    Stack.pop_back();
    if (!validTask(Dag, T) || Seen[T])
      continue;
    Seen[T] = 1;
    if (Targets.count(T))
      return true;
    const auto &Next = Forward ? Dag.state.tasks[T].downstream : Dag.state.tasks[T].upstream;
    Stack.insert(Stack.end(), Next.begin(), Next.end());
  }
  return false;
}

/// True when none of `Tasks` existed when `R` ran.
bool emptyAt(const std::vector<int> &Tasks, const Relation &R) {
  return std::all_of(Tasks.begin(), Tasks.end(),
                     [&](int T) { return static_cast<std::size_t>(T) >= R.tasks_before; });
}

/// The relation of the statement `R` that took the empty group `Group` as upstream and added
/// edges anyway: Airflow's empty-group fall-through (PR 49034) connected the tasks upstream of
/// the group, or its parent's leaves, instead.
const Relation *fallThrough(const DagModel &Dag, const Relation &R, int Group) {
  const std::vector<int> Tasks = tg::detail::subtree_tasks(Dag.state, Group);
  for (const Relation &Other : Dag.relations)
    if (Other.loc == R.loc && !Other.upstream && Other.self == NodeRef{true, Group} &&
        !Other.edges.empty() && validTask(Dag, Other.edges.front().first) && emptyAt(Tasks, Other))
      return &Other;
  return nullptr;
}

/// True when the task and the statement can run on one path.
bool coexists(const tgmodel::NodeInfo &Task, const Relation &R) {
  return Task.unguarded || R.unguarded || !tgmodel::exclusive(Task.guard, R.guard);
}
} // namespace

void PrematureDependencyCheck::checkDag(const DagModel &Dag) {
  // One finding per statement and group: `a >> g >> b` makes two relations at one place, and
  // a statement in an unrolled loop runs once per iteration. The first relation that missed a
  // task speaks for the statement; the tasks it lists are those any of them missed.
  struct Finding {
    const Relation *First;
    int Group;
    Side S;
    std::vector<int> Missed;
  };
  std::vector<Finding> Findings;
  std::map<std::pair<tgmodel::Place, int>, std::size_t> ByStatement;
  for (const Relation &R : Dag.relations)
    for (const NamedGroup &Named : namedGroups(Dag, R)) {
      std::vector<int> Missed = missedTasks(Dag, R, Named.Group, Named.S);
      if (Missed.empty())
        continue;
      auto [It, New] = ByStatement.try_emplace({R.loc, Named.Group}, Findings.size());
      if (New) {
        Findings.push_back({&R, Named.Group, Named.S, std::move(Missed)});
        continue;
      }
      std::vector<int> &Known = Findings[It->second].Missed;
      for (int T : Missed)
        if (std::find(Known.begin(), Known.end(), T) == Known.end())
          Known.push_back(T);
    }
  for (Finding &F : Findings) {
    std::sort(F.Missed.begin(), F.Missed.end());
    report(Dag, *F.First, F.Group, F.S, F.Missed);
  }
}

std::vector<int> PrematureDependencyCheck::missedTasks(const DagModel &Dag, const Relation &R,
                                                       int Group, Side S) const {
  // The common case, every task existed already, is decided before computing leaves.
  const std::vector<int> Tasks = tg::detail::subtree_tasks(Dag.state, Group);
  if (std::none_of(Tasks.begin(), Tasks.end(),
                   [&](int T) { return static_cast<std::size_t>(T) >= R.tasks_before; }))
    return {};
  // The tasks the statement would connect if it ran now: the group's leaves for
  // `group >> x` (which skip its teardowns, as Airflow's get_leaves), its roots for
  // `x >> group`. Of those, the ones added after the statement and able to coexist with it.
  const std::vector<int> Boundary = S == Side::Up ? tg::detail::group_leaves(Dag.state, Group)
                                                  : tg::detail::group_roots(Dag.state, Group);
  std::vector<int> Late;
  for (int T : Boundary)
    if (validTask(Dag, T) && static_cast<std::size_t>(T) >= R.tasks_before &&
        coexists(Dag.task_info[T], R))
      Late.push_back(T);
  if (Late.empty())
    return Late;
  // A late task ordered with the other side by other edges (a later edge statement, or a
  // path through other tasks) lost nothing.
  std::unordered_set<int> Other = otherSide(Dag, R, S);
  std::erase_if(Late, [&](int T) { return reachesAny(Dag, T, Other, S == Side::Up); });
  return Late;
}

std::string PrematureDependencyCheck::placeOf(SourceLocation Loc, SourceLocation Relative) const {
  const SourceManager &SM = sources();
  PresumedLoc At = SM.getPresumedLoc(SM.getExpansionLoc(Loc));
  if (At.isInvalid())
    return "an unknown place";
  PresumedLoc Rel = SM.getPresumedLoc(SM.getExpansionLoc(Relative));
  if (Rel.isValid() && StringRef(Rel.getFilename()) == At.getFilename())
    return "line " + std::to_string(At.getLine());
  return llvm::sys::path::filename(At.getFilename()).str() + ":" + std::to_string(At.getLine());
}

void PrematureDependencyCheck::report(const DagModel &Dag, const Relation &R, int Group, Side S,
                                      const std::vector<int> &Missed) {
  const std::string &GroupId = Dag.state.groups[Group].group_id;
  const SourceLocation Statement = location(R.at);
  const bool WasEmpty = emptyAt(tg::detail::subtree_tasks(Dag.state, Group), R);
  const bool Upstream = S == Side::Up;

  if (WasEmpty) {
    diag(Statement, "edge %select{to|from}0 group '%1' is set before any of its tasks exist: the "
                    "edge connects nothing of '%1'")
        << Upstream << GroupId;
  } else if (Missed.size() == 1) {
    const tgmodel::NodeInfo &Info = Dag.task_info[Missed.front()];
    diag(Statement, "edge %select{to|from}0 group '%1' is set before all of its tasks exist: "
                    "task '%2' added at %3%select{| on some paths}4 gets no edge")
        << Upstream << GroupId << Dag.state.tasks[Missed.front()].task_id
        << placeOf(where(Info), Statement) << Info.conditional;
  } else {
    diag(Statement, "edge %select{to|from}0 group '%1' is set before all of its tasks exist: "
                    "%2 tasks added later get no edge")
        << Upstream << GroupId << static_cast<unsigned>(Missed.size());
  }

  // Say where an empty group's edges went, since those edges look unrelated to the statement.
  if (WasEmpty)
    if (const Relation *Through = fallThrough(Dag, R, Group)) {
      const int Up = Through->edges.front().first;
      diag(Statement,
           "as '%0' is empty here, Airflow's empty-group fall-through connects '%1'%select{| and "
           "%3 other edge%s3}2 instead",
           DiagnosticIDs::Note)
          << GroupId << Dag.state.tasks[Up].task_id << (Through->edges.size() > 1)
          << static_cast<unsigned>(Through->edges.size() - 1);
    }

  const std::size_t Shown = std::min<std::size_t>(Missed.size(), MaxNotes);
  for (std::size_t I = 0; I < Shown; ++I) {
    const tgmodel::NodeInfo &Info = Dag.task_info[Missed[I]];
    diag(where(Info), "task '%0' is added here, after the edge%select{| (on some paths)}1",
         DiagnosticIDs::Note)
        << Dag.state.tasks[Missed[I]].task_id << Info.conditional;
  }
  if (Missed.size() > Shown)
    diag(where(Dag.task_info[Missed[Shown]]), "and %0 more task%s0 added after the edge",
         DiagnosticIDs::Note)
        << static_cast<unsigned>(Missed.size() - Shown);
  diag(Statement,
       "move the edge after the statements that add the tasks, or fill '%0' with the scoped "
       "form group(id, options, body) before the edge",
       DiagnosticIDs::Note)
      << GroupId;
}

} // namespace clang::tidy::taskgroup
