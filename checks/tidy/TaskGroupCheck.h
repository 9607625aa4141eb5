// The base of every `taskgroup-*` check: the model of the translation unit is built once, by
// the first check that asks, and shared by all of them (one model, many consumers). A check
// implements `checkModel` and reads the model; this class turns the model's raw locations back
// into Clang's and adds the notes every finding carries (group chain, call chain, loop).
#pragma once

#include "clang-tidy/ClangTidyCheck.h"

#include "Model.h"

#include "llvm/ADT/MapVector.h"

#include <functional>
#include <memory>

namespace clang::tidy::taskgroup {

struct RenamePlan;
struct FlattenPlan;

/// A node of one DAG of the model.
struct NodeAt {
  const tgmodel::DagModel &Dag;
  tg::detail::NodeRef Node;

  const tgmodel::NodeInfo &info() const {
    return Node.is_group ? Dag.group_info[Node.index] : Dag.task_info[Node.index];
  }
  const std::string &id() const { return Dag.state.id_of(Node); }
  const std::string &label() const {
    return Node.is_group ? Dag.state.groups[Node.index].label : Dag.state.tasks[Node.index].label;
  }
  /// The group holding the node (the root group, 0, for top-level nodes).
  int parent() const {
    return Node.is_group ? Dag.state.groups[Node.index].parent : Dag.state.tasks[Node.index].group;
  }
  const char *kind() const { return Node.is_group ? "group" : "task"; }
  /// The label as the program wrote it: a node kept under `<label>__N` after a collision was
  /// written `<label>`.
  std::string writtenLabel() const {
    return info().conflict_id().empty() ? label() : label().substr(0, label().rfind("__"));
  }
};

/// Findings held back so that those at one place are reported once: a loop or a factory
/// creates many nodes at one line, and a hundred warnings there help nobody (nor the time it
/// takes to print them). The first finding at a place becomes a warning with its notes; each
/// later one, a single note under it that says what it says about its node, up to a limit,
/// after which one note counts the rest (as clang caps a template backtrace).
class FindingsByPlace {
public:
  /// Emits one finding: as a warning with its fixes and notes, or `AsNote`, as one note.
  /// `AtPlace` is the number of findings held at its place (a fix is refused when > 1).
  using Report = std::function<void(bool AsNote, std::size_t AtPlace)>;

  /// `Check` emits the note that counts the findings past `MaxNotes` at one place.
  FindingsByPlace(ClangTidyCheck &Check, unsigned MaxNotes) : Check(Check), MaxNotes(MaxNotes) {}

  /// Holds a finding pointing at `Place`. Findings of different `Kind`s at one place stay
  /// apart, and so does one with a fix: its fix is never dropped into a note.
  void add(SourceLocation Place, unsigned Kind, Report R, bool HasFix = false);
  /// Emits every finding held, places in the order they were first seen, and forgets them.
  void flush();

private:
  ClangTidyCheck &Check;
  const unsigned MaxNotes;
  llvm::MapVector<std::pair<SourceLocation, unsigned>, std::vector<Report>> Places;
  unsigned Unmerged = 0;
};

class TaskGroupCheck : public ClangTidyCheck {
public:
  TaskGroupCheck(StringRef Name, ClangTidyContext *Context);

  bool isLanguageVersionSupported(const LangOptions &LangOpts) const override {
    return LangOpts.CPlusPlus20;
  }
  void registerMatchers(ast_matchers::MatchFinder *Finder) final;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) final;
  void onEndOfTranslationUnit() override;

protected:
  /// Reports the findings of one translation unit.
  virtual void checkModel(const tgmodel::Model &Model) = 0;

  SourceManager &sources() const { return *SM; }
  ASTContext &context() const { return *Ctx; }
  static SourceLocation location(tgmodel::RawLoc Raw) {
    return SourceLocation::getFromRawEncoding(static_cast<SourceLocation::UIntTy>(Raw));
  }
  /// Where a finding about a node points: its id as written, else the creating call.
  SourceLocation where(const tgmodel::NodeInfo &Info) const;
  /// The notes every finding about a node carries: the group chain, the calls that created
  /// it, and the loop it was created in.
  void noteOrigin(const NodeAt &N);
  /// The note that says what a safe rename fix does (nothing for a refused one).
  void noteRename(SourceLocation Loc, const RenamePlan &Plan);
  /// "group 'a' > group 'a.b'": the chain of groups holding the node, outermost first.
  static std::string groupChain(const NodeAt &N);
  /// The nodes created from the same string literal as `Info` (a factory's or a loop's id).
  unsigned nodesFromLiteral(const tgmodel::NodeInfo &Info) const {
    return Model->origins.nodes_from_literal(Info.id_literal);
  }
  /// The nodes created by the same call as `Info` (a factory's body runs once per call).
  unsigned nodesFromCall(const tgmodel::NodeInfo &Info) const {
    return Model->origins.nodes_from_call(Info.call_expr);
  }
  /// The note that says what a safe flatten or removal fix does (nothing for a refused one).
  void noteFlatten(SourceLocation Loc, const FlattenPlan &Plan, bool Removal = false);
  /// Findings to report once per place, with at most `MaxRepeatNotes` notes for the others.
  FindingsByPlace findingsByPlace() { return FindingsByPlace(*this, MaxRepeatNotes); }
  /// Stores `MaxRepeatNotes`, for the checks that report their findings by place.
  void storeMaxRepeatNotes(ClangTidyOptions::OptionMap &Opts) {
    Options.store(Opts, "MaxRepeatNotes", MaxRepeatNotes);
  }

private:
  const unsigned MaxRepeatNotes;
  std::shared_ptr<const tgmodel::Model> Model;
  SourceManager *SM = nullptr;
  ASTContext *Ctx = nullptr;
  bool Done = false;
};

} // namespace clang::tidy::taskgroup
