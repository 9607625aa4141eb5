#include "TightCouplingCheck.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/SmallVector.h"

#include <algorithm>
#include <deque>

namespace clang::tidy::taskgroup {

using tg::detail::DagState;
using tg::detail::NodeRef;
using tgmodel::DagModel;
using tgmodel::NodeInfo;
using tgmodel::RawLoc;
using tgmodel::Relation;

TightCouplingCheck::TightCouplingCheck(StringRef Name, ClangTidyContext *Context)
    : TaskGroupCheck(Name, Context), MinTaskEdges(Options.get("MinTaskEdges", 1U)),
      CheckSharedState(Options.get("CheckSharedState", true)),
      CheckHiddenDependencies(Options.get("CheckHiddenDependencies", true)) {}

void TightCouplingCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, "MinTaskEdges", MinTaskEdges);
  Options.store(Opts, "CheckSharedState", CheckSharedState);
  Options.store(Opts, "CheckHiddenDependencies", CheckHiddenDependencies);
}

void TightCouplingCheck::checkModel(const tgmodel::Model &Model) {
  Placements.clear();
  TopLevel.reset();
  Reported.clear();
  EdgesAdded.clear();
  StatementDags.clear();
  // A statement run for several DAGs (a helper called once per DAG) gets no fix-it: one edit
  // would have to suit every DAG.
  for (std::size_t D = 0; D < Model.dags.size(); ++D)
    for (const Relation &R : Model.dags[D].relations)
      if (const Placement P = placementOf(location(R.at)); P.valid())
        StatementDags[P.Child].insert(D);
  for (const DagModel &Dag : Model.dags) {
    checkStatements(Dag);
    if (CheckHiddenDependencies)
      checkPulls(Dag);
    if (CheckSharedState)
      checkSharedState(Dag);
  }
}

// ---- the DAG's structure ----

namespace {

bool holds(const std::vector<int> &Tasks, int T) {
  return std::find(Tasks.begin(), Tasks.end(), T) != Tasks.end();
}

/// The groups holding a task, innermost first, ending with the root group. Asked for both
/// ends of every edge: it stays on the stack for any usual depth.
llvm::SmallVector<int, 16> groupsAround(const DagState &S, int Task) {
  llvm::SmallVector<int, 16> Chain;
  for (int G = S.tasks[Task].group; G >= 0 && Chain.size() <= S.groups.size();
       G = S.groups[G].parent)
    Chain.push_back(G);
  return Chain;
}

/// The two nodes that separate tasks `A` and `B`: under their innermost common group, the
/// child holding `A` and the child holding `B` (a group, or the task itself).
std::pair<NodeRef, NodeRef> separating(const DagState &S, int A, int B) {
  const auto ChainA = groupsAround(S, A), ChainB = groupsAround(S, B);
  auto ItA = ChainA.rbegin(), ItB = ChainB.rbegin();
  while (ItA != ChainA.rend() && ItB != ChainB.rend() && *ItA == *ItB) {
    ++ItA;
    ++ItB;
  }
  return {ItA == ChainA.rend() ? NodeRef{false, A} : NodeRef{true, *ItA},
          ItB == ChainB.rend() ? NodeRef{false, B} : NodeRef{true, *ItB}};
}

/// The tasks of a node: a group's subtree, or the task itself.
std::vector<int> tasksOf(const DagState &S, NodeRef N) {
  return N.is_group ? tg::detail::subtree_tasks(S, N.index) : std::vector<int>{N.index};
}

std::string quotedList(const DagState &S, const std::vector<int> &Tasks) {
  std::string Out;
  for (std::size_t I = 0; I < Tasks.size(); ++I)
    Out += (I == 0                  ? "'"
            : I + 1 == Tasks.size() ? " and '"
                                    : ", '") +
           S.tasks[Tasks[I]].task_id + "'";
  return Out.empty() ? "none" : Out;
}

/// True when `Edges` are exactly every leaf of `From` to every root of `To`.
bool isGroupEdge(const std::set<std::pair<int, int>> &Edges, const DagState &S, int From, int To) {
  const std::vector<int> Leaves = tg::detail::group_leaves(S, From);
  const std::vector<int> Roots = tg::detail::group_roots(S, To);
  if (Leaves.empty() || Roots.empty() || Edges.size() != Leaves.size() * Roots.size())
    return false;
  for (int L : Leaves)
    for (int R : Roots)
      if (!Edges.count({L, R}))
        return false;
  return true;
}

/// Every task edge the DAG's relations made, not those made otherwise (`add_edge`, `expand`).
TightCouplingCheck::EdgeSet relationEdges(const DagModel &Dag) {
  TightCouplingCheck::EdgeSet Edges;
  for (const Relation &R : Dag.relations)
    Edges.insert(R.edges.begin(), R.edges.end());
  return Edges;
}

/// The DAG's structure when relation `First` ran: the tasks created before it, the edges of
/// the relations before it, and (order unknown) the edges made outside relations.
DagState stateBefore(const DagModel &Dag, std::size_t First,
                     const TightCouplingCheck::EdgeSet &RelationEdges) {
  DagState S = Dag.state;
  const int Existing = static_cast<int>(Dag.relations[First].tasks_before);
  for (auto &T : S.tasks) {
    T.upstream.clear();
    T.downstream.clear();
  }
  auto Add = [&](int Up, int Down) {
    if (Up < Existing && Down < Existing) {
      S.tasks[Up].downstream.insert(Down);
      S.tasks[Down].upstream.insert(Up);
    }
  };
  for (std::size_t I = 0; I < First; ++I)
    for (auto [Up, Down] : Dag.relations[I].edges)
      Add(Up, Down);
  for (int Up = 0; Up < static_cast<int>(Dag.state.tasks.size()); ++Up)
    for (int Down : Dag.state.tasks[Up].downstream)
      if (!RelationEdges.count({Up, Down}))
        Add(Up, Down);
  for (auto &G : S.groups)
    std::erase_if(G.children, [&](NodeRef C) { return !C.is_group && C.index >= Existing; });
  return S;
}

/// The shortest chain of tasks from `From` to `To` (both included); empty when there is none.
std::vector<int> pathBetween(const DagState &S, int From, int To) {
  std::vector<int> Previous(S.tasks.size(), -2);
  std::deque<int> Queue{From};
  Previous[From] = -1;
  while (!Queue.empty()) {
    const int T = Queue.front();
    Queue.pop_front();
    if (T == To) {
      std::vector<int> Path;
      for (int At = To; At != -1; At = Previous[At])
        Path.insert(Path.begin(), At);
      return Path;
    }
    for (int D : S.tasks[T].downstream)
      if (Previous[D] == -2) {
        Previous[D] = T;
        Queue.push_back(D);
      }
  }
  return {};
}

std::string describe(const DagState &S, NodeRef N) {
  return std::string(N.is_group ? "group '" : "task '") + S.id_of(N) + "'";
}

} // namespace

// ---- where statements are ----

namespace {

/// Finds the statement around a location: the innermost block child holding it, the
/// innermost function or lambda body, and whether a loop of that function holds it.
class PlacementFinder : public RecursiveASTVisitor<PlacementFinder> {
  using Base = RecursiveASTVisitor<PlacementFinder>;

public:
  PlacementFinder(const SourceManager &SM, SourceLocation Loc) : SM(SM), Loc(Loc) {
    // Loc, then the #include of its file, then the #include of that file, and so on.
    for (SourceLocation At = Loc;
         At.isValid() && At.isFileID() && IncludeChain.size() < MaxIncludeDepth;
         At = SM.getIncludeLoc(SM.getFileID(At)))
      IncludeChain.push_back(SM.getDecomposedLoc(At));
  }

  bool shouldVisitTemplateInstantiations() const { return false; }
  bool shouldVisitImplicitCode() const { return false; }

  /// Whether the range holds Loc. Most ranges tried lie in one file, often a header that does
  /// not lead to Loc at all: the include chain answers those with a few comparisons, where
  /// SourceManager::isPointWithin would work out how the two files are included.
  bool covers(SourceRange R) const {
    if (R.isInvalid())
      return false;
    SourceLocation B = SM.getExpansionLoc(R.getBegin()),
                   E = SM.getExpansionRange(R.getEnd()).getEnd();
    auto [BeginFile, BeginOffset] = SM.getDecomposedLoc(B);
    auto [EndFile, EndOffset] = SM.getDecomposedLoc(E);
    if (BeginFile != EndFile)
      return SM.isPointWithin(Loc, B, E);
    for (auto [File, Offset] : IncludeChain)
      if (File == BeginFile)
        return BeginOffset <= Offset && Offset <= EndOffset;
    return false;
  }

  bool TraverseDecl(Decl *D) {
    if (D && !isa<TranslationUnitDecl>(D) && D->getSourceRange().isValid() &&
        !covers(D->getSourceRange()))
      return true;
    return Base::TraverseDecl(D);
  }
  bool TraverseStmt(Stmt *S, DataRecursionQueue * = nullptr) {
    if (S && S->getSourceRange().isValid() && !covers(S->getSourceRange()))
      return true;
    return Base::TraverseStmt(S);
  }

  bool VisitCompoundStmt(CompoundStmt *C) {
    for (Stmt *Child : C->body())
      if (Child && covers(Child->getSourceRange())) {
        Found.Block = C;
        Found.Child = Child;
      }
    return true;
  }
  bool VisitFunctionDecl(FunctionDecl *F) { return enterBody(F->getBody()); }
  bool VisitLambdaExpr(LambdaExpr *L) { return enterBody(L->getBody()); }
  bool VisitForStmt(ForStmt *S) { return enterLoop(S); }
  bool VisitWhileStmt(WhileStmt *S) { return enterLoop(S); }
  bool VisitDoStmt(DoStmt *S) { return enterLoop(S); }
  bool VisitCXXForRangeStmt(CXXForRangeStmt *S) { return enterLoop(S); }

  /// The files that lead to Loc: its own, then each one that includes the one before.
  auto files() const {
    return llvm::map_range(IncludeChain, [](const auto &FileAndOffset) {
      return FileAndOffset.first;
    });
  }

  TightCouplingCheck::Placement Found;

private:
  bool enterBody(const Stmt *Body) {
    if (Body && covers(Body->getSourceRange())) {
      Found.FunctionBody = Body;
      Found.InLoop = false; // loops around the function or lambda do not repeat its statements
    }
    return true;
  }
  bool enterLoop(const Stmt *Loop) {
    if (covers(Loop->getSourceRange()))
      Found.InLoop = true;
    return true;
  }

  static constexpr std::size_t MaxIncludeDepth = 512; // clang's own limit is 200

  const SourceManager &SM;
  SourceLocation Loc;
  llvm::SmallVector<std::pair<FileID, unsigned>, 8> IncludeChain;
};

/// Files the declarations at namespace scope by the file they begin in (`Spanning`: those that
/// end in another one), so that a statement's declaration is looked for only among the
/// declarations of the files leading to it, not among every declaration of every header.
/// Only the declarations already loaded: inside clangd the headers are a preamble, and asking
/// for every declaration of `std` would deserialise it all (twice the main file's build time).
/// The main file's are always loaded, and only there does clangd report.
void indexDecls(DeclContext *DC, const SourceManager &SM,
                TightCouplingCheck::TopLevelIndex &Index) {
  for (Decl *D : DC->noload_decls()) {
    if (isa<NamespaceDecl, LinkageSpecDecl, ExportDecl>(D)) {
      indexDecls(cast<DeclContext>(D), SM, Index);
      continue;
    }
    SourceRange R = D->getSourceRange();
    if (R.isInvalid())
      continue;
    FileID Begin = SM.getFileID(SM.getExpansionLoc(R.getBegin()));
    FileID End = SM.getFileID(SM.getExpansionRange(R.getEnd()).getEnd());
    (Begin == End ? Index.ByFile[Begin] : Index.Spanning).push_back(D);
  }
}

} // namespace

TightCouplingCheck::Placement TightCouplingCheck::placementOf(SourceLocation Loc) {
  if (Loc.isInvalid())
    return {};
  Loc = sources().getExpansionLoc(Loc);
  auto [It, New] = Placements.try_emplace(Loc);
  if (New) {
    if (!TopLevel) {
      TopLevel.emplace();
      indexDecls(context().getTranslationUnitDecl(), sources(), *TopLevel);
    }
    PlacementFinder Finder(sources(), Loc);
    for (FileID File : Finder.files())
      if (auto Decls = TopLevel->ByFile.find(File); Decls != TopLevel->ByFile.end())
        for (Decl *D : Decls->second)
          Finder.TraverseDecl(D);
    for (Decl *D : TopLevel->Spanning)
      Finder.TraverseDecl(D);
    It->second = Finder.Found;
  }
  return It->second;
}

namespace {

bool isTgRecord(QualType T, StringRef Name) {
  const auto *RD = T.getNonReferenceType()->getAsCXXRecordDecl();
  if (!RD || !RD->getDeclName().isIdentifier())
    return false;
  const auto *NS = dyn_cast<NamespaceDecl>(RD->getDeclContext()->getEnclosingNamespaceContext());
  return NS && NS->getName() == "tg" && (Name.empty() || RD->getName() == Name);
}

/// Expressions a handle passes through unchanged on its way into a variable.
bool transparent(const Stmt *S) {
  if (isa<ImplicitCastExpr, MaterializeTemporaryExpr, CXXBindTemporaryExpr, ExprWithCleanups,
          ParenExpr, CXXFunctionalCastExpr>(S))
    return true;
  const auto *Construct = dyn_cast<CXXConstructExpr>(S);
  return Construct && Construct->getNumArgs() == 1 &&
         Construct->getConstructor()->isCopyOrMoveConstructor();
}

} // namespace

const VarDecl *TightCouplingCheck::handleVariable(const NodeAt &N) {
  const auto *Call = static_cast<const Expr *>(N.info().call_expr);
  if (!Call)
    return nullptr;
  DynTypedNode Node = DynTypedNode::create(*Call);
  for (int Depth = 0; Depth < 16; ++Depth) {
    const auto Parents = context().getParents(Node);
    if (Parents.size() != 1)
      return nullptr;
    if (const auto *Var = Parents[0].get<VarDecl>())
      return isTgRecord(Var->getType(), N.Node.is_group ? "TaskGroup" : "Task") &&
                     !Var->getName().empty() && !isa<ParmVarDecl>(Var)
                 ? Var
                 : nullptr;
    const auto *Parent = Parents[0].get<Stmt>();
    if (!Parent || !transparent(Parent))
      return nullptr;
    Node = Parents[0];
  }
  return nullptr;
}

namespace {

const DeclStmt *declStatementOf(ASTContext &Ctx, const VarDecl *Var) {
  const auto Parents = Ctx.getParents(*Var);
  return Parents.size() == 1 ? Parents[0].get<DeclStmt>() : nullptr;
}

bool within(const SourceManager &SM, SourceRange Inner, SourceRange Outer) {
  return !SM.isBeforeInTranslationUnit(Inner.getBegin(), Outer.getBegin()) &&
         !SM.isBeforeInTranslationUnit(Outer.getEnd(), Inner.getEnd());
}

} // namespace

bool TightCouplingCheck::inScopeAt(const VarDecl *Handle, const Placement &At, bool AtOrAfter) {
  if (!Handle || !At.valid())
    return false;
  const DeclStmt *Decl = declStatementOf(context(), Handle);
  if (!Decl)
    return false;
  const auto Parents = context().getParents(*Decl);
  const auto *Block = Parents.size() == 1 ? Parents[0].get<CompoundStmt>() : nullptr;
  const SourceManager &SM = sources();
  // The declaring block holds the statement, in the same function (no lambda in between).
  if (!Block || !within(SM, Block->getSourceRange(), At.FunctionBody->getSourceRange()) ||
      !within(SM, At.Child->getSourceRange(), Block->getSourceRange()))
    return false;
  if (Decl == At.Child)
    return AtOrAfter;
  return SM.isBeforeInTranslationUnit(Decl->getEndLoc(), At.Child->getBeginLoc());
}

// ---- edges: into a group's insides, or equal to a group edge ----

void TightCouplingCheck::checkStatements(const DagModel &Dag) {
  std::vector<std::vector<std::size_t>> Statements;
  std::map<std::pair<const Stmt *, RawLoc>, std::size_t> Index;
  for (std::size_t I = 0; I < Dag.relations.size(); ++I) {
    const Relation &R = Dag.relations[I];
    checkReachesInside(Dag, R);
    const Placement P = placementOf(location(R.at));
    const std::pair<const Stmt *, RawLoc> Key{P.valid() ? P.Child : nullptr,
                                              P.valid() ? RawLoc{0} : R.at};
    auto [It, New] = Index.try_emplace(Key, Statements.size());
    if (New)
      Statements.emplace_back();
    Statements[It->second].push_back(I);
  }
  const EdgeSet RelationEdges = relationEdges(Dag);
  for (const auto &Statement : Statements)
    checkGroupEdgeEquivalent(Dag, Statement, RelationEdges);
}

void TightCouplingCheck::checkReachesInside(const DagModel &Dag, const Relation &R) {
  const DagState &S = Dag.state;
  auto Named = [&](int Task) {
    return std::any_of(R.others.begin(), R.others.end(),
                       [&](NodeRef O) { return !O.is_group && O.index == Task; });
  };
  for (auto [Up, Down] : R.edges) {
    // Only the ends the program wrote as tasks: a group end is its boundary by construction.
    const bool UpWritten = R.upstream ? Named(Up) : !R.self.is_group;
    const bool DownWritten = R.upstream ? !R.self.is_group : Named(Down);
    const auto [From, To] = separating(S, Up, Down);
    const bool UpInside =
        UpWritten && From.is_group && !holds(tg::detail::group_leaves(S, From.index), Up);
    const bool DownInside =
        DownWritten && To.is_group && !holds(tg::detail::group_roots(S, To.index), Down);
    if (!UpInside && !DownInside)
      continue;
    const std::string &UpId = S.tasks[Up].task_id, &DownId = S.tasks[Down].task_id;
    if (!firstReport("inside " + R.loc.str() + " " + UpId + " " + DownId))
      continue;
    std::string Why;
    if (UpInside)
      Why = "'" + UpId + "' is not a leaf of group '" + S.id_of(From) + "'";
    if (DownInside)
      Why += (Why.empty() ? "'" : " and '") + DownId + "' is not a root of group '" + S.id_of(To) +
             "'";
    diag(location(R.at), "task edge from '%0' to '%1' reaches inside a group: %2; the groups "
                         "can no longer be reordered or tested on their own; cannot be fixed "
                         "automatically: no group edge is equivalent")
        << UpId << DownId << Why;
    if (UpInside)
      diag(where(Dag.group_info[From.index]), "the leaves of group '%0': %1", DiagnosticIDs::Note)
          << S.id_of(From) << quotedList(S, tg::detail::group_leaves(S, From.index));
    if (DownInside)
      diag(where(Dag.group_info[To.index]), "the roots of group '%0': %1", DiagnosticIDs::Note)
          << S.id_of(To) << quotedList(S, tg::detail::group_roots(S, To.index));
  }
}

namespace {

/// True when the statement only relates existing nodes: edge operators, `tg::chain`,
/// `tg::cross_downstream`, node lists. Any other call might do more than the group edge.
bool onlyRelates(const Stmt *S) {
  if (!S)
    return true;
  if (isa<LambdaExpr, DeclStmt>(S))
    return false;
  if (const auto *Op = dyn_cast<BinaryOperator>(S); Op && (Op->isCommaOp() || Op->isAssignmentOp()))
    return false;
  if (const auto *Op = dyn_cast<UnaryOperator>(S); Op && Op->isIncrementDecrementOp())
    return false;
  if (const auto *Call = dyn_cast<CallExpr>(S)) {
    const FunctionDecl *Callee = Call->getDirectCallee();
    if (!Callee)
      return false;
    const auto *NS =
        dyn_cast<NamespaceDecl>(Callee->getDeclContext()->getEnclosingNamespaceContext());
    if (!NS || NS->getName() != "tg")
      return false;
  }
  return std::all_of(S->child_begin(), S->child_end(), onlyRelates);
}

} // namespace

void TightCouplingCheck::checkGroupEdgeEquivalent(
    const DagModel &Dag, const std::vector<std::size_t> &Statement,
    const EdgeSet &RelationEdges) {
  const DagState &S = Dag.state;
  std::map<std::pair<int, int>, std::set<std::pair<int, int>>> ByGroups;
  bool OtherEdges = false;
  for (std::size_t I : Statement) {
    const Relation &R = Dag.relations[I];
    // Written on tasks only: an edge written on a group handle is the boundary already.
    if (R.self.is_group ||
        std::any_of(R.others.begin(), R.others.end(), [](NodeRef O) { return O.is_group; }))
      return;
    for (auto [Up, Down] : R.edges) {
      const auto [From, To] = separating(S, Up, Down);
      if (From.is_group && To.is_group)
        ByGroups[{From.index, To.index}].insert({Up, Down});
      else
        OtherEdges = true;
    }
  }
  OtherEdges = OtherEdges || ByGroups.size() > 1;
  const Relation &First = Dag.relations[Statement.front()];

  for (const auto &[Groups, Edges] : ByGroups) {
    const auto [From, To] = Groups;
    if (Edges.size() < std::max(1U, MinTaskEdges) || !isGroupEdge(Edges, S, From, To) ||
        !isGroupEdge(Edges, stateBefore(Dag, Statement.front(), RelationEdges), From, To))
      continue;
    const std::string &FromId = S.groups[From].group_id, &ToId = S.groups[To].group_id;
    if (!firstReport("equivalent " + First.loc.str() + " " + FromId + " " + ToId))
      continue;
    const VarDecl *FromVar = handleVariable({Dag, {true, From}});
    const VarDecl *ToVar = handleVariable({Dag, {true, To}});
    const std::string GroupEdge = (FromVar ? FromVar->getName().str() : FromId) + " >> " +
                                  (ToVar ? ToVar->getName().str() : ToId);

    const Placement At = placementOf(location(First.at));
    std::string Why;
    auto Refuse = [&](bool Cond, std::string Reason) {
      if (Why.empty() && Cond)
        Why = std::move(Reason);
    };
    const auto *Expression = At.valid() ? dyn_cast<Expr>(At.Child) : nullptr;
    Refuse(OtherEdges, "the statement also adds other edges");
    Refuse(At.InLoop, "the statement is in a loop");
    Refuse(!Expression || Expression->getBeginLoc().isMacroID() ||
               Expression->getEndLoc().isMacroID(),
           "the statement is not a plain expression statement");
    Refuse(Expression && !onlyRelates(Expression), "the statement does more than add edges");
    Refuse(At.valid() && StatementDags[At.Child].size() > 1, "the statement builds several DAGs");
    Refuse(!FromVar, "group '" + FromId + "' has no handle variable");
    Refuse(!ToVar, "group '" + ToId + "' has no handle variable");
    Refuse(!inScopeAt(FromVar, At, false) || !inScopeAt(ToVar, At, false),
           "a group handle is not in scope at the statement");
    if (Why.empty())
      for (int T : tasksOf(S, {true, From}))
        for (int D : S.tasks[T].downstream)
          Refuse(!RelationEdges.count({T, D}) && holds(tasksOf(S, {true, To}), D),
                 "the groups have edges made outside edge statements");
    if (Why.empty())
      for (const auto *Infos : {&Dag.task_info, &Dag.group_info})
        for (const NodeInfo &Info : *Infos)
          Refuse(Info.at && within(sources(), sources().getExpansionLoc(location(Info.at)),
                                   Expression->getSourceRange()),
                 "the statement also creates nodes");

    std::string Subject = Edges.size() == 1
                              ? "task edge from '" + S.tasks[Edges.begin()->first].task_id +
                                    "' to '" + S.tasks[Edges.begin()->second].task_id + "' is"
                              : std::to_string(Edges.size()) + " task edges from group '" + FromId +
                                    "' to group '" + ToId + "' are";
    auto D = diag(location(First.at),
                  "%0 exactly the group edge from '%1' to '%2' (every leaf of '%1' to every root "
                  "of '%2'): write '%3' so that the groups depend on each other's boundary, not "
                  "on their tasks%select{|; cannot be fixed automatically: %5}4")
             << Subject << FromId << ToId << GroupEdge << !Why.empty() << Why;
    if (Why.empty())
      D << FixItHint::CreateReplacement(
          CharSourceRange::getTokenRange(Expression->getSourceRange()), GroupEdge);
  }
}

// ---- hidden dependencies: xcom_pull without a path ----

void TightCouplingCheck::checkPulls(const DagModel &Dag) {
  const int Tasks = static_cast<int>(Dag.state.tasks.size());
  for (int T = 0; T < Tasks; ++T)
    for (const tgmodel::Ref &Pull : Dag.task_info[T].refs())
      if (Pull.kind == "xcom_pull" && !Pull.from.is_group && Pull.from.index >= 0 &&
          Pull.from.index < Tasks)
        checkPull(Dag, T, Pull);
}

void TightCouplingCheck::checkPull(const DagModel &Dag, int Pulled, const tgmodel::Ref &Pull) {
  const DagState &S = Dag.state;
  const int Puller = Pull.from.index;
  if (S.tasks[Pulled].group == S.tasks[Puller].group || tg::detail::reaches(S, Pulled, Puller))
    return;
  const std::string &PulledId = S.tasks[Pulled].task_id, &PullerId = S.tasks[Puller].task_id;
  if (!firstReport("pull " + Pull.loc + " " + PulledId + " " + PullerId))
    return;
  const SourceLocation Loc =
      location(Pull.literal.valid() && Pull.literal.at ? Pull.literal.at : Pull.at);
  const auto [Up, Down] = separating(S, Pulled, Puller);
  const NodeInfo &PulledInfo = Dag.task_info[Pulled];

  if (tg::detail::reaches(S, Puller, Pulled)) {
    diag(Loc, "task '%0' pulls the XCom of '%1', which always runs after it: the value is never "
              "there; cannot be fixed automatically: an edge from %2 to %3 would close a cycle")
        << PullerId << PulledId << describe(S, Up) << describe(S, Down);
    std::string Path;
    for (int T : pathBetween(S, Puller, Pulled))
      Path += (Path.empty() ? "" : " -> ") + S.tasks[T].task_id;
    diag(where(PulledInfo), "task '%0' runs after '%1': %2", DiagnosticIDs::Note)
        << PulledId << PullerId << Path;
    return;
  }

  // The edge between the two sides, as the library would add it at the end of the program.
  std::string Why;
  DagState With = S;
  try {
    tg::detail::set_relatives(With, Up, {Down}, false);
    if (!tg::detail::reaches(With, Pulled, Puller))
      Why =
          "an edge from " + describe(S, Up) + " to " + describe(S, Down) + " would not order them";
  } catch (const tg::Error &) {
    Why = "an edge from " + describe(S, Up) + " to " + describe(S, Down) + " would close a cycle";
  } catch (const std::out_of_range &) {
    Why = "the check cannot tell what an edge between the groups would add";
  }
  const VarDecl *UpVar = handleVariable({Dag, Up}), *DownVar = handleVariable({Dag, Down});
  Placement At;
  if (Why.empty())
    At = insertionPoint(Dag, Up, Down, UpVar, DownVar, Why);
  const std::string Edge = (UpVar ? UpVar->getName().str() : S.id_of(Up)) + " >> " +
                           (DownVar ? DownVar->getName().str() : S.id_of(Down));

  SourceLocation InsertAt;
  std::string Text;
  if (Why.empty()) {
    const SourceManager &SM = sources();
    const LangOptions &LO = context().getLangOpts();
    const SourceLocation End = At.Child->getEndLoc();
    InsertAt = Lexer::findLocationAfterToken(End, tok::semi, SM, LO, false);
    if (InsertAt.isInvalid())
      InsertAt = Lexer::getLocForEndOfToken(End, 0, SM, LO);
    // Past a trailing `// comment` on the same line, so that it stays with its statement.
    const char *Start = SM.getCharacterData(InsertAt), *P = Start;
    while (*P == ' ' || *P == '\t')
      ++P;
    if (P[0] == '/' && P[1] == '/')
      while (*P && *P != '\n' && *P != '\r')
        ++P;
    if (*P == '\n' || *P == '\r' || *P == '\0')
      InsertAt = InsertAt.getLocWithOffset(P - Start);
    const char *LineStart = SM.getCharacterData(At.Child->getBeginLoc());
    const char *Buffer = SM.getBufferData(SM.getFileID(At.Child->getBeginLoc())).data();
    while (LineStart > Buffer && (LineStart[-1] == ' ' || LineStart[-1] == '\t'))
      --LineStart;
    Text = "\n" + std::string(LineStart, SM.getCharacterData(At.Child->getBeginLoc()) - LineStart) +
           Edge + ";";
  }
  const bool FirstFix =
      Why.empty() && EdgesAdded.insert(std::to_string(InsertAt.getRawEncoding()) + Text).second;
  {
    auto D = diag(Loc, "task '%0' pulls the XCom of '%1' but does not depend on it: a hidden "
                       "dependency, the value is there only when the executor happens to run "
                       "'%1' first%select{|; cannot be fixed automatically: %3}2")
             << PullerId << PulledId << !Why.empty() << Why;
    if (FirstFix)
      D << FixItHint::CreateInsertion(InsertAt, Text);
  }
  diag(where(PulledInfo), "task '%0' is created here", DiagnosticIDs::Note) << PulledId;
  if (Why.empty())
    diag(At.Child->getBeginLoc(),
         FirstFix ? "the fix adds '%0' after this statement"
                  : "'%0', added after this statement by an earlier fix, adds the path too",
         DiagnosticIDs::Note)
        << Edge;
}

TightCouplingCheck::Placement TightCouplingCheck::insertionPoint(const DagModel &Dag, NodeRef Up,
                                                                 NodeRef Down, const VarDecl *UpVar,
                                                                 const VarDecl *DownVar,
                                                                 std::string &Why) {
  const DagState &S = Dag.state;
  if (!UpVar || !DownVar) {
    Why = describe(S, UpVar ? Down : Up) + " has no handle variable";
    return {};
  }
  const DeclStmt *UpDecl = declStatementOf(context(), UpVar);
  const DeclStmt *DownDecl = declStatementOf(context(), DownVar);
  if (!UpDecl || !DownDecl) {
    Why = "a handle is not declared in a statement";
    return {};
  }
  const SourceManager &SM = sources();
  const DeclStmt *Later =
      SM.isBeforeInTranslationUnit(UpDecl->getBeginLoc(), DownDecl->getBeginLoc()) ? DownDecl
                                                                                   : UpDecl;
  Placement At = placementOf(Later->getBeginLoc());
  if (!At.valid() || At.Child != Later || !inScopeAt(UpVar, At, true) ||
      !inScopeAt(DownVar, At, true)) {
    Why = "the group handles are not in one scope";
    return {};
  }

  // Where the sides get their shape: the nodes created in them, the edges ending in them.
  std::vector<int> Inside = tasksOf(S, Up);
  for (int T : tasksOf(S, Down))
    Inside.push_back(T);
  std::vector<std::pair<SourceLocation, std::string>> Places; // location, what happens there
  auto AddNode = [&](const NodeInfo &Info, const std::string &Id) {
    // A node made by a factory: the outermost call inside this function places it.
    SourceLocation Loc = location(Info.at);
    for (RawLoc Call : Info.calls())
      if (within(SM, SM.getExpansionLoc(location(Call)), At.FunctionBody->getSourceRange())) {
        Loc = location(Call);
        break;
      }
    Places.emplace_back(Loc, "'" + Id + "' is created");
  };
  for (int T : Inside)
    AddNode(Dag.task_info[T], S.tasks[T].task_id);
  for (NodeRef Side : {Up, Down})
    if (Side.is_group) {
      AddNode(Dag.group_info[Side.index], S.id_of(Side));
      for (int G = 1; G < static_cast<int>(S.groups.size()); ++G)
        for (int P = S.groups[G].parent; P > 0; P = S.groups[P].parent)
          if (P == Side.index) {
            AddNode(Dag.group_info[G], S.groups[G].group_id);
            break;
          }
    }
  const std::vector<int> UpTasks = tasksOf(S, Up);
  for (const Relation &R : Dag.relations) {
    const auto Into = std::find_if(R.edges.begin(), R.edges.end(),
                                   [&](const auto &E) { return holds(Inside, E.second); });
    if (Into != R.edges.end())
      Places.emplace_back(location(R.at),
                          "an edge into " + describe(S, holds(UpTasks, Into->second) ? Up : Down) +
                              " is made");
  }
  const EdgeSet RelationEdges = relationEdges(Dag);
  for (int T : Inside)
    for (int U : S.tasks[T].upstream)
      if (!RelationEdges.count({U, T})) {
        Why = "an edge into '" + S.tasks[T].task_id + "' is made outside edge statements";
        return {};
      }

  const SourceRange Body = At.FunctionBody->getSourceRange();
  const SourceRange Block = At.Block->getSourceRange();
  const Stmt *Last = At.Child;
  for (const auto &[Loc, What] : Places) {
    const SourceLocation L = SM.getExpansionLoc(Loc);
    if (!within(SM, L, Body)) {
      Why = What + " in another function";
      return {};
    }
    if (SM.isBeforeInTranslationUnit(L, Block.getBegin()))
      continue; // earlier, in an enclosing block
    if (!within(SM, L, Block)) {
      Why = What + " after the scope of the group handles";
      return {};
    }
    for (const Stmt *Child : At.Block->body())
      if (within(SM, L, Child->getSourceRange()) &&
          SM.isBeforeInTranslationUnit(Last->getBeginLoc(), Child->getBeginLoc()))
        Last = Child;
  }
  if (isa<ReturnStmt>(Last) || Last->getEndLoc().isMacroID()) {
    Why = "the last statement that wires the groups cannot be followed by a new one";
    return {};
  }
  At.Child = Last;
  return At;
}

// ---- shared mutable state ----

namespace {

const LambdaExpr *lambdaOf(const Expr *E) {
  for (int Depth = 0; E && Depth < 16; ++Depth) {
    E = E->IgnoreParenImpCasts();
    if (const auto *Lambda = dyn_cast<LambdaExpr>(E))
      return Lambda;
    if (const auto *M = dyn_cast<MaterializeTemporaryExpr>(E))
      E = M->getSubExpr();
    else if (const auto *B = dyn_cast<CXXBindTemporaryExpr>(E))
      E = B->getSubExpr();
    else if (const auto *W = dyn_cast<ExprWithCleanups>(E))
      E = W->getSubExpr();
    else if (const auto *C = dyn_cast<CXXConstructExpr>(E))
      E = C->getNumArgs() >= 1 ? C->getArg(0) : nullptr;
    else if (const auto *F = dyn_cast<CXXFunctionalCastExpr>(E))
      E = F->getSubExpr();
    else if (const auto *Ref = dyn_cast<DeclRefExpr>(E)) {
      // A lambda stored in a variable first (`auto load = [&] {...}; g.task("load", load)`).
      const auto *Var = dyn_cast<VarDecl>(Ref->getDecl());
      E = Var ? Var->getInit() : nullptr;
    } else
      return nullptr;
  }
  return nullptr;
}

/// The pointee of a raw pointer or `std::shared_ptr`; null for anything else.
QualType pointeeOf(QualType T) {
  T = T.getNonReferenceType().getCanonicalType();
  if (T->isPointerType())
    return T->getPointeeType();
  const auto *Spec = dyn_cast_or_null<ClassTemplateSpecializationDecl>(T->getAsCXXRecordDecl());
  if (Spec && Spec->isInStdNamespace() && Spec->getName() == "shared_ptr" &&
      Spec->getTemplateArgs().size() >= 1 &&
      Spec->getTemplateArgs()[0].getKind() == TemplateArgument::Type)
    return Spec->getTemplateArgs()[0].getAsType();
  return {};
}

/// The variable an init-capture copies or binds (`[m = merchants]`, `[&s = stats]`).
const VarDecl *initCaptureSource(const VarDecl *Capture) {
  const Expr *Init = Capture->getInit();
  for (int Depth = 0; Init && Depth < 8; ++Depth) {
    Init = Init->IgnoreImplicit()->IgnoreParens();
    if (const auto *Ref = dyn_cast<DeclRefExpr>(Init))
      return dyn_cast<VarDecl>(Ref->getDecl());
    const auto *Construct = dyn_cast<CXXConstructExpr>(Init);
    Init = Construct && Construct->getNumArgs() == 1 ? Construct->getArg(0) : nullptr;
  }
  return nullptr;
}

struct Capture {
  int Task;
  SourceLocation At;
  bool ByRef;
};

} // namespace

void TightCouplingCheck::checkSharedState(const DagModel &Dag) {
  const DagState &S = Dag.state;
  const SourceManager &SM = sources();
  // One object: the variable, and for a local one the calls that entered its function (two
  // calls of a factory have two objects).
  using Object = std::pair<const VarDecl *, std::vector<RawLoc>>;
  std::map<Object, std::vector<Capture>> Captures;
  std::vector<Object> Order;
  for (int T = 0; T < static_cast<int>(S.tasks.size()); ++T) {
    const NodeInfo &Info = Dag.task_info[T];
    const LambdaExpr *Lambda = lambdaOf(static_cast<const Expr *>(Info.callable_expr));
    if (!Lambda)
      continue;
    for (const LambdaCapture &C : Lambda->captures()) {
      if (!C.capturesVariable())
        continue;
      const auto *Var = dyn_cast<VarDecl>(C.getCapturedVar());
      bool ByRef = C.getCaptureKind() == LCK_ByRef;
      if (Var && Var->isInitCapture()) {
        ByRef = Var->getType()->isReferenceType();
        Var = initCaptureSource(Var);
      }
      // A variable of the callable itself is no sharing; neither is a handle of the DAG.
      if (!Var || within(SM, SM.getExpansionLoc(Var->getLocation()), Lambda->getSourceRange()) ||
          isTgRecord(Var->getType(), ""))
        continue;
      if (ByRef && Var->getType().getNonReferenceType().isConstQualified())
        continue;
      if (!ByRef) {
        const QualType Pointee = pointeeOf(Var->getType());
        if (Pointee.isNull() || Pointee.isConstQualified() || Pointee->isFunctionType())
          continue;
      }
      Object Key{Var->getCanonicalDecl(), {}};
      if (Var->hasLocalStorage()) {
        const auto *Function = dyn_cast_or_null<FunctionDecl>(Var->getParentFunctionOrMethod());
        if (!Function)
          continue;
        const SourceRange Range = Function->getSourceRange();
        // Each iteration of a loop, and each call of the function from a loop, has its own.
        if ((!isa<ParmVarDecl>(Var) && placementOf(Var->getLocation()).InLoop) ||
            (Info.loop && !within(SM, SM.getExpansionLoc(location(Info.loop)), Range)))
          continue;
        for (RawLoc Call : Info.calls())
          if (!within(SM, SM.getExpansionLoc(location(Call)), Range))
            Key.second.push_back(Call);
      }
      auto [It, New] = Captures.try_emplace(Key);
      if (New)
        Order.push_back(Key);
      It->second.push_back({T, C.getLocation(), ByRef});
    }
  }

  for (const Object &Key : Order) {
    const std::vector<Capture> &Uses = Captures[Key];
    std::vector<int> Groups;
    for (const Capture &Use : Uses)
      if (std::find(Groups.begin(), Groups.end(), S.tasks[Use.Task].group) == Groups.end())
        Groups.push_back(S.tasks[Use.Task].group);
    if (Groups.size() < 2)
      continue;
    const VarDecl *Var = Key.first;
    std::string Key_ = "shared " + std::to_string(Var->getLocation().getRawEncoding());
    for (RawLoc Call : Key.second)
      Key_ += " " + std::to_string(Call);
    if (!firstReport(Key_))
      continue;
    std::string Names;
    for (std::size_t I = 0; I < Groups.size(); ++I)
      Names += std::string(I == 0                   ? ""
                           : I + 1 == Groups.size() ? " and "
                                                    : ", ") +
               (Groups[I] == 0 ? "the DAG's top level" : "'" + S.groups[Groups[I]].group_id + "'");
    const bool AllByRef =
        std::all_of(Uses.begin(), Uses.end(), [](const Capture &U) { return U.ByRef; });
    diag(Var->getLocation(),
         "%select{the object '%1' points to is shared through copies of the pointer|mutable "
         "object '%1' is captured by reference}0 by tasks of %2 groups (%3): hidden state "
         "shared between groups, so their results depend on the order the executor runs them "
         "and no group can be tested or rerun on its own")
        << AllByRef << Var->getName() << static_cast<unsigned>(Groups.size()) << Names;
    for (const Capture &Use : Uses)
      diag(Use.At, "%select{pointer copied into|captured by reference by}0 task '%1'",
           DiagnosticIDs::Note)
          << Use.ByRef << S.tasks[Use.Task].task_id;
  }
}

} // namespace clang::tidy::taskgroup
