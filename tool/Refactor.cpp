#include "Refactor.h"

#include "Batch.h"
#include "Fix.h"
#include "Linker.h"

#include "llvm/ADT/StringRef.h"

#include <algorithm>
#include <iostream>

namespace taskgroup {

namespace {

int usage(int Status) {
  (Status ? std::cerr : std::cout)
      << "usage: taskgroup rename OLD NEW -p BUILD_DIR [--dag ID] [--dry-run] [-j N]\n"
         "       taskgroup flatten GROUP -p BUILD_DIR [--dag ID] [--dry-run] [-j N]\n"
         "Renames a node (only the last part of its id changes) or flattens a group into its\n"
         "parent, with every string reference, across every translation unit.\n";
  return Status;
}

/// A YAML single-quoted scalar.
std::string quoted(const std::string &Value) {
  std::string Out = "'";
  for (char C : Value)
    Out += C == '\'' ? std::string("''") : std::string(1, C);
  return Out + "'";
}

/// Where the node is created when only the linked models have it: a factory defined in another
/// unit than the DAG's made it (Linker.h). The edits are planned unit by unit, where the node's
/// id is known, so such a node cannot be refactored yet; saying where it comes from beats
/// "no such node". Empty when no linked model has it either.
std::string createdInAnotherUnit(const std::string &BuildDir, const std::string &Target,
                                 const std::string &Dag) {
  std::string Error;
  std::vector<UnitModel> Units;
  if (!linkDatabase(BuildDir, Units, Error))
    return {};
  for (const UnitModel &Unit : Units)
    for (const tgmodel::DagModel &D : Unit.Linked.dags) {
      if (D.factory || (!Dag.empty() && D.state.dag_id != Dag))
        continue;
      const tgmodel::NodeInfo *Info = nullptr;
      if (auto G = D.state.group_by_id.find(Target); G != D.state.group_by_id.end())
        Info = &D.group_info[G->second];
      else if (auto T = D.state.task_by_id.find(Target); T != D.state.task_by_id.end())
        Info = &D.task_info[T->second];
      if (Info)
        return "'" + Target + "' of DAG '" + D.state.dag_id + "' (" + Unit.File +
               ") is created at " + Info->loc.str() +
               ", by a function defined in another translation unit; edits across units are "
               "not planned: change it there by hand";
    }
  return {};
}

} // namespace

int refactor(const std::string &Action, const std::vector<std::string> &Args, const char *Argv0) {
  std::vector<std::string> Ids;
  std::string Dag;
  BatchOptions Opts;
  for (std::size_t I = 0; I < Args.size(); ++I) {
    const std::string &A = Args[I];
    if (A == "-h" || A == "--help")
      return usage(0);
    if (takeBatchOption(Args, I, Opts))
      continue;
    if (A == "--dag" && I + 1 < Args.size())
      Dag = Args[++I];
    else if (!A.empty() && A[0] != '-')
      Ids.push_back(A);
    else {
      std::cerr << "taskgroup " << Action << ": unexpected argument '" << A << "'\n";
      return usage(2);
    }
  }
  if (Opts.BuildDir.empty() || Ids.size() != (Action == "rename" ? 2u : 1u))
    return usage(2);
  std::string Config = "--config={CheckOptions: {tgtool-refactor.Action: " + Action +
                       ", tgtool-refactor.Target: " + quoted(Ids[0]) +
                       (Ids.size() > 1 ? ", tgtool-refactor.NewId: " + quoted(Ids[1]) : "") +
                       (Dag.empty() ? "" : ", tgtool-refactor.Dag: " + quoted(Dag)) + "}}";
  std::vector<TidyRun> Runs;
  std::string Error;
  if (!runOverDatabase(Argv0, Opts.BuildDir, "tgtool-refactor", Opts.Jobs, Runs, Error,
                       {Config})) {
    std::cerr << "taskgroup " << Action << ": " << Error << "\n";
    return 2;
  }
  if (!allChecked(Runs, Action))
    return 2;
  unsigned Planned = 0, Refused = 0;
  for (const TidyRun &Run : Runs)
    for (const auto &D : Run.Diags.Diagnostics) {
      if (D.DiagnosticName != "tgtool-refactor")
        continue;
      ++Planned;
      if (llvm::StringRef(D.Message.Message).starts_with("cannot ")) {
        ++Refused;
        std::cerr << "taskgroup " << Action << ": " << Run.File << ": " << D.Message.Message
                  << "\n";
      }
    }
  if (!Planned) {
    if (std::string Where = createdInAnotherUnit(Opts.BuildDir, Ids[0], Dag); !Where.empty()) {
      std::cerr << "taskgroup " << Action << ": cannot " << Action << " " << Where
                << "; nothing written\n";
      return 1;
    }
    std::cerr << "taskgroup " << Action << ": no translation unit has a node '" << Ids[0] << "'"
              << (Dag.empty() ? "" : " in DAG '" + Dag + "'") << "\n";
    return 2;
  }
  if (Refused) {
    std::cerr << "taskgroup " << Action << ": nothing written\n";
    return 1;
  }
  return applyFixes(Runs, Opts.DryRun, Action);
}

} // namespace taskgroup
