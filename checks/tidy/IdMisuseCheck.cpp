#include "IdMisuseCheck.h"

#include "Rename.h"

#include "clang/Basic/SourceManager.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

#include <algorithm>
#include <vector>

namespace clang::tidy::taskgroup {

IdMisuseCheck::IdMisuseCheck(StringRef Name, ClangTidyContext *Context)
    : TaskGroupCheck(Name, Context), WarnLength(Options.get("WarnLength", 64U)),
      MaxGroupIdLength(Options.get("MaxGroupIdLength", 200U)),
      MaxTaskIdLength(Options.get("MaxTaskIdLength", 250U)),
      CheckRepeatedParentPrefix(Options.get("CheckRepeatedParentPrefix", true)),
      CheckNonAscii(Options.get("CheckNonAscii", true)) {}

void IdMisuseCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, "WarnLength", WarnLength);
  Options.store(Opts, "MaxGroupIdLength", MaxGroupIdLength);
  Options.store(Opts, "MaxTaskIdLength", MaxTaskIdLength);
  Options.store(Opts, "CheckRepeatedParentPrefix", CheckRepeatedParentPrefix);
  Options.store(Opts, "CheckNonAscii", CheckNonAscii);
  storeMaxRepeatNotes(Opts);
}

namespace {

// The runtime's own limits (include/taskgroup/dag.hpp, validate_group_key/validate_task_key):
// the options may be stricter, but only these make the runtime refuse the DAG.
constexpr std::size_t RuntimeGroupLimit = 200, RuntimeTaskLimit = 250;

/// One character of an id as written: a code point decoded from UTF-8, or a stray byte.
struct Char {
  std::string Bytes; // as written
  unsigned Code = 0; // the code point (the byte itself when not valid UTF-8)
  bool Malformed = false;
};

std::vector<Char> decodeUtf8(const std::string &S) {
  std::vector<Char> Out;
  for (std::size_t I = 0; I < S.size();) {
    const auto B = static_cast<unsigned char>(S[I]);
    std::size_t Len = B < 0x80           ? 1
                      : (B >> 5) == 0x6  ? 2
                      : (B >> 4) == 0xE  ? 3
                      : (B >> 3) == 0x1E ? 4
                                         : 0;
    unsigned Code = Len == 1 ? B : Len == 2 ? B & 0x1F : Len == 3 ? B & 0x0F : B & 0x07;
    bool Ok = Len != 0 && I + Len <= S.size();
    for (std::size_t K = 1; Ok && K < Len; ++K) {
      const auto C = static_cast<unsigned char>(S[I + K]);
      Ok = (C & 0xC0) == 0x80;
      Code = (Code << 6) | (C & 0x3F);
    }
    // Overlong forms, surrogates and code points past U+10FFFF are malformed too.
    if (Ok && ((Len == 2 && Code < 0x80) || (Len == 3 && Code < 0x800) ||
               (Len == 4 && (Code < 0x10000 || Code > 0x10FFFF)) ||
               (Code >= 0xD800 && Code <= 0xDFFF)))
      Ok = false;
    if (!Ok) {
      Out.push_back({S.substr(I, 1), B, true});
      ++I;
      continue;
    }
    Out.push_back({S.substr(I, Len), Code, false});
    I += Len;
  }
  return Out;
}

/// The ASCII character a non-ASCII look-alike stands for (Cyrillic and Greek letters drawn like
/// Latin ones, fullwidth forms, dashes), or 0.
char skeleton(unsigned Code) {
  static const std::pair<unsigned, char> Table[] = {
      // Cyrillic capitals
      {0x0405, 'S'}, {0x0406, 'I'}, {0x0408, 'J'}, {0x0410, 'A'}, {0x0412, 'B'}, {0x0415, 'E'},
      {0x041A, 'K'}, {0x041C, 'M'}, {0x041D, 'H'}, {0x041E, 'O'}, {0x0420, 'P'}, {0x0421, 'C'},
      {0x0422, 'T'}, {0x0423, 'Y'}, {0x0425, 'X'}, {0x04AE, 'Y'}, {0x04C0, 'I'}, {0x051A, 'Q'},
      {0x051C, 'W'},
      // Cyrillic small letters
      {0x0430, 'a'}, {0x0435, 'e'}, {0x043E, 'o'}, {0x0440, 'p'}, {0x0441, 'c'}, {0x0443, 'y'},
      {0x0445, 'x'}, {0x0455, 's'}, {0x0456, 'i'}, {0x0458, 'j'}, {0x04BB, 'h'}, {0x04CF, 'l'},
      {0x0501, 'd'}, {0x051B, 'q'}, {0x051D, 'w'},
      // Greek capitals
      {0x0391, 'A'}, {0x0392, 'B'}, {0x0395, 'E'}, {0x0396, 'Z'}, {0x0397, 'H'}, {0x0399, 'I'},
      {0x039A, 'K'}, {0x039C, 'M'}, {0x039D, 'N'}, {0x039F, 'O'}, {0x03A1, 'P'}, {0x03A4, 'T'},
      {0x03A5, 'Y'}, {0x03A7, 'X'},
      // Greek small letters
      {0x03B1, 'a'}, {0x03B9, 'i'}, {0x03BA, 'k'}, {0x03BD, 'v'}, {0x03BF, 'o'}, {0x03C1, 'p'},
      {0x03C5, 'u'},
      // Dashes drawn like '-'
      {0x2010, '-'}, {0x2011, '-'}, {0x2012, '-'}, {0x2013, '-'}, {0x2212, '-'},
  };
  for (const auto &[From, To] : Table)
    if (From == Code)
      return To;
  if (Code >= 0xFF10 && Code <= 0xFF19) // fullwidth digits
    return static_cast<char>('0' + (Code - 0xFF10));
  if (Code >= 0xFF21 && Code <= 0xFF3A) // fullwidth capitals
    return static_cast<char>('A' + (Code - 0xFF21));
  if (Code >= 0xFF41 && Code <= 0xFF5A) // fullwidth small letters
    return static_cast<char>('a' + (Code - 0xFF41));
  if (Code == 0xFF3F)
    return '_';
  if (Code == 0xFF0D)
    return '-';
  return 0;
}

/// How an offending character is named in a message: `' '`, `'а' (U+0430, a look-alike of
/// 'a')`, `U+0009`, `byte 0xE9`.
std::string describe(const Char &C, bool LookAlikes) {
  std::string Out;
  llvm::raw_string_ostream OS(Out);
  if (C.Malformed) {
    OS << "byte " << llvm::format("0x%02X", C.Code) << " (not UTF-8)";
    return Out;
  }
  if (C.Code < 0x20 || C.Code == 0x7F) {
    OS << llvm::format("U+%04X", C.Code);
    return Out;
  }
  OS << "'" << C.Bytes << "'";
  if (C.Code >= 0x80) {
    OS << " (" << llvm::format("U+%04X", C.Code);
    if (char To = skeleton(C.Code); To && LookAlikes)
      OS << ", a look-alike of '" << To << "'";
    OS << ")";
  }
  return Out;
}

/// "a", "a and b", "a, b and c".
std::string listed(const std::vector<std::string> &Items) {
  std::string Out;
  for (std::size_t I = 0; I < Items.size(); ++I)
    Out += (I == 0 ? "" : I + 1 == Items.size() ? " and " : ", ") + Items[I];
  return Out;
}

/// The lengths of the labels a fully qualified id is made of, outermost first
/// (`a.b.c`: 1, 1, 1); the dots between them are not counted.
std::vector<std::size_t> composition(const NodeAt &N) {
  const auto &S = N.Dag.state;
  std::vector<std::size_t> Parts{N.label().size()};
  for (int G = N.parent(), Steps = 0; G > 0 && S.groups[G].options.prefix_group_id && Steps < 10000;
       G = S.groups[G].parent, ++Steps)
    Parts.insert(Parts.begin(), S.groups[G].label.size());
  std::size_t Total = Parts.size() - 1;
  for (std::size_t P : Parts)
    Total += P;
  if (Total != N.id().size()) // not a plain composition (should not happen): show nothing
    return {};
  return Parts;
}

/// True when every group whose id prefixes the node's is known: not the symbolic parent of a
/// factory nobody calls, nor a group with a run-time id.
bool knownPrefix(const NodeAt &N) {
  const auto &S = N.Dag.state;
  for (int G = N.parent(), Steps = 0; G > 0 && S.groups[G].options.prefix_group_id && Steps < 10000;
       G = S.groups[G].parent, ++Steps)
    if (N.Dag.group_info[G].dynamic || tgmodel::is_pattern(S.groups[G].group_id))
      return false;
  return true;
}

/// " (87 + 1 + 95 + 1 + 73)" for a composed id, nothing for a single label.
std::string showComposition(const NodeAt &N) {
  std::vector<std::size_t> Parts = composition(N);
  if (Parts.size() < 2)
    return {};
  std::string Out = " (";
  for (std::size_t I = 0; I < Parts.size(); ++I)
    Out += (I == 0 ? "" : " + 1 + ") + std::to_string(Parts[I]);
  return Out + ")";
}

/// " when this path is taken" for a node created under an unknown condition.
const char *onPaths(const tgmodel::NodeInfo &Info) {
  return Info.conditional ? " when this path is taken" : "";
}

} // namespace

void IdMisuseCheck::checkModel(const tgmodel::Model &Model) {
  Edited.clear();
  for (const tgmodel::DagModel &Dag : Model.dags) {
    Proposed.clear();
    FindingsByPlace Findings = findingsByPlace();
    for (int G = 1; G < static_cast<int>(Dag.state.groups.size()); ++G)
      checkNode({Dag, {true, G}}, Findings);
    for (int T = 0; T < static_cast<int>(Dag.state.tasks.size()); ++T)
      checkNode({Dag, {false, T}}, Findings);
    Findings.flush();
  }
}

void IdMisuseCheck::checkNode(const NodeAt &N, FindingsByPlace &Findings) {
  const tgmodel::NodeInfo &Info = N.info();
  // A node whose id holds a run-time part (`region_{?}`) gets a new id on every pass.
  if (Info.dynamic || tgmodel::is_pattern(N.id()))
    return;
  const bool Group = N.Node.is_group;
  const auto &S = N.Dag.state;
  // The label and id as the program wrote them (a node colliding with an earlier one is kept
  // under `<label>__N`; `conflict_id` is empty when the id it collides with is the empty one).
  const bool Collides = !Info.conflict_id().empty() || Info.conflict_with().index >= 0;
  const std::string KeptLabel = Collides ? N.label().substr(0, N.label().rfind("__")) : "";
  const std::string &Label = Collides ? KeptLabel : N.label();
  const std::string &Id = Collides ? Info.conflict_id() : N.id();
  const int Parent = N.parent();

  std::vector<std::string> Problems;
  bool Refused = false; // the runtime refuses the DAG because of this node's own id
  bool Fixable = false; // a problem the fix-it (sanitise, strip) addresses
  std::string Sanitised;

  // Characters outside the allowed set, checked on the label as written: the characters of
  // the groups above are theirs to report.
  std::vector<std::string> Offending;
  std::vector<unsigned> Seen;
  bool Dot = false, Space = false;
  bool InRun = false;
  // Most labels are plain: nothing to decode (a string per character) nor to sanitise.
  const bool Plain = std::all_of(Label.begin(), Label.end(),
                                 [&](char C) { return tg::detail::is_id_char(C, !Group); });
  if (Plain)
    Sanitised = Label;
  for (const Char &C : Plain ? std::vector<Char>() : decodeUtf8(Label)) {
    const bool Ascii = !C.Malformed && C.Code < 0x80;
    if (Ascii && tg::detail::is_id_char(static_cast<char>(C.Code), !Group)) {
      Sanitised += C.Bytes;
      InRun = false;
      continue;
    }
    if (char To = !Ascii && !C.Malformed && CheckNonAscii ? skeleton(C.Code) : 0;
        To && tg::detail::is_id_char(To, !Group)) {
      Sanitised += To;
      InRun = false;
    } else if (!InRun) {
      Sanitised += '_';
      InRun = true;
    }
    const unsigned Key = C.Malformed ? 0x80000000U | C.Code : C.Code;
    if (std::find(Seen.begin(), Seen.end(), Key) != Seen.end())
      continue;
    Seen.push_back(Key);
    Offending.push_back(describe(C, CheckNonAscii));
    Dot = Dot || (Ascii && C.Code == '.');
    Space = Space || (Ascii && C.Code == ' ');
  }
  if (!Offending.empty()) {
    Problems.push_back(
        "contains " + listed(Offending) + ", which " + (Offending.size() == 1 ? "is" : "are") +
        " not allowed in a " + N.kind() + " id (" +
        (Group ? "^[A-Za-z0-9_-]+$" : "^[A-Za-z0-9_.-]+$") +
        (Dot ? "; a '.' makes the ids below it read as one more level of groups" : "") + ")");
    Refused = Fixable = true;
  }

  // Empty ids.
  if (Label.empty()) {
    Problems.push_back(Id.empty() ? "is empty" : "has an empty label");
    Refused = Refused || Group || Id.empty();
    Fixable = false;
  }

  // A child repeating its group's id: `extract.extract_orders`, `report.report.daily`.
  std::string Stripped = Sanitised;
  if (CheckRepeatedParentPrefix && Parent > 0 && S.groups[Parent].options.prefix_group_id &&
      !N.Dag.group_info[Parent].dynamic) {
    const NodeAt ParentAt{N.Dag, {true, Parent}};
    const std::string ParentLabel = ParentAt.writtenLabel();
    auto Repeats = [&](const std::string &L) {
      return !ParentLabel.empty() && L.size() > ParentLabel.size() + 1 &&
             L.compare(0, ParentLabel.size(), ParentLabel) == 0 &&
             (L[ParentLabel.size()] == '_' || L[ParentLabel.size()] == '.');
    };
    // `report.daily` in `report` writes the prefix by hand: always a finding. `extract_orders`
    // in `extract` is one when the group's children carry its id as a naming convention (at
    // least half of them do), not when one child's name merely starts with the same word
    // (`load_job` beside `refresh_views`, `copy_into` and `analyze` in `load`).
    auto Convention = [&] {
      const auto &Children = S.groups[Parent].children;
      std::size_t Repeating = 0;
      for (tg::detail::NodeRef Child : Children)
        Repeating += Repeats(NodeAt{N.Dag, Child}.writtenLabel());
      return 2 * Repeating >= Children.size();
    };
    if (Repeats(Label) && (Label[ParentLabel.size()] == '.' || Convention())) {
      Problems.push_back("repeats the id of its group '" + S.groups[Parent].group_id + "'");
      if (Repeats(Sanitised))
        Stripped = Sanitised.substr(ParentLabel.size() + 1);
      Fixable = true;
    }
  }

  // Lengths: a group's own label and a task's fully qualified id against the runtime's limits,
  // the fully qualified id of either against WarnLength.
  // Under a group whose id is unknown, only a group's own label can be measured.
  const bool Measurable = knownPrefix(N);
  const std::size_t HardLength = Group ? Label.size() : Id.size();
  const unsigned Limit = Group ? MaxGroupIdLength : MaxTaskIdLength;
  if (HardLength > Limit && (Group || Measurable)) {
    if (Group && Id.size() != Label.size())
      Problems.push_back("is " + std::to_string(Label.size()) + " characters long without its " +
                         "group's prefix; the limit is " + std::to_string(Limit));
    else
      Problems.push_back("is " + std::to_string(HardLength) + " characters long; the limit is " +
                         std::to_string(Limit) + showComposition(N));
    Refused = Refused || HardLength > (Group ? RuntimeGroupLimit : RuntimeTaskLimit);
  } else if (WarnLength > 0 && Id.size() > WarnLength && Measurable) {
    Problems.push_back("is " + std::to_string(Id.size()) + " characters long" +
                       showComposition(N) + ", more than WarnLength (" +
                       std::to_string(WarnLength) + ")");
  }

  if (Problems.empty())
    return;

  // The fix: the sanitised label without the repeated prefix, through planRename.
  RenamePlan Plan;
  const std::string NewLabel = Stripped;
  const bool Offered = Fixable && !NewLabel.empty() && NewLabel != Label;
  if (Offered) {
    Plan = planRename(N, NewLabel, sources(), nodesFromLiteral(Info));
    if (Plan.safe()) {
      if (auto It = Proposed.find(Plan.NewId); It != Proposed.end())
        Plan.Refusal =
            "the new id '" + Plan.NewId + "' is already proposed for '" + It->second + "'";
    }
    if (Plan.safe())
      for (const FixItHint &Fix : Plan.Fixes) {
        auto It = Edited.find(Fix.RemoveRange.getBegin().getRawEncoding());
        if (It != Edited.end()) {
          PresumedLoc P = sources().getPresumedLoc(Fix.RemoveRange.getBegin());
          Plan.Refusal = "the fix of '" + It->second + "' edits the same string" +
                         (P.isValid() ? " at " + llvm::sys::path::filename(P.getFilename()).str() +
                                            ":" + std::to_string(P.getLine())
                                      : std::string()) +
                         "; apply it first";
          break;
        }
      }
    if (Plan.safe()) {
      Proposed.emplace(Plan.NewId, Id);
      for (const FixItHint &Fix : Plan.Fixes)
        Edited.emplace(Fix.RemoveRange.getBegin().getRawEncoding(), Id);
    } else {
      Plan.Fixes.clear();
    }
  }

  std::string Message;
  for (const std::string &Problem : Problems)
    Message += (Message.empty() ? "" : ", and ") + Problem;
  if (Refused)
    Message += std::string(": the runtime refuses the DAG (InvalidId)") + onPaths(Info);
  else
    Message += onPaths(Info);
  if (Space && Group)
    Message += "; a space in a group id crashed Airflow's schedulers (Airflow issue 17568)";
  if (Offered && !Plan.safe())
    Message += "; cannot be fixed automatically: " + Plan.Refusal;
  const bool HasFix = !Plan.Fixes.empty();
  Findings.add(
      where(Info), 0,
      [this, N, Id, Message, Plan = std::move(Plan), Offered](bool AsNote, std::size_t) {
        {
          auto D = diag(where(N.info()), "%0 id '%1' %2",
                        AsNote ? DiagnosticIDs::Note : DiagnosticIDs::Warning)
                   << N.kind() << Id << Message;
          if (AsNote)
            return;
          for (const FixItHint &Fix : Plan.Fixes)
            D << Fix;
        }
        if (Offered)
          noteRename(where(N.info()), Plan);
        noteOrigin(N);
      },
      HasFix);
}

} // namespace clang::tidy::taskgroup
