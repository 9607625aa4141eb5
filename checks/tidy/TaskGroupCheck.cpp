#include "TaskGroupCheck.h"

#include "Flatten.h"
#include "Interpreter.h"
#include "Rename.h"

#include "clang/AST/ASTContext.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"

#include <map>
#include <mutex>

using namespace clang::ast_matchers;

namespace clang::tidy::taskgroup {

namespace {
/// The models of the translation units being analysed, keyed by their AST. Checks hold the
/// model while their translation unit is processed; when the last one lets go, the entry
/// expires, so a later AST at the same address gets a model of its own. clangd builds ASTs on
/// several threads, hence the lock.
class SharedModels {
public:
  std::shared_ptr<const tgmodel::Model> get(ASTContext &Ctx) {
    std::lock_guard<std::mutex> Lock(Mutex);
    auto &Entry = Models[{&Ctx, Ctx.getTranslationUnitDecl()}];
    if (auto Existing = Entry.lock())
      return Existing;
    std::erase_if(Models, [](const auto &E) { return E.second.expired(); });
    auto Built = std::make_shared<const tgmodel::Model>(tgmodel::buildModel(Ctx));
    Models[{&Ctx, Ctx.getTranslationUnitDecl()}] = Built;
    return Built;
  }

private:
  std::mutex Mutex;
  std::map<std::pair<const ASTContext *, const Decl *>, std::weak_ptr<const tgmodel::Model>>
      Models;
};

SharedModels &sharedModels() {
  static SharedModels Instance;
  return Instance;
}

/// A check's first chance to build the model: the translation unit, or a top-level declaration
/// of the main file (inside clangd, only main-file declarations are traversed). It is tried on
/// every declaration of every header, once per check, so it refuses at once when the check has
/// run, and is a plain function rather than a composition of matchers.
class FirstChanceMatcher : public internal::MatcherInterface<Decl> {
public:
  explicit FirstChanceMatcher(const bool &Done) : Done(Done) {}

  bool matches(const Decl &D, internal::ASTMatchFinder *Finder,
               internal::BoundNodesTreeBuilder *) const override {
    if (Done)
      return false;
    if (isa<TranslationUnitDecl>(D))
      return true;
    if (!isa<TranslationUnitDecl>(D.getDeclContext()))
      return false;
    const SourceManager &SM = Finder->getASTContext().getSourceManager();
    return SM.isInMainFile(SM.getExpansionLoc(D.getBeginLoc()));
  }

private:
  const bool &Done;
};
} // namespace

TaskGroupCheck::TaskGroupCheck(StringRef Name, ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context), MaxRepeatNotes(Options.get("MaxRepeatNotes", 10U)) {}

void TaskGroupCheck::registerMatchers(MatchFinder *Finder) {
  Finder->addMatcher(internal::Matcher<Decl>(new FirstChanceMatcher(Done)), this);
}

void TaskGroupCheck::check(const MatchFinder::MatchResult &Result) {
  if (Done)
    return;
  Done = true;
  SM = Result.SourceManager;
  Ctx = Result.Context;
  Model = sharedModels().get(*Result.Context);
  // The checks walk the AST recursively (edits, placements): as deep as the interpreter.
  tgmodel::on_analysis_stack([&] { checkModel(*Model); });
}

void TaskGroupCheck::onEndOfTranslationUnit() {
  Model.reset();
  Done = false;
}

void FindingsByPlace::add(SourceLocation Place, unsigned Kind, Report R, bool HasFix) {
  // A kind of its own, past every caller's small kind numbers.
  if (HasFix)
    Kind = ~0U - Unmerged++;
  Places[{Place, Kind}].push_back(std::move(R));
}

void FindingsByPlace::flush() {
  for (const auto &[Key, Reports] : Places) {
    const std::size_t Shown = std::min<std::size_t>(Reports.size(), std::size_t{MaxNotes} + 1);
    for (std::size_t I = 0; I < Shown; ++I)
      Reports[I](/*AsNote=*/I > 0, Reports.size());
    if (const std::size_t More = Reports.size() - Shown)
      Check.diag(Key.first, "and %0 more finding%s0 like %select{this|these}1 at this place",
                 DiagnosticIDs::Note)
          << More << (Shown > 1);
  }
  Places.clear();
  Unmerged = 0;
}

SourceLocation TaskGroupCheck::where(const tgmodel::NodeInfo &Info) const {
  if (Info.id_literal.valid() && Info.id_literal.at)
    return location(Info.id_literal.at);
  return location(Info.at);
}

std::string TaskGroupCheck::groupChain(const NodeAt &N) {
  std::vector<std::string> Chain;
  const auto &S = N.Dag.state;
  for (int G = N.parent(); G > 0 && Chain.size() < 1000; G = S.groups[G].parent)
    Chain.push_back("'" + S.groups[G].group_id + "'");
  std::string Out;
  for (auto It = Chain.rbegin(); It != Chain.rend(); ++It)
    Out += (Out.empty() ? "" : " > ") + *It;
  return Out;
}

void TaskGroupCheck::noteOrigin(const NodeAt &N) {
  const tgmodel::NodeInfo &Info = N.info();
  if (std::string Chain = groupChain(N); !Chain.empty())
    diag(location(Info.at), "%0 '%1' is created inside %2", DiagnosticIDs::Note)
        << N.kind() << N.writtenLabel() << Chain;
  for (tgmodel::RawLoc Call : Info.calls())
    diag(location(Call), "in this call", DiagnosticIDs::Note);
  if (Info.loop)
    diag(location(Info.loop), "in this loop", DiagnosticIDs::Note);
}

void TaskGroupCheck::noteRename(SourceLocation Loc, const RenamePlan &Plan) {
  if (Plan.safe() && !Plan.Fixes.empty())
    diag(Loc, "renamed to '%0'%select{| and %2 string reference%s2 updated}1", DiagnosticIDs::Note)
        << Plan.NewId << (Plan.References > 0) << Plan.References;
}

void TaskGroupCheck::noteFlatten(SourceLocation Loc, const FlattenPlan &Plan, bool Removal) {
  if (!Plan.safe() || Plan.Fixes.empty())
    return;
  if (Removal) {
    diag(Loc, "removed the statement that creates it", DiagnosticIDs::Note);
    return;
  }
  diag(Loc, "flattened into %select{the DAG|'%1'}0%select{| and %3 string reference%s3 updated}2",
       DiagnosticIDs::Note)
      << !Plan.Parent.empty() << Plan.Parent << (Plan.References > 0) << Plan.References;
}

} // namespace clang::tidy::taskgroup
