// The models of several translation units, linked: a DAG whose groups come from factories
// defined in other `.cpp` files is one DAG.
//
// Each unit is first analysed on its own (as the checks see it). A call the unit cannot follow
// (a user function it declares but does not define, handed a DAG or a group: the model's
// `external_calls`) is then followed into the unit that defines it: the caller's unit is
// parsed again together with the defining units, and the interpreter runs the definition in
// its own AST (`BuildOptions::definition_elsewhere`), with the caller's arguments. What the
// factory creates lands in the caller's DAG, with its own file's locations, so a conflict
// between two files is found where the runtime would find it.
#pragma once

#include "Interpreter.h"
#include "Model.h"

#include <string>
#include <vector>

namespace clang {
class DiagnosticConsumer;
}
namespace clang::tooling {
class CompilationDatabase;
class ClangTool;
} // namespace clang::tooling

namespace taskgroup {

/// One translation unit's models.
struct UnitModel {
  std::string File;
  tgmodel::Model Own;    // this unit alone
  tgmodel::Model Linked; // calls followed into other units; equal to `Own` when it has none
  std::vector<std::string> LinkedFiles; // the other units whose definitions ran
};

/// Adds what every model build needs to the compiler's command line: the library's and the
/// compiler's own headers (unless given), and -fsyntax-only.
void addModelArguments(clang::tooling::ClangTool &Tool, const std::string &IncludeDir,
                       const std::string &ResourceDir);

struct LinkOptions {
  LinkOptions(); // the library's and Clang's header directories this build knows
  tgmodel::BuildOptions Build;
  std::string IncludeDir, ResourceDir; // for addModelArguments
  bool Link = true;                    // follow calls into the other `Files`
  unsigned MaxLinkedUnits = 64;        // units parsed together for one caller
};

/// Builds the model of every unit of `Files` (main files of `Db`), in order; the compiler's
/// diagnostics go to `Diagnostics` (null: printed). Returns ClangTool's status: 0 when every
/// unit compiled.
int buildUnitModels(const clang::tooling::CompilationDatabase &Db,
                    const std::vector<std::string> &Files, const LinkOptions &Options,
                    std::vector<UnitModel> &Units,
                    clang::DiagnosticConsumer *Diagnostics = nullptr);

/// A node that collides with another only once the units are linked: the runtime refuses the
/// DAG, and no single unit shows it.
struct LinkedConflict {
  std::string Dag, Kind, Id; // Kind: "task" or "group"
  std::string Loc;           // the later node's `file:line:col`
  std::string FirstKind, FirstId, FirstLoc; // the node it collides with
  /// The finding's message; `FirstAt`: `FirstLoc` as the reader sees it (relative, say).
  std::string Message(const std::string &FirstAt) const;
};
std::vector<LinkedConflict> linkedConflicts(const UnitModel &Unit);

/// Builds and links the models of every unit of the compilation database in `BuildDir`, the
/// compiler's diagnostics silenced (the caller's own run of the checks reports them). False,
/// with `Error`, when the database cannot be read.
bool linkDatabase(const std::string &BuildDir, std::vector<UnitModel> &Units,
                  std::string &Error);

/// A conflict that only shows linked, with the unit whose DAG it is in.
struct UnitConflict {
  std::string Unit; // main file of the unit
  LinkedConflict Conflict;
};
/// `linkDatabase`, then every unit's `linkedConflicts`.
bool linkedConflictsOf(const std::string &BuildDir, std::vector<UnitConflict> &Out,
                       std::string &Error);

} // namespace taskgroup
