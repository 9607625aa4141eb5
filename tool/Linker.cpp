#include "Linker.h"

#include "clang/AST/ASTConsumer.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/Basic/Diagnostic.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Frontend/ASTUnit.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendAction.h"
#include "clang/Tooling/ArgumentsAdjusters.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "clang/Tooling/Tooling.h"

#include <algorithm>
#include <map>
#include <memory>
#include <set>
#include <tuple>

#ifndef TASKGROUP_INCLUDE_DIR
#define TASKGROUP_INCLUDE_DIR ""
#endif
#ifndef TASKGROUP_CLANG_RESOURCE_DIR
#define TASKGROUP_CLANG_RESOURCE_DIR "/usr/lib/llvm-22/lib/clang/22"
#endif

namespace taskgroup {

LinkOptions::LinkOptions()
    : IncludeDir(TASKGROUP_INCLUDE_DIR), ResourceDir(TASKGROUP_CLANG_RESOURCE_DIR) {}

namespace {

using clang::tooling::CommandLineArguments;

bool hasPrefixArgument(const CommandLineArguments &Args, llvm::StringRef Prefix) {
  return std::any_of(Args.begin(), Args.end(),
                     [&](const std::string &A) { return llvm::StringRef(A).starts_with(Prefix); });
}

/// Where each linkable function is defined: linkage name -> main file of its unit.
using DefinitionIndex = std::map<std::string, std::string>;

std::string mainFile(const clang::ASTContext &Ctx) {
  const clang::SourceManager &SM = Ctx.getSourceManager();
  if (auto Entry = SM.getFileEntryRefForID(SM.getMainFileID()))
    return Entry->getName().str();
  return {};
}

/// Phase one: each unit on its own, recording what it defines.
class UnitConsumer : public clang::ASTConsumer {
public:
  UnitConsumer(const LinkOptions &Options, std::vector<UnitModel> &Units, DefinitionIndex &Index)
      : Options(Options), Units(Units), Index(Index) {}
  void HandleTranslationUnit(clang::ASTContext &Ctx) override {
    UnitModel Unit;
    Unit.File = mainFile(Ctx);
    Unit.Own = tgmodel::buildModel(Ctx, Options.Build);
    Unit.Linked = Unit.Own;
    for (const clang::FunctionDecl *FD : tgmodel::linkable_definitions(Ctx))
      Index.try_emplace(tgmodel::linkage_name(FD), Unit.File);
    Units.push_back(std::move(Unit));
  }

private:
  const LinkOptions &Options;
  std::vector<UnitModel> &Units;
  DefinitionIndex &Index;
};

class UnitAction : public clang::ASTFrontendAction {
public:
  UnitAction(const LinkOptions &Options, std::vector<UnitModel> &Units, DefinitionIndex &Index)
      : Options(Options), Units(Units), Index(Index) {}
  std::unique_ptr<clang::ASTConsumer> CreateASTConsumer(clang::CompilerInstance &,
                                                        llvm::StringRef) override {
    return std::make_unique<UnitConsumer>(Options, Units, Index);
  }

private:
  const LinkOptions &Options;
  std::vector<UnitModel> &Units;
  DefinitionIndex &Index;
};

class UnitActionFactory : public clang::tooling::FrontendActionFactory {
public:
  UnitActionFactory(const LinkOptions &Options, std::vector<UnitModel> &Units,
                    DefinitionIndex &Index)
      : Options(Options), Units(Units), Index(Index) {}
  std::unique_ptr<clang::FrontendAction> create() override {
    return std::make_unique<UnitAction>(Options, Units, Index);
  }

private:
  const LinkOptions &Options;
  std::vector<UnitModel> &Units;
  DefinitionIndex &Index;
};

/// The other units that define what `Model` calls but cannot follow.
std::set<std::string> definingUnits(const tgmodel::Model &Model, const DefinitionIndex &Index,
                                    const std::string &Self) {
  std::set<std::string> Files;
  for (const tgmodel::DagModel &Dag : Model.dags)
    for (const tgmodel::ExternalCall &Call : Dag.external_calls)
      if (auto It = Index.find(Call.symbol); It != Index.end() && It->second != Self)
        Files.insert(It->second);
  return Files;
}

/// Phase two for one unit: parses it with the units that define its calls and runs them
/// there, until no call leads to a unit not yet parsed.
void link(const clang::tooling::CompilationDatabase &Db, const LinkOptions &Options,
          const DefinitionIndex &Index, UnitModel &Unit) {
  std::set<std::string> Needed = definingUnits(Unit.Own, Index, Unit.File);
  while (!Needed.empty() && Needed.size() < Options.MaxLinkedUnits) {
    std::vector<std::string> Files{Unit.File};
    Files.insert(Files.end(), Needed.begin(), Needed.end());
    std::vector<std::unique_ptr<clang::ASTUnit>> ASTs;
    for (const std::string &File : Files) {
      // One tool per file: a tool of several prints its progress.
      clang::tooling::ClangTool Tool(Db, {File});
      addModelArguments(Tool, Options.IncludeDir, Options.ResourceDir);
      clang::IgnoringDiagConsumer Quiet; // phase one printed every unit's diagnostics
      Tool.setDiagnosticConsumer(&Quiet);
      Tool.buildASTs(ASTs);
    }
    clang::ASTUnit *Caller = nullptr;
    std::map<std::string, const clang::FunctionDecl *> Definitions;
    for (auto &AST : ASTs) {
      if (mainFile(AST->getASTContext()) == Unit.File) {
        Caller = AST.get();
        continue;
      }
      for (const clang::FunctionDecl *FD : tgmodel::linkable_definitions(AST->getASTContext()))
        Definitions.try_emplace(tgmodel::linkage_name(FD), FD);
    }
    if (!Caller)
      return;
    tgmodel::BuildOptions Build = Options.Build;
    Build.definition_elsewhere = [&](const clang::FunctionDecl *FD) {
      auto It = Definitions.find(tgmodel::linkage_name(FD));
      return It == Definitions.end() ? nullptr : It->second;
    };
    Unit.Linked = tgmodel::buildModel(Caller->getASTContext(), Build);
    Unit.LinkedFiles.assign(Needed.begin(), Needed.end());
    std::set<std::string> More = definingUnits(Unit.Linked, Index, Unit.File);
    if (std::includes(Needed.begin(), Needed.end(), More.begin(), More.end()))
      return;
    Needed.insert(More.begin(), More.end());
  }
}

std::string nodeKind(tg::detail::NodeRef N) { return N.is_group ? "group" : "task"; }

std::string nodeId(const tgmodel::DagModel &Dag, tg::detail::NodeRef N) {
  return N.is_group ? Dag.state.groups[N.index].group_id : Dag.state.tasks[N.index].task_id;
}

const tgmodel::NodeInfo &nodeInfo(const tgmodel::DagModel &Dag, tg::detail::NodeRef N) {
  return N.is_group ? Dag.group_info[N.index] : Dag.task_info[N.index];
}

/// Every collision the model kept: (DAG, node).
template <typename Visit> void forEachCollision(const tgmodel::Model &Model, Visit &&V) {
  for (const tgmodel::DagModel &Dag : Model.dags)
    for (bool Group : {true, false}) {
      const auto &Infos = Group ? Dag.group_info : Dag.task_info;
      for (std::size_t I = 0; I < Infos.size(); ++I)
        if (!Infos[I].conflict_id().empty())
          V(Dag, tg::detail::NodeRef{Group, static_cast<int>(I)});
    }
}

} // namespace

void addModelArguments(clang::tooling::ClangTool &Tool, const std::string &IncludeDir,
                       const std::string &ResourceDir) {
  Tool.appendArgumentsAdjuster([IncludeDir, ResourceDir](const CommandLineArguments &Args,
                                                         llvm::StringRef) {
    CommandLineArguments Out = Args;
    auto At = Out.size() > 1 ? Out.begin() + 1 : Out.end();
    std::vector<std::string> Extra;
    if (!hasPrefixArgument(Args, "-resource-dir") && !ResourceDir.empty())
      Extra.push_back("-resource-dir=" + ResourceDir);
    if (!IncludeDir.empty())
      Extra.push_back("-isystem" + IncludeDir); // searched last
    Out.insert(At, Extra.begin(), Extra.end());
    return Out;
  });
  Tool.appendArgumentsAdjuster(clang::tooling::getClangSyntaxOnlyAdjuster());
}

int buildUnitModels(const clang::tooling::CompilationDatabase &Db,
                    const std::vector<std::string> &Files, const LinkOptions &Options,
                    std::vector<UnitModel> &Units, clang::DiagnosticConsumer *Diagnostics) {
  DefinitionIndex Index;
  UnitActionFactory Factory(Options, Units, Index);
  int Status = 0;
  for (const std::string &File : Files) {
    // One tool per file: a tool of several prints its progress.
    clang::tooling::ClangTool Tool(Db, {File});
    addModelArguments(Tool, Options.IncludeDir, Options.ResourceDir);
    if (Diagnostics)
      Tool.setDiagnosticConsumer(Diagnostics);
    Status = std::max(Status, Tool.run(&Factory));
  }
  if (Options.Link && Units.size() > 1)
    for (UnitModel &Unit : Units)
      link(Db, Options, Index, Unit);
  return Status;
}

std::string LinkedConflict::Message(const std::string &FirstAt) const {
  return Kind + " id '" + Id + "' is already used in DAG '" + Dag +
         "': the runtime refuses the DAG (DuplicateTaskIdFound); the two come from different "
         "translation units, and " +
         FirstKind + " '" + FirstId + "' is first created at " + FirstAt;
}

std::vector<LinkedConflict> linkedConflicts(const UnitModel &Unit) {
  std::set<std::tuple<std::string, std::string, std::string>> Known; // DAG, loc, id
  forEachCollision(Unit.Own, [&](const tgmodel::DagModel &Dag, tg::detail::NodeRef N) {
    const tgmodel::NodeInfo &Info = nodeInfo(Dag, N);
    Known.insert({Dag.state.dag_id, Info.loc.str(), Info.conflict_id()});
  });
  std::vector<LinkedConflict> Found;
  forEachCollision(Unit.Linked, [&](const tgmodel::DagModel &Dag, tg::detail::NodeRef N) {
    const tgmodel::NodeInfo &Info = nodeInfo(Dag, N);
    if (Known.count({Dag.state.dag_id, Info.loc.str(), Info.conflict_id()}) || Info.conflict_with().index < 0)
      return;
    Found.push_back({Dag.state.dag_id, nodeKind(N), Info.conflict_id(), Info.loc.str(),
                     nodeKind(Info.conflict_with()), nodeId(Dag, Info.conflict_with()),
                     nodeInfo(Dag, Info.conflict_with()).loc.str()});
  });
  return Found;
}

bool linkDatabase(const std::string &BuildDir, std::vector<UnitModel> &Units,
                  std::string &Error) {
  auto Db = clang::tooling::CompilationDatabase::loadFromDirectory(BuildDir, Error);
  if (!Db)
    return false;
  clang::IgnoringDiagConsumer Quiet;
  buildUnitModels(*Db, Db->getAllFiles(), LinkOptions(), Units, &Quiet);
  return true;
}

bool linkedConflictsOf(const std::string &BuildDir, std::vector<UnitConflict> &Out,
                       std::string &Error) {
  std::vector<UnitModel> Units;
  if (!linkDatabase(BuildDir, Units, Error))
    return false;
  for (const UnitModel &Unit : Units)
    for (LinkedConflict &C : linkedConflicts(Unit))
      Out.push_back({Unit.File, std::move(C)});
  return true;
}

} // namespace taskgroup
