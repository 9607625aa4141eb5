#pragma once

#include "TaskGroupCheck.h"

#include "clang/Basic/SourceLocation.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace clang {
class CompoundStmt;
class Decl;
class Stmt;
class VarDecl;
} // namespace clang

namespace clang::tidy::taskgroup {

/// `taskgroup-tight-coupling`: groups that depend on each other's insides instead of their
/// boundaries. Four findings:
/// - a task edge that starts inside a group (not one of its leaves) or ends inside another
///   group (not one of its roots): no group edge is equivalent;
/// - an `xcom_pull` of another group's task with no dependency path from it (a hidden
///   dependency); fixed by adding the group edge when that gives the path without a cycle;
/// - one mutable object captured by reference (or through copies of one pointer) by the
///   callables of tasks of different groups;
/// - a statement written on tasks whose edges between two groups are exactly the group edge
///   (every leaf of one to every root of the other); fixed by writing the group edge.
class TightCouplingCheck : public TaskGroupCheck {
public:
  TightCouplingCheck(StringRef Name, ClangTidyContext *Context);
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;

  /// Where a statement sits: the block holding it, the block's child holding it (the
  /// statement itself, or the `if`/loop around it), the body of the innermost function or
  /// lambda around it, and whether a loop of that function runs it.
  struct Placement {
    const CompoundStmt *Block = nullptr;
    const Stmt *Child = nullptr;
    const Stmt *FunctionBody = nullptr;
    bool InLoop = false;
    bool valid() const { return Block && Child && FunctionBody; }
  };

  /// The declarations at namespace scope by the file they begin and end in; `Spanning`, those
  /// that begin in one file and end in another.
  struct TopLevelIndex {
    llvm::DenseMap<FileID, std::vector<Decl *>> ByFile;
    std::vector<Decl *> Spanning;
  };

  /// Task edges, as (upstream, downstream): thousands per DAG, asked for one by one.
  using EdgeSet = llvm::DenseSet<std::pair<int, int>>;

private:
  void checkModel(const tgmodel::Model &Model) override;

  void checkStatements(const tgmodel::DagModel &Dag);
  void checkReachesInside(const tgmodel::DagModel &Dag, const tgmodel::Relation &R);
  /// `RelationEdges`: every task edge the DAG's relations made (built once per DAG: a
  /// DAG has thousands of statements).
  void checkGroupEdgeEquivalent(const tgmodel::DagModel &Dag,
                                const std::vector<std::size_t> &Statement,
                                const EdgeSet &RelationEdges);
  void checkPulls(const tgmodel::DagModel &Dag);
  void checkPull(const tgmodel::DagModel &Dag, int Pulled, const tgmodel::Ref &Pull);
  void checkSharedState(const tgmodel::DagModel &Dag);

  Placement placementOf(SourceLocation Loc);
  const VarDecl *handleVariable(const NodeAt &N);
  bool inScopeAt(const VarDecl *Handle, const Placement &At, bool AtOrAfter);
  /// The statement after which the group edge `Up >> Down` is added: the last statement that
  /// creates a node inside either side or adds a task edge ending inside either side. Empty
  /// `Why` on success.
  Placement insertionPoint(const tgmodel::DagModel &Dag, tg::detail::NodeRef Up,
                           tg::detail::NodeRef Down, const VarDecl *UpVar, const VarDecl *DownVar,
                           std::string &Why);
  bool firstReport(const std::string &Key) { return Reported.insert(Key).second; }

  const unsigned MinTaskEdges;
  const bool CheckSharedState;
  const bool CheckHiddenDependencies;

  std::map<SourceLocation, Placement> Placements; // per translation unit
  std::optional<TopLevelIndex> TopLevel;          // built at the first placement
  std::set<std::string> Reported;                 // findings already reported (several DAGs
                                                  // or loop iterations run one statement)
  std::set<std::string> EdgesAdded;               // group edges a fix-it adds already
  std::map<const Stmt *, std::set<std::size_t>> StatementDags; // the DAGs each statement
                                                               // relates nodes of
};

} // namespace clang::tidy::taskgroup
