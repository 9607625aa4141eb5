#include "InconsistentGroupingCheck.h"

#include "Rename.h"

#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/StringExtras.h"

#include <algorithm>
#include <map>
#include <set>

namespace clang::tidy {

template <> struct OptionEnumMapping<taskgroup::InconsistentGroupingCheck::IdStyleKind> {
  using Kind = taskgroup::InconsistentGroupingCheck::IdStyleKind;
  static llvm::ArrayRef<std::pair<Kind, StringRef>> getEnumMapping() {
    static constexpr std::pair<Kind, StringRef> Mapping[] = {
        {Kind::Majority, "majority"},
        {Kind::SnakeCase, "snake_case"},
        {Kind::CamelCase, "camelCase"},
        {Kind::KebabCase, "kebab-case"}};
    return {Mapping};
  }
};

namespace taskgroup {

using tg::detail::NodeRef;
using tgmodel::DagModel;
using tgmodel::NodeInfo;

InconsistentGroupingCheck::InconsistentGroupingCheck(StringRef Name, ClangTidyContext *Context)
    : TaskGroupCheck(Name, Context), IdStyle(Options.get("IdStyle", IdStyleKind::Majority)),
      MinSiblings(Options.get("MinSiblings", 3U)),
      CheckStructure(Options.get("CheckStructure", true)),
      CheckPrefixFlag(Options.get("CheckPrefixFlag", true)) {}

void InconsistentGroupingCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, "IdStyle", IdStyle);
  Options.store(Opts, "MinSiblings", MinSiblings);
  Options.store(Opts, "CheckStructure", CheckStructure);
  Options.store(Opts, "CheckPrefixFlag", CheckPrefixFlag);
  storeMaxRepeatNotes(Opts);
}

void InconsistentGroupingCheck::checkModel(const tgmodel::Model &Model) {
  for (const DagModel &Dag : Model.dags) {
    FindingsByPlace Findings = findingsByPlace();
    for (int G = 0; G < static_cast<int>(Dag.state.groups.size()); ++G) {
      checkStyle(Dag, G, Findings);
      if (CheckStructure)
        checkStructure(Dag, G, Findings);
      if (CheckPrefixFlag)
        checkPrefixFlag(Dag, G, Findings);
    }
    Findings.flush();
  }
}

namespace {

/// The kinds of finding, kept apart when they point at one place.
enum FindingKind : unsigned { StyleFinding, StructureFinding, PrefixFlagFinding };

// ---- naming styles ----

/// None: not an id the check classifies (characters outside `[A-Za-z0-9_-]`). Neutral: one
/// lowercase word, which fits every style.
enum class Style { None, Neutral, Snake, Camel, Kebab, Pascal, Upper, Mixed };

const char *styleName(Style S) {
  switch (S) {
  case Style::Snake: return "snake_case";
  case Style::Camel: return "camelCase";
  case Style::Kebab: return "kebab-case";
  case Style::Pascal: return "PascalCase";
  case Style::Upper: return "UPPER_CASE";
  case Style::Mixed: return "of mixed style";
  case Style::None:
  case Style::Neutral: break;
  }
  return "unclassified";
}

Style styleOf(InconsistentGroupingCheck::IdStyleKind K) {
  using K_ = InconsistentGroupingCheck::IdStyleKind;
  return K == K_::SnakeCase ? Style::Snake : K == K_::CamelCase ? Style::Camel : Style::Kebab;
}

/// The label and the `__N` suffix the runtime adds on a collision (`ledger__2`), apart.
std::pair<std::string, std::string> splitSuffix(const std::string &Label) {
  std::size_t P = Label.rfind("__");
  if (P == std::string::npos || P == 0 || P + 2 == Label.size() ||
      !std::all_of(Label.begin() + P + 2, Label.end(), llvm::isDigit))
    return {Label, ""};
  return {Label.substr(0, P), Label.substr(P)};
}

Style classify(const std::string &Base) {
  if (Base.empty())
    return Style::None;
  bool Upper = false, Lower = false, Under = false, Dash = false;
  for (char C : Base) {
    if (llvm::isUpper(C))
      Upper = true;
    else if (llvm::isLower(C))
      Lower = true;
    else if (C == '_')
      Under = true;
    else if (C == '-')
      Dash = true;
    else if (!llvm::isDigit(C))
      return Style::None;
  }
  if (Under && Dash)
    return Style::Mixed;
  if (!Upper)
    return Under ? Style::Snake : Dash ? Style::Kebab : Style::Neutral;
  if (!Lower)
    return Style::Upper;
  if (Under || Dash)
    return Style::Mixed;
  return llvm::isUpper(Base[0]) ? Style::Pascal : Style::Camel;
}

/// The lowercase words of an id: split at `_`, `-` and case changes (`parseHTMLFile`: parse,
/// html, file).
std::vector<std::string> words(const std::string &Base) {
  std::vector<std::string> Out;
  std::string Word;
  auto Flush = [&] {
    if (!Word.empty())
      Out.push_back(Word);
    Word.clear();
  };
  for (std::size_t I = 0; I < Base.size(); ++I) {
    char C = Base[I];
    if (C == '_' || C == '-') {
      Flush();
      continue;
    }
    if (llvm::isUpper(C) && I > 0) {
      char Prev = Base[I - 1];
      bool AcronymEnd = llvm::isUpper(Prev) && I + 1 < Base.size() && llvm::isLower(Base[I + 1]);
      if (llvm::isLower(Prev) || llvm::isDigit(Prev) || AcronymEnd)
        Flush();
    }
    Word += llvm::toLower(C);
  }
  Flush();
  return Out;
}

/// `Label` rewritten in `Target` (a `__N` suffix is kept).
std::string convert(const std::string &Label, Style Target) {
  auto [Base, Suffix] = splitSuffix(Label);
  std::vector<std::string> Words = words(Base);
  if (Words.empty())
    return Label;
  std::string Out;
  for (std::size_t I = 0; I < Words.size(); ++I) {
    std::string W = Words[I];
    if (Target == Style::Camel) {
      if (I > 0)
        W[0] = llvm::toUpper(W[0]);
    } else if (I > 0) {
      Out += Target == Style::Kebab ? '-' : '_';
    }
    Out += W;
  }
  return Out + Suffix;
}

bool skipped(const NodeAt &N) {
  const NodeInfo &Info = N.info();
  return Info.dynamic || Info.invalid || tgmodel::is_pattern(N.id());
}

/// "in group 'ingest'", or "at the top level of DAG 'x'".
std::string container(const DagModel &Dag, int G) {
  const auto &S = Dag.state;
  if (G == 0)
    return Dag.factory ? "at the top level of the DAG passed to factory '" + S.dag_id + "'"
                       : "at the top level of DAG '" + S.dag_id + "'";
  if (Dag.factory && S.groups[G].parent == 0 && Dag.group_info[G].dynamic)
    return "in the group passed to factory '" + S.dag_id + "'";
  return "in group '" + S.groups[G].group_id + "'";
}

/// "its 4 siblings" or "3 of its 4 siblings" (`Noun` plural).
std::string countOf(std::size_t Part, std::size_t Whole, const std::string &Noun) {
  if (Part == Whole)
    return "its " + std::to_string(Whole) + " " + Noun;
  return std::to_string(Part) + " of its " + std::to_string(Whole) + " " + Noun;
}

/// "'a'", "'a' and 'b'", "'a', 'b' and 'c'", "'a', 'b', 'c' and 2 others".
std::string quotedList(const std::vector<std::string> &Items, std::size_t Max = 3) {
  std::string Out;
  std::size_t Shown = Items.size() > Max + 1 ? Max : Items.size();
  for (std::size_t I = 0; I < Shown; ++I) {
    if (I > 0)
      Out += I + 1 == Shown && Shown == Items.size() ? " and " : ", ";
    Out += "'" + Items[I] + "'";
  }
  if (Shown < Items.size())
    Out += " and " + std::to_string(Items.size() - Shown) + " others";
  return Out;
}

// ---- structure ----

/// `Label` with every whole-word occurrence of the group's own label `Base` replaced by `{}`
/// (`web_events` in `web` and `partner_events` in `partner` are the same step).
std::string withoutOwnLabel(const std::string &Label, const std::string &Base) {
  if (Base.empty())
    return Label;
  std::string Out;
  std::size_t I = 0;
  while (I < Label.size()) {
    std::size_t P = Label.find(Base, I);
    if (P == std::string::npos)
      break;
    std::size_t E = P + Base.size();
    bool Left = P == 0 || Label[P - 1] == '_' || Label[P - 1] == '-';
    bool Right = E == Label.size() || Label[E] == '_' || Label[E] == '-' || llvm::isUpper(Label[E]);
    Out += Label.substr(I, P - I);
    Out += Left && Right ? std::string("{}") : Base;
    I = E;
  }
  return Out + Label.substr(std::min(I, Label.size()));
}

/// What makes a descendant part of a group's shape: made in the same loop iteration as the
/// group, and for a factory's group, inside the factory's call (`Inside`, a prefix of the
/// descendant's calls). Descendants made by a loop inside the group (one per element of a
/// parameter, typically), added by the factory's caller, or with a run-time id are not.
struct ShapeScope {
  tgmodel::RawLoc Loop = 0;
  const std::vector<tgmodel::RawLoc> *Inside = nullptr;
  std::string Base; // the group's own label
};

/// The shape of a group: its descendants as `t:path` / `g:path`, relative to it, with the
/// group's own label factored out.
void collectShape(const DagModel &Dag, int G, const ShapeScope &Scope, const std::string &Prefix,
                  std::set<std::string> &Out, int Depth) {
  for (NodeRef C : Dag.state.groups[G].children) {
    NodeAt N{Dag, C};
    const NodeInfo &Info = N.info();
    if (Info.dynamic || tgmodel::is_pattern(N.id()) || Info.loop != Scope.Loop)
      continue;
    if (Scope.Inside && (Info.calls().size() < Scope.Inside->size() ||
                         !std::equal(Scope.Inside->begin(), Scope.Inside->end(),
                                     Info.calls().begin())))
      continue;
    std::string Path = Prefix + withoutOwnLabel(N.label(), Scope.Base);
    Out.insert((C.is_group ? "g:" : "t:") + Path);
    if (C.is_group && Depth < 16)
      collectShape(Dag, C.index, Scope, Path + ".", Out, Depth + 1);
  }
}

/// "task 'a'", "tasks 'a' and 'b'", "task 'a' and group 'b'": items `t:path`/`g:path` with
/// `{}` spelled as `Base`.
std::string describeItems(const std::vector<std::string> &Items, const std::string &Base) {
  std::vector<std::string> Tasks, Groups;
  for (const std::string &Item : Items) {
    std::string Path = Item.substr(2);
    for (std::size_t P; (P = Path.find("{}")) != std::string::npos;)
      Path.replace(P, 2, Base);
    (Item[0] == 't' ? Tasks : Groups).push_back(Path);
  }
  std::string Out;
  if (!Tasks.empty())
    Out += (Tasks.size() == 1 ? "task " : "tasks ") + quotedList(Tasks);
  if (!Groups.empty())
    Out += (Out.empty() ? "" : " and ") + std::string(Groups.size() == 1 ? "group " : "groups ") +
           quotedList(Groups);
  return Out;
}

} // namespace

SourceLocation InconsistentGroupingCheck::site(const NodeInfo &Info, bool PreferLiteral) const {
  const SourceManager &SM = sources();
  auto InMain = [&](tgmodel::RawLoc Raw) {
    SourceLocation L = location(Raw);
    return Raw != 0 && L.isValid() && SM.isInMainFile(SM.getExpansionLoc(L));
  };
  if (PreferLiteral && Info.id_literal.valid() && InMain(Info.id_literal.at))
    return location(Info.id_literal.at);
  if (InMain(Info.at))
    return location(Info.at);
  for (auto It = Info.calls().rbegin(); It != Info.calls().rend(); ++It)
    if (InMain(*It))
      return location(*It);
  return where(Info);
}

void InconsistentGroupingCheck::checkStyle(const DagModel &Dag, int Parent,
                                           FindingsByPlace &Findings) {
  struct Entry {
    NodeAt N;
    Style S;
    std::string NewLabel;
  };
  std::vector<Entry> Counted;
  for (NodeRef C : Dag.state.groups[Parent].children) {
    NodeAt N{Dag, C};
    if (skipped(N))
      continue;
    Style S = classify(splitSuffix(N.writtenLabel()).first);
    if (S != Style::None && S != Style::Neutral)
      Counted.push_back({N, S, {}});
  }
  const bool Fixed = IdStyle != IdStyleKind::Majority;
  Style Target = Style::None;
  std::size_t InTarget = 0;
  if (Fixed) {
    Target = styleOf(IdStyle);
  } else {
    if (Counted.size() < MinSiblings || Counted.empty())
      return;
    for (Style S : {Style::Snake, Style::Camel, Style::Kebab}) {
      std::size_t Count = std::count_if(Counted.begin(), Counted.end(),
                                        [&](const Entry &E) { return E.S == S; });
      if (2 * Count > Counted.size())
        Target = S, InTarget = Count;
    }
    if (Target == Style::None)
      return;
  }
  // Two siblings renamed to one id would collide once both fixes are applied.
  std::map<std::string, unsigned> NewLabels;
  for (Entry &E : Counted)
    if (E.S != Target)
      ++NewLabels[E.NewLabel = convert(E.N.writtenLabel(), Target)];

  for (const Entry &E : Counted) {
    if (E.S == Target)
      continue;
    const NodeAt &N = E.N;
    const NodeInfo &Info = N.info();
    const unsigned Uses = nodesFromLiteral(Info);
    RenamePlan Plan;
    if (NewLabels[E.NewLabel] > 1) {
      Plan.Refusal = "another sibling would also be renamed to '" + E.NewLabel + "'";
    } else if (Info.maker() && Uses > 1 && !Info.loop && !Info.many) {
      Plan.Refusal = "its literal creates " + std::to_string(Uses) + " nodes";
    } else {
      Plan = planRename(N, E.NewLabel, sources(), Uses);
    }
    const SourceLocation Loc = site(Info, true);
    const std::string Against =
        Fixed ? std::string()
              : countOf(InTarget, Counted.size() - 1, "siblings") + " " + container(Dag, Parent);
    const bool HasFix = !Plan.Fixes.empty();
    auto Report = [this, N, Loc, Against, Plan = std::move(Plan), Was = E.S,
                   Target](bool AsNote, std::size_t) {
      const auto Level = AsNote ? DiagnosticIDs::Note : DiagnosticIDs::Warning;
      {
        auto D = Against.empty()
                     ? diag(Loc, "%0 id '%1' is %2, but IdStyle requires %3%select{|; cannot be "
                                 "fixed automatically: %5}4", Level)
                           << N.kind() << N.writtenLabel() << styleName(Was) << styleName(Target)
                           << !Plan.safe() << Plan.Refusal
                     : diag(Loc, "%0 id '%1' is %2 while %3 are %4%select{|; cannot be fixed "
                                 "automatically: %6}5", Level)
                           << N.kind() << N.writtenLabel() << styleName(Was) << Against
                           << styleName(Target) << !Plan.safe() << Plan.Refusal;
        if (AsNote)
          return;
        for (const FixItHint &Fix : Plan.Fixes)
          D << Fix;
      }
      noteRename(Loc, Plan);
      noteOrigin(N);
    };
    Findings.add(Loc, StyleFinding, std::move(Report), HasFix);
  }
}

void InconsistentGroupingCheck::checkStructure(const DagModel &Dag, int Parent,
                                               FindingsByPlace &Findings) {
  const auto &S = Dag.state;
  // Sibling groups made by one piece of code: the same decorator, or the same creating call
  // (a loop's body, or a factory function called from several places).
  std::map<std::pair<bool, tgmodel::RawLoc>, std::vector<int>> Makers;
  for (NodeRef C : S.groups[Parent].children) {
    if (!C.is_group)
      continue;
    NodeAt N{Dag, C};
    const NodeInfo &Info = N.info();
    if (skipped(N) || S.groups[C.index].mapped || Info.many || (!Info.maker() && !Info.at))
      continue;
    Makers[Info.maker() ? std::make_pair(true, Info.maker()) : std::make_pair(false, Info.at)]
        .push_back(C.index);
  }
  for (const auto &[Key, Members] : Makers) {
    if (Members.size() < 3)
      continue;
    const NodeInfo &First = Dag.group_info[Members[0]];
    bool Loop = !Key.first && First.loop != 0;
    for (int G : Members)
      Loop = Loop && Dag.group_info[G].loop == First.loop && Dag.group_info[G].calls() == First.calls();
    std::vector<std::set<std::string>> Shapes;
    for (int G : Members) {
      const NodeInfo &Info = Dag.group_info[G];
      std::vector<tgmodel::RawLoc> Inside = Info.calls();
      if (Info.maker())
        Inside.push_back(Info.at); // the decorator's body runs inside its call
      ShapeScope Scope{Info.loop, Loop ? nullptr : &Inside, splitSuffix(S.groups[G].label).first};
      std::set<std::string> Shape;
      collectShape(Dag, G, Scope, "", Shape, 0);
      Shapes.push_back(std::move(Shape));
    }
    int Majority = -1;
    for (std::size_t I = 0; I < Shapes.size() && Majority < 0; ++I)
      if (2 * std::count(Shapes.begin(), Shapes.end(), Shapes[I]) >
          static_cast<std::ptrdiff_t>(Shapes.size()))
        Majority = static_cast<int>(I);
    if (Majority < 0)
      continue;
    std::vector<std::string> Like;
    for (std::size_t I = 0; I < Members.size(); ++I)
      if (Shapes[I] == Shapes[Majority])
        Like.push_back(S.groups[Members[I]].group_id);

    for (std::size_t I = 0; I < Members.size(); ++I) {
      if (Shapes[I] == Shapes[Majority])
        continue;
      NodeAt Odd{Dag, {true, Members[I]}};
      const NodeInfo &Info = Odd.info();
      std::vector<std::string> Extra, Missing;
      std::set_difference(Shapes[I].begin(), Shapes[I].end(), Shapes[Majority].begin(),
                          Shapes[Majority].end(), std::back_inserter(Extra));
      std::set_difference(Shapes[Majority].begin(), Shapes[Majority].end(), Shapes[I].begin(),
                          Shapes[I].end(), std::back_inserter(Missing));
      const std::string Base = splitSuffix(Odd.label()).first;
      std::string Difference;
      if (!Extra.empty())
        Difference = std::string(Extra.size() == 1 ? "has an extra " : "has extra ") +
                     describeItems(Extra, Base);
      if (!Missing.empty())
        Difference += (Difference.empty() ? "" : " and ") + std::string("lacks the ") +
                      describeItems(Missing, Base);
      const bool Literal = !Info.loop && nodesFromLiteral(Info) == 1;
      const SourceLocation Loc = site(Info, Literal);
      const std::string Message = "group '" + Odd.id() + "' is made by the same " +
                                  (Loop ? "loop" : "factory") + " as " + quotedList(Like) +
                                  " but " + Difference;
      const int Rep = Members[static_cast<std::size_t>(Majority)];
      const unsigned Shared = Like.size(), Made = Members.size();
      auto Report = [this, Odd, Loc, Message, Rep, Shared, Made](bool AsNote, std::size_t) {
        diag(Loc, "%0", AsNote ? DiagnosticIDs::Note : DiagnosticIDs::Warning) << Message;
        if (AsNote)
          return;
        const NodeInfo &RepInfo = Odd.Dag.group_info[Rep];
        diag(site(RepInfo, !RepInfo.loop && nodesFromLiteral(RepInfo) == 1),
             "group '%0' has the structure shared by %1 of the %2 groups", DiagnosticIDs::Note)
            << Odd.Dag.state.groups[Rep].group_id << Shared << Made;
        noteOrigin(Odd);
      };
      Findings.add(Loc, StructureFinding, std::move(Report));
    }
  }
}

void InconsistentGroupingCheck::checkPrefixFlag(const DagModel &Dag, int Parent,
                                                FindingsByPlace &Findings) {
  const auto &S = Dag.state;
  std::vector<int> On, Off;
  for (NodeRef C : S.groups[Parent].children) {
    if (!C.is_group || skipped(NodeAt{Dag, C}))
      continue;
    (S.groups[C.index].options.prefix_group_id ? On : Off).push_back(C.index);
  }
  if (On.empty() || Off.empty() || On.size() == Off.size())
    return;
  const bool MinorityValue = On.size() < Off.size();
  const std::vector<int> &Minority = MinorityValue ? On : Off;
  const std::vector<int> &Majority = MinorityValue ? Off : On;
  const std::size_t Siblings = On.size() + Off.size() - 1;
  for (int G : Minority) {
    NodeAt N{Dag, {true, G}};
    const NodeInfo &Info = N.info();
    const SourceLocation Loc = site(Info, !Info.loop && nodesFromLiteral(Info) == 1);
    const std::string Others =
        countOf(Majority.size(), Siblings, "sibling groups") + " " + container(Dag, Parent);
    auto Report = [this, N, Loc, Others, MinorityValue, Rep = Majority.front()](bool AsNote,
                                                                                std::size_t) {
      diag(Loc, "group '%0' has prefix_group_id = %1 while %2 have prefix_group_id = %3",
           AsNote ? DiagnosticIDs::Note : DiagnosticIDs::Warning)
          << N.id() << (MinorityValue ? "true" : "false") << Others
          << (MinorityValue ? "false" : "true");
      if (AsNote)
        return;
      const NodeInfo &RepInfo = N.Dag.group_info[Rep];
      diag(site(RepInfo, !RepInfo.loop && nodesFromLiteral(RepInfo) == 1),
           "group '%0' has prefix_group_id = %1", DiagnosticIDs::Note)
          << N.Dag.state.groups[Rep].group_id << (MinorityValue ? "false" : "true");
      noteOrigin(N);
    };
    Findings.add(Loc, PrefixFlagFinding, std::move(Report));
  }
}

} // namespace taskgroup
} // namespace clang::tidy
