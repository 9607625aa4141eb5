#include "Flatten.h"

#include "Edits.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/Lex/Lexer.h"

#include <regex>

namespace clang::tidy::taskgroup {

using tg::detail::NodeRef;
using tgmodel::NodeInfo;

namespace {

/// Where the value of the creating call goes.
struct CallUse {
  const Stmt *Statement = nullptr; // the call is a whole expression statement
  const Stmt *StatementParent = nullptr;
  const VarDecl *Var = nullptr;   // or it initialises this variable
  const DeclStmt *Decl = nullptr; // declared by this statement
};

bool isWrapper(const Stmt *S) {
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(S))
    return Construct->getNumArgs() == 1; // a copy or move of the call's value
  return isa<ExprWithCleanups, MaterializeTemporaryExpr, CXXBindTemporaryExpr, ImplicitCastExpr,
             ParenExpr>(S);
}

CallUse useOf(const CallExpr *Call, ASTContext &Ctx) {
  CallUse Use;
  DynTypedNode Node = DynTypedNode::create(*Call);
  for (int Depth = 0; Depth < 64; ++Depth) {
    auto Parents = Ctx.getParents(Node);
    if (Parents.size() != 1)
      return Use;
    const DynTypedNode &P = Parents[0];
    if (const auto *S = P.get<Stmt>(); S && isa<Expr>(S) && isWrapper(S)) {
      Node = P;
      continue;
    }
    if (const auto *S = P.get<Stmt>(); S && !isa<Expr>(S)) {
      if (isa<CompoundStmt, IfStmt, ForStmt, WhileStmt, DoStmt, CXXForRangeStmt, SwitchStmt,
              CaseStmt, DefaultStmt, LabelStmt>(S)) {
        Use.Statement = Node.get<Stmt>();
        Use.StatementParent = S;
      }
      return Use;
    }
    if (const auto *V = P.get<VarDecl>()) {
      Use.Var = V;
      auto DeclParents = Ctx.getParents(P);
      if (DeclParents.size() == 1)
        Use.Decl = DeclParents[0].get<DeclStmt>();
    }
    return Use;
  }
  return Use;
}

/// The source text of `E` as written.
std::string textOf(const Expr *E, ASTContext &Ctx) {
  return Lexer::getSourceText(CharSourceRange::getTokenRange(E->getSourceRange()),
                              Ctx.getSourceManager(), Ctx.getLangOpts())
      .str();
}

SourceLocation endOf(SourceLocation Loc, ASTContext &Ctx) {
  return Lexer::getLocForEndOfToken(Loc, 0, Ctx.getSourceManager(), Ctx.getLangOpts());
}

/// A name for the parent's handle that `Text` does not use ("root", "root_1", ...).
std::string freshName(const std::string &Text) {
  for (int I = 0;; ++I) {
    std::string Name = I ? "root_" + std::to_string(I) : "root";
    if (!std::regex_search(Text, std::regex("\\b" + Name + "\\b")))
      return Name;
  }
}

/// The fix that removes `Range`, widened to whole lines when nothing else shares them.
/// Clang's fix-it merging eats one whitespace character after a pure removal (so that
/// `a  b` does not keep two spaces): a removal followed by the next line's indentation would
/// take a space of it. So the edit runs to the next line's first character and puts its
/// indentation back, which makes it a replacement, which is taken as written.
FixItHint removeLines(CharSourceRange Range, const SourceManager &SM) {
  bool Invalid = false;
  StringRef Buffer = SM.getBufferData(SM.getFileID(Range.getBegin()), &Invalid);
  if (Invalid)
    return FixItHint::CreateRemoval(Range);
  unsigned Begin = SM.getFileOffset(Range.getBegin()), End = SM.getFileOffset(Range.getEnd());
  auto Blank = [&](unsigned I) { return Buffer[I] == ' ' || Buffer[I] == '\t'; };
  unsigned LineBegin = Begin, LineEnd = End;
  while (LineBegin > 0 && Blank(LineBegin - 1))
    --LineBegin;
  while (LineEnd < Buffer.size() && Blank(LineEnd))
    ++LineEnd;
  if ((LineBegin != 0 && Buffer[LineBegin - 1] != '\n') ||
      (LineEnd != Buffer.size() && Buffer[LineEnd] != '\n'))
    return FixItHint::CreateRemoval(Range);
  unsigned Next = LineEnd + (LineEnd < Buffer.size()), Indented = Next;
  while (Indented < Buffer.size() && Blank(Indented))
    ++Indented;
  SourceLocation From = Range.getBegin().getLocWithOffset(-static_cast<int>(Begin - LineBegin));
  SourceLocation To = Range.getEnd().getLocWithOffset(static_cast<int>(Indented - End));
  return FixItHint::CreateReplacement(CharSourceRange::getCharRange(From, To),
                                      Buffer.substr(Next, Indented - Next));
}

std::string listIds(const std::vector<std::string> &Ids) {
  std::string Out;
  const std::size_t Shown = std::min<std::size_t>(Ids.size(), 3);
  for (std::size_t I = 0; I < Shown; ++I)
    Out += (I == 0 ? "" : I + 1 == Shown && Ids.size() == Shown ? " and " : ", ") + ("'" + Ids[I] + "'");
  if (Ids.size() > Shown)
    Out += " and " + std::to_string(Ids.size() - Shown) + " more";
  return Out;
}

/// Why group `G` itself cannot be edited: how it is made; empty when it can.
std::string groupRefusal(const NodeAt &G, unsigned CallUses) {
  const NodeInfo &Info = G.info();
  if (Info.dynamic)
    return "the group's id is built at run time";
  if (Info.many || (Info.loop && CallUses != 1))
    return "the group is created in a loop";
  if (Info.maker())
    return "the group is made by a tg::task_group decorator";
  if (G.Dag.state.groups[G.Node.index].mapped)
    return "the group is mapped";
  if (!Info.conflict_id().empty() || Info.invalid)
    return "the group's id is refused by the runtime";
  return {};
}

/// Why the program still needs group `G`: something names it; empty when nothing does.
std::string usageRefusal(const NodeAt &G, const SourceManager &SM) {
  const NodeInfo &Info = G.info();
  if (!Info.refs().empty())
    return "the group is referred to by its id at " + lineOf(SM, Info.refs().front().at);
  for (const tgmodel::Relation &R : G.Dag.relations) {
    bool Named = R.self == G.Node || std::find(R.others.begin(), R.others.end(), G.Node) !=
                                         R.others.end();
    if (Named)
      return "the group is used in a dependency at " + lineOf(SM, R.at);
  }
  return {};
}

/// Why the creating call itself cannot be edited from here; empty when it can.
std::string callRefusal(const CallExpr *Call, const SourceManager &SM, unsigned CallUses,
                        bool Headers = false) {
  if (!Call)
    return "its creating call is not known";
  if (Call->getBeginLoc().isMacroID() || Call->getEndLoc().isMacroID())
    return "its creating call is spelled inside a macro";
  if (!editableFile(Call->getBeginLoc(), SM, Headers))
    return "its creating call is in a header shared by other translation units";
  if (CallUses > 1)
    return "its creating call makes " + std::to_string(CallUses) + " groups";
  return {};
}

/// The edits that make the children of the group created by `Call` be created on its parent.
class CallRewrite {
public:
  CallRewrite(const CXXMemberCallExpr *Call, ASTContext &Ctx) : Call(Call), Ctx(Ctx) {}

  /// Adds the edits to `Fixes`, or returns why it cannot.
  std::string rewrite(std::vector<FixItHint> &Fixes) {
    const Expr *Object = Call->getImplicitObjectArgument();
    const auto *Member = dyn_cast<MemberExpr>(Call->getCallee()->IgnoreParens());
    if (!Object || !Member || Member->isImplicitAccess())
      return "its creating call has no written receiver";
    ObjectText = textOf(Object, Ctx);
    if (ObjectText.empty())
      return "its creating call's receiver cannot be read";
    QualType Type = Object->getType();
    if (Member->isArrow())
      Type = Type->getPointeeType();
    const auto *Record = Type->getAsCXXRecordDecl();
    bool FromDag = Record && Record->getName() == "Dag";
    if (FromDag)
      Parent = ObjectText + (Member->isArrow() ? "->root()" : ".root()");
    else
      Parent = Member->isArrow() ? "(*" + ObjectText + ")" : ObjectText;
    ParentIsLvalue = !FromDag && (Member->isArrow() || Object->isLValue());
    ParentIsPure = !Object->HasSideEffects(Ctx);

    const FunctionDecl *Method = Call->getDirectCallee();
    bool Scoped = Method && Method->getTemplateSpecializationArgs() && Call->getNumArgs() >= 2;
    if (!Scoped) {
      Fixes.push_back(FixItHint::CreateReplacement(
          CharSourceRange::getTokenRange(Call->getSourceRange()), Parent));
      return {};
    }
    return rewriteScoped(Call->getArg(Call->getNumArgs() - 1), Fixes);
  }

private:
  /// `p.group("id", {...}, BODY)` -> `BODY(p)`: two edits around BODY, which stays as it is
  /// (the reference edits inside it must not overlap).
  std::string rewriteScoped(const Expr *Body, std::vector<FixItHint> &Fixes) {
    if (Body->getBeginLoc().isMacroID() || Body->getEndLoc().isMacroID())
      return "its body is spelled inside a macro";
    const Expr *Bare = Body->IgnoreImplicit();
    bool Primary = isa<LambdaExpr, DeclRefExpr>(Bare);
    std::string Open = Primary ? "" : "(", Close = Primary ? "" : ")";
    std::string Name = freshName(textOf(Body, Ctx) + " " + ObjectText);
    std::string Before, After;
    CallUse Use = useOf(Call, Ctx);
    SourceLocation End = endOf(Call->getEndLoc(), Ctx);
    if (Use.Statement && ParentIsLvalue) {
      After = "(" + Parent + ")";
    } else if (Use.Statement) {
      // A temporary parent (the DAG's root) for a body that may take `tg::TaskGroup &`.
      SourceLocation Semi = Lexer::findLocationAfterToken(Call->getEndLoc(), tok::semi,
                                                          Ctx.getSourceManager(),
                                                          Ctx.getLangOpts(), false);
      if (Semi.isInvalid())
        return "its statement's end cannot be found";
      End = Semi;
      Before = "{ tg::TaskGroup " + Name + " = " + Parent + "; ";
      After = "(" + Name + "); }";
    } else if (ParentIsLvalue && ParentIsPure) {
      Before = "(";
      After = "(" + Parent + "), " + Parent + ")";
    } else {
      Before = "[&] { tg::TaskGroup " + Name + " = " + Parent + "; ";
      After = "(" + Name + "); return " + Name + "; }()";
    }
    Fixes.push_back(FixItHint::CreateReplacement(
        CharSourceRange::getCharRange(Call->getBeginLoc(), Body->getBeginLoc()), Before + Open));
    Fixes.push_back(FixItHint::CreateReplacement(
        CharSourceRange::getCharRange(endOf(Body->getEndLoc(), Ctx), End), Close + After));
    return {};
  }

  const CXXMemberCallExpr *Call;
  ASTContext &Ctx;
  std::string ObjectText, Parent;
  bool ParentIsLvalue = false, ParentIsPure = false;
};

bool referencedElsewhere(const VarDecl *Var, ASTContext &Ctx) {
  using namespace ast_matchers;
  return !match(declRefExpr(to(varDecl(equalsNode(Var)))), Ctx).empty();
}

} // namespace

FlattenPlan planFlatten(const NodeAt &G, ASTContext &Ctx, unsigned CallUses, bool Headers) {
  FlattenPlan Plan;
  const SourceManager &SM = Ctx.getSourceManager();
  const auto &S = G.Dag.state;
  const auto &Data = S.groups[G.Node.index];
  Plan.Parent = S.groups[Data.parent].group_id;
  if (Plan.Refusal = groupRefusal(G, CallUses); !Plan.safe())
    return Plan;
  if (!Data.options.default_args.empty()) {
    Plan.Refusal = "its default_args apply to its tasks";
    return Plan;
  }
  MovedSubtree Tree = MovedSubtree::flattened(G);
  if (Plan.Collisions = Tree.collisions(); !Plan.Collisions.empty()) {
    Plan.Refusal = "flattening would make " + listIds(Plan.Collisions) + ", which " +
                   (Plan.Collisions.size() == 1 ? "already exists" : "already exist");
    return Plan;
  }
  if (Plan.Refusal = usageRefusal(G, SM); !Plan.safe())
    return Plan;
  const auto *Call = static_cast<const CallExpr *>(G.info().call_expr);
  if (Plan.Refusal = callRefusal(Call, SM, CallUses, Headers); !Plan.safe())
    return Plan;
  const auto *MemberCall = dyn_cast<CXXMemberCallExpr>(Call);
  if (!MemberCall) {
    Plan.Refusal = "its creating call is not a member call";
    return Plan;
  }
  if (Plan.Refusal = CallRewrite(MemberCall, Ctx).rewrite(Plan.Fixes); !Plan.safe())
    return Plan;
  ReferenceEdits Refs(SM, Plan.Fixes, Headers);
  Refs.updateResolved(G.Dag, Tree, /*SkipRoot=*/true, G.Node);
  Plan.Refusal = Refs.Refusal;
  Plan.References = Refs.References;
  if (!Plan.safe())
    Plan.Fixes.clear();
  return Plan;
}

FlattenPlan planRemoval(const NodeAt &G, ASTContext &Ctx, unsigned CallUses) {
  FlattenPlan Plan;
  const SourceManager &SM = Ctx.getSourceManager();
  const auto &Data = G.Dag.state.groups[G.Node.index];
  Plan.Parent = G.Dag.state.groups[Data.parent].group_id;
  if (!Data.children.empty()) {
    Plan.Refusal = "the group is not empty";
    return Plan;
  }
  if (Plan.Refusal = groupRefusal(G, CallUses); !Plan.safe())
    return Plan;
  if (Plan.Refusal = usageRefusal(G, SM); !Plan.safe())
    return Plan;
  const auto *Call = static_cast<const CallExpr *>(G.info().call_expr);
  if (Plan.Refusal = callRefusal(Call, SM, CallUses); !Plan.safe())
    return Plan;
  CallUse Use = useOf(Call, Ctx);
  SourceLocation Begin, End;
  if (Use.Statement && Use.StatementParent && isa<CompoundStmt>(Use.StatementParent)) {
    Begin = Use.Statement->getBeginLoc();
    End = Lexer::findLocationAfterToken(Use.Statement->getEndLoc(), tok::semi, SM,
                                        Ctx.getLangOpts(), false);
  } else if (Use.Var && Use.Decl && Use.Decl->isSingleDecl() &&
             !referencedElsewhere(Use.Var, Ctx)) {
    Begin = Use.Decl->getBeginLoc();
    End = endOf(Use.Decl->getEndLoc(), Ctx);
  } else {
    Plan.Refusal = "its handle is used";
    return Plan;
  }
  if (Begin.isInvalid() || End.isInvalid() || Begin.isMacroID() || End.isMacroID()) {
    Plan.Refusal = "its statement cannot be found";
    return Plan;
  }
  Plan.Fixes.push_back(removeLines(CharSourceRange::getCharRange(Begin, End), SM));
  return Plan;
}

} // namespace clang::tidy::taskgroup
