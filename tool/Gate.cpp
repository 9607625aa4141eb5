#include "Gate.h"

#include "Batch.h"
#include "Linker.h"

#include "clang/Basic/Diagnostic.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "clang/Tooling/Core/Diagnostic.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/SHA256.h"
#include "llvm/Support/raw_ostream.h"

#include <algorithm>
#include <iostream>
#include <map>
#include <mutex>
#include <regex>
#include <set>

namespace taskgroup {

namespace {

struct Options {
  std::string BuildDir, Baseline, Sarif, Root, Checks = "taskgroup-*";
  std::string DocsUrl = "https://github.com/taskgroup-tidy/taskgroup-tidy/blob/main/docs/checks/";
  bool UpdateBaseline = false;
  bool Link = true; // link the units' models: conflicts between files (Linker.h)
  unsigned Jobs = 0;
};

struct Location {
  std::string File; // relative to the root when under it
  unsigned Line = 0, Column = 0;
  std::string Message;
};

struct Finding {
  std::string Check;
  Location At;
  std::vector<Location> Notes;
  std::string Fingerprint;
};

/// What happened to one translation unit.
struct UnitResult {
  std::string File;
  std::vector<Finding> Findings;
  std::string Error; // empty: checked
};

int usage(int Status) {
  (Status ? std::cerr : std::cout)
      << "usage: taskgroup gate -p BUILD_DIR [--baseline FILE] [--update-baseline]\n"
         "                      [--sarif FILE] [-j N] [--checks LIST] [--root DIR]\n"
         "                      [--docs-url URL] [--no-link]\n"
         "Runs the taskgroup checks over every translation unit of\n"
         "BUILD_DIR/compile_commands.json. Exit 0: no new finding; 1: new findings;\n"
         "2: a tool error (a file that does not compile, a bad argument).\n"
         "--no-link: do not link the units' models (a DAG whose factories are defined in\n"
         "other files is then checked one unit at a time; saves one parse per unit).\n";
  return Status;
}

bool parseArgs(const std::vector<std::string> &Args, Options &Opts) {
  for (std::size_t I = 0; I < Args.size(); ++I) {
    const std::string &A = Args[I];
    auto Value = [&](std::string &Out) {
      if (I + 1 >= Args.size())
        return false;
      Out = Args[++I];
      return true;
    };
    std::string Jobs;
    if ((A == "-p" && Value(Opts.BuildDir)) || (A == "--baseline" && Value(Opts.Baseline)) ||
        (A == "--sarif" && Value(Opts.Sarif)) || (A == "--checks" && Value(Opts.Checks)) ||
        (A == "--root" && Value(Opts.Root)) || (A == "--docs-url" && Value(Opts.DocsUrl)))
      continue;
    if (A == "-j" && Value(Jobs)) {
      Opts.Jobs = static_cast<unsigned>(std::max(1, std::atoi(Jobs.c_str())));
      continue;
    }
    if (A == "--update-baseline") {
      Opts.UpdateBaseline = true;
      continue;
    }
    if (A == "--no-link") {
      Opts.Link = false;
      continue;
    }
    std::cerr << "taskgroup gate: unexpected argument '" << A << "'\n";
    return false;
  }
  if (Opts.BuildDir.empty()) {
    std::cerr << "taskgroup gate: -p BUILD_DIR is required\n";
    return false;
  }
  if (Opts.UpdateBaseline && Opts.Baseline.empty()) {
    std::cerr << "taskgroup gate: --update-baseline needs --baseline FILE\n";
    return false;
  }
  return true;
}

std::string relative(const std::string &File, const std::string &Root) {
  llvm::SmallString<256> Abs(File);
  llvm::sys::path::remove_dots(Abs, true);
  llvm::StringRef R(Abs);
  if (!Root.empty() && R.consume_front(Root) && R.consume_front("/"))
    return R.str();
  return std::string(Abs);
}

Location locationOf(const clang::tooling::DiagnosticMessage &M, const std::string &Root) {
  Location L;
  L.Message = M.Message;
  if (M.FilePath.empty())
    return L;
  auto [Line, Column] = lineColumn(M.FilePath, M.FileOffset);
  L.File = relative(M.FilePath, Root);
  L.Line = Line;
  L.Column = Column;
  return L;
}

/// A fingerprint that survives moving code: the check, the file and the message with every
/// `file:line` and `line N` taken out (messages name the DAG and the node's id).
std::string fingerprint(const Finding &F) {
  static const std::regex Lines(R"(([A-Za-z0-9_.+-]+):[0-9]+(:[0-9]+)?|\bline [0-9]+)");
  std::string Message = std::regex_replace(F.At.Message, Lines, "$1");
  llvm::SHA256 Hash;
  Hash.update(F.Check + '\0' + F.At.File + '\0' + Message);
  auto Digest = Hash.final();
  return llvm::toHex(llvm::ArrayRef<uint8_t>(Digest.data(), 16), /*LowerCase=*/true);
}

UnitResult findingsOf(const TidyRun &Run, const Options &Opts) {
  UnitResult Result;
  Result.File = Run.File;
  Result.Error = Run.Error;
  for (const auto &D : Run.Diags.Diagnostics) {
    if (!llvm::StringRef(D.DiagnosticName).starts_with("taskgroup-"))
      continue;
    Finding F;
    F.Check = D.DiagnosticName;
    F.At = locationOf(D.Message, Opts.Root);
    for (const auto &Note : D.Notes)
      F.Notes.push_back(locationOf(Note, Opts.Root));
    F.Fingerprint = fingerprint(F);
    Result.Findings.push_back(std::move(F));
  }
  return Result;
}

/// Findings of all units, each reported once (a shared header's finding comes from every
/// translation unit that includes it).
std::vector<Finding> merge(const std::vector<UnitResult> &Units) {
  std::vector<Finding> All;
  std::set<std::tuple<std::string, std::string, unsigned, unsigned, std::string>> Seen;
  for (const UnitResult &U : Units)
    for (const Finding &F : U.Findings)
      if (Seen.insert({F.Check, F.At.File, F.At.Line, F.At.Column, F.At.Message}).second)
        All.push_back(F);
  std::sort(All.begin(), All.end(), [](const Finding &A, const Finding &B) {
    return std::tie(A.At.File, A.At.Line, A.At.Column, A.Check) <
           std::tie(B.At.File, B.At.Line, B.At.Column, B.Check);
  });
  return All;
}

std::multiset<std::string> readBaseline(const std::string &Path, std::string &Error) {
  std::multiset<std::string> Out;
  auto Buffer = llvm::MemoryBuffer::getFile(Path);
  if (!Buffer)
    return Out; // no baseline yet: everything is new
  auto Json = llvm::json::parse((*Buffer)->getBuffer());
  if (!Json) {
    Error = "cannot read the baseline " + Path + ": " + llvm::toString(Json.takeError());
    return Out;
  }
  if (const auto *Obj = Json->getAsObject())
    if (const auto *List = Obj->getArray("findings"))
      for (const auto &Entry : *List)
        if (const auto *E = Entry.getAsObject())
          if (auto Fp = E->getString("fingerprint"))
            Out.insert(Fp->str());
  return Out;
}

bool writeJson(const std::string &Path, llvm::json::Value Value) {
  std::error_code EC;
  llvm::raw_fd_ostream Out(Path, EC);
  if (EC) {
    std::cerr << "taskgroup gate: cannot write " << Path << ": " << EC.message() << "\n";
    return false;
  }
  Out << llvm::formatv("{0:2}", Value) << "\n";
  return true;
}

bool writeBaseline(const std::string &Path, const std::vector<Finding> &All) {
  llvm::json::Array List;
  for (const Finding &F : All)
    List.push_back(llvm::json::Object{{"fingerprint", F.Fingerprint},
                                      {"check", F.Check},
                                      {"file", F.At.File},
                                      {"message", F.At.Message}});
  return writeJson(Path, llvm::json::Object{{"version", 1}, {"findings", std::move(List)}});
}

struct RuleInfo {
  const char *Name, *Summary;
};
const RuleInfo Rules[] = {
    {"taskgroup-excessive-nesting", "Task groups nested deeper than MaxDepth levels"},
    {"taskgroup-id-conflict", "Two nodes of one DAG with the same fully qualified id"},
    {"taskgroup-id-misuse", "Ids the runtime rejects or that cause trouble"},
    {"taskgroup-inconsistent-grouping", "Sibling groups that disagree in naming or structure"},
    {"taskgroup-mapping", "Mapped groups and tasks that Airflow does not support"},
    {"taskgroup-premature-dependency", "Edges set on a group before its tasks exist"},
    {"taskgroup-setup-teardown", "Setups and teardowns that do not pair up"},
    {"taskgroup-single-purpose", "Empty groups and groups with a single child"},
    {"taskgroup-tight-coupling", "Dependencies that reach into another group's internals"},
    {"taskgroup-ui-params", "Group colours that are invalid or unreadable"},
};

/// A path as a URI reference: every byte but RFC 3986's unreserved characters and `/`
/// percent-encoded (a space, `%`, `#`, `?` or non-ASCII byte in a path is not a valid URI).
std::string uriPath(llvm::StringRef Path) {
  std::string Out;
  for (unsigned char C : Path)
    if (llvm::isAlnum(C) || C == '-' || C == '.' || C == '_' || C == '~' || C == '/')
      Out += static_cast<char>(C);
    else
      Out += "%" + llvm::utohexstr(C, /*LowerCase=*/false, /*Width=*/2);
  return Out;
}

/// A file under the root is relative to `%SRCROOT%`; one outside it is an absolute file URI.
llvm::json::Object artifactLocation(const std::string &File) {
  if (llvm::sys::path::is_absolute(File))
    return llvm::json::Object{{"uri", "file://" + uriPath(File)}};
  return llvm::json::Object{{"uri", uriPath(File)}, {"uriBaseId", "%SRCROOT%"}};
}

llvm::json::Object sarifLocation(const Location &L) {
  return llvm::json::Object{
      {"physicalLocation",
       llvm::json::Object{
           {"artifactLocation", artifactLocation(L.File)},
           {"region", llvm::json::Object{{"startLine", std::max(1u, L.Line)},
                                         {"startColumn", std::max(1u, L.Column)}}}}}};
}

llvm::json::Value sarif(const std::vector<Finding> &All, const std::vector<UnitResult> &Units,
                        const std::multiset<std::string> &Baseline, const Options &Opts) {
  llvm::json::Array RuleList, Results, Notifications;
  std::map<std::string, int> RuleIndex;
  for (const RuleInfo &R : Rules) {
    std::string Short = llvm::StringRef(R.Name).drop_front(strlen("taskgroup-")).str();
    std::string Help = Opts.DocsUrl + Short + ".md";
    RuleIndex[R.Name] = static_cast<int>(RuleList.size());
    RuleList.push_back(llvm::json::Object{
        {"id", R.Name},
        {"name", R.Name},
        {"shortDescription", llvm::json::Object{{"text", R.Summary}}},
        {"fullDescription", llvm::json::Object{{"text", R.Summary}}},
        {"help", llvm::json::Object{
                     {"text", std::string(R.Summary) + ". See " + Help},
                     {"markdown", std::string(R.Summary) + ". See [" + R.Name + "](" + Help +
                                      ")."}}},
        {"helpUri", Help},
        {"defaultConfiguration", llvm::json::Object{{"level", "warning"}}}});
  }
  for (const Finding &F : All) {
    llvm::json::Object Result{{"ruleId", F.Check},
                              {"level", "warning"},
                              {"message", llvm::json::Object{{"text", F.At.Message}}},
                              {"locations", llvm::json::Array{sarifLocation(F.At)}},
                              {"partialFingerprints",
                               llvm::json::Object{{"taskgroupFingerprint/v1", F.Fingerprint}}},
                              {"baselineState", Baseline.count(F.Fingerprint) ? "unchanged"
                                                                              : "new"}};
    if (auto It = RuleIndex.find(F.Check); It != RuleIndex.end())
      Result["ruleIndex"] = It->second;
    llvm::json::Array Related;
    for (const Location &N : F.Notes)
      if (!N.File.empty()) {
        llvm::json::Object R = sarifLocation(N);
        R["message"] = llvm::json::Object{{"text", N.Message}};
        Related.push_back(std::move(R));
      }
    if (!Related.empty())
      Result["relatedLocations"] = std::move(Related);
    Results.push_back(std::move(Result));
  }
  for (const UnitResult &U : Units)
    if (!U.Error.empty())
      Notifications.push_back(llvm::json::Object{
          {"level", "error"},
          {"message", llvm::json::Object{{"text", "cannot check " + U.File + ":\n" + U.Error}}}});
  std::string RootUri = "file://" + uriPath(Opts.Root) + "/";
  llvm::json::Object Run{
      {"tool", llvm::json::Object{{"driver", llvm::json::Object{
                                                 {"name", "taskgroup-tidy"},
                                                 {"informationUri", Opts.DocsUrl},
                                                 {"version", "0.1.0"},
                                                 {"rules", std::move(RuleList)}}}}},
      {"originalUriBaseIds",
       llvm::json::Object{{"%SRCROOT%", llvm::json::Object{{"uri", RootUri}}}}},
      {"invocations",
       llvm::json::Array{llvm::json::Object{
           {"executionSuccessful", Notifications.empty()},
           {"toolExecutionNotifications", std::move(Notifications)}}}},
      {"results", std::move(Results)}};
  return llvm::json::Object{
      {"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
      {"version", "2.1.0"},
      {"runs", llvm::json::Array{std::move(Run)}}};
}

} // namespace

/// A `file:line:col` of the model as a location relative to the root.
Location locationOf(const std::string &Loc, const std::string &Message, const std::string &Root) {
  Location L;
  L.Message = Message;
  llvm::StringRef Rest(Loc), Line, Column;
  std::tie(Rest, Column) = Rest.rsplit(':');
  std::tie(Rest, Line) = Rest.rsplit(':');
  L.File = relative(Rest.str(), Root);
  Line.getAsInteger(10, L.Line);
  Column.getAsInteger(10, L.Column);
  return L;
}

/// Adds, to the unit whose DAG it is, each id conflict that only shows once the units are
/// linked (Linker.h): two factories of two files creating one id.
bool addLinkedConflicts(const Options &Opts, std::vector<UnitResult> &Units) {
  std::string Error;
  std::vector<UnitConflict> Conflicts;
  if (!linkedConflictsOf(Opts.BuildDir, Conflicts, Error)) {
    std::cerr << "taskgroup gate: " << Error << "\n";
    return false;
  }
  for (const auto &[UnitFile, C] : Conflicts) {
    Finding F;
    F.Check = "taskgroup-id-conflict";
    Location First =
        locationOf(C.FirstLoc, C.FirstKind + " '" + C.FirstId + "' first created here", Opts.Root);
    F.At = locationOf(C.Loc,
                      C.Message(First.File + ":" + std::to_string(First.Line) + ":" +
                                std::to_string(First.Column)),
                      Opts.Root);
    F.Notes.push_back(std::move(First));
    F.Fingerprint = fingerprint(F);
    auto Unit = std::find_if(Units.begin(), Units.end(), [&](const UnitResult &U) {
      return relative(U.File, Opts.Root) == relative(UnitFile, Opts.Root);
    });
    (Unit == Units.end() ? Units.front() : *Unit).Findings.push_back(std::move(F));
  }
  return true;
}

int gate(const std::vector<std::string> &Args, const char *Argv0) {
  Options Opts;
  for (const std::string &A : Args)
    if (A == "-h" || A == "--help")
      return usage(0);
  if (!parseArgs(Args, Opts))
    return usage(2);
  if (Opts.Root.empty()) {
    llvm::SmallString<256> Cwd;
    llvm::sys::fs::current_path(Cwd);
    Opts.Root = std::string(Cwd);
  }
  llvm::SmallString<256> Root(Opts.Root);
  llvm::sys::fs::make_absolute(Root);
  llvm::sys::path::remove_dots(Root, true);
  Opts.Root = std::string(Root);

  std::string Error;
  std::vector<TidyRun> Runs;
  if (!runOverDatabase(Argv0, Opts.BuildDir, Opts.Checks, Opts.Jobs, Runs, Error)) {
    std::cerr << "taskgroup gate: " << Error << "\n";
    return 2;
  }
  std::vector<UnitResult> Units;
  for (const TidyRun &Run : Runs)
    Units.push_back(findingsOf(Run, Opts));
  if (Opts.Link && Units.size() > 1 && checkEnabled(Opts.Checks, "taskgroup-id-conflict") &&
      !addLinkedConflicts(Opts, Units))
    return 2;
  std::vector<Finding> All = merge(Units);
  std::multiset<std::string> Baseline;
  if (!Opts.Baseline.empty() && !Opts.UpdateBaseline) {
    std::string BaselineError;
    Baseline = readBaseline(Opts.Baseline, BaselineError);
    if (!BaselineError.empty()) {
      std::cerr << "taskgroup gate: " << BaselineError << "\n";
      return 2;
    }
  }

  unsigned Failed = 0, New = 0, Accepted = 0;
  for (const UnitResult &U : Units)
    if (!U.Error.empty()) {
      ++Failed;
      std::cerr << "taskgroup gate: cannot check " << U.File << ":\n" << U.Error << "\n";
    }
  std::multiset<std::string> Unused = Baseline;
  for (const Finding &F : All) {
    if (auto It = Unused.find(F.Fingerprint); It != Unused.end()) {
      Unused.erase(It);
      ++Accepted;
      continue;
    }
    ++New;
    if (!Opts.UpdateBaseline)
      std::cout << F.At.File << ":" << F.At.Line << ":" << F.At.Column << ": warning: "
              << F.At.Message << " [" << F.Check << "]\n";
  }
  if (!Opts.Sarif.empty() && !writeJson(Opts.Sarif, sarif(All, Units, Baseline, Opts)))
    return 2;
  if (Opts.UpdateBaseline) {
    if (!writeBaseline(Opts.Baseline, All))
      return 2;
    std::cout << "taskgroup gate: baseline " << Opts.Baseline << " records " << All.size()
              << " finding(s)\n";
    return Failed ? 2 : 0;
  }
  std::cout << "taskgroup gate: " << Units.size() << " translation unit(s), " << All.size()
            << " finding(s), " << New << " new, " << Accepted << " in the baseline";
  if (Failed)
    std::cout << ", " << Failed << " could not be checked";
  std::cout << "\n";
  if (Failed)
    return 2;
  return New ? 1 : 0;
}

} // namespace taskgroup
