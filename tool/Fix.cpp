#include "Fix.h"

#include "Batch.h"
#include "Linker.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/raw_ostream.h"

#include <algorithm>
#include <iostream>
#include <map>
#include <set>
#include <tuple>

namespace taskgroup {

namespace {

struct Edit {
  std::string File;
  unsigned Offset = 0, Length = 0;
  std::string Text;
  auto key() const { return std::tie(File, Offset, Length, Text); }
  bool operator<(const Edit &O) const { return key() < O.key(); }
  bool operator==(const Edit &O) const { return key() == O.key(); }
};

/// One diagnostic's fix: all its edits go in together or not at all.
struct Fix {
  std::string Check, Unit, Message; // Unit: the translation unit whose run made it
  std::vector<Edit> Edits;          // sorted
};

int usage(int Status) {
  (Status ? std::cerr : std::cout)
      << "usage: taskgroup fix -p BUILD_DIR [--checks LIST] [--dry-run] [-j N] [--no-link]\n"
         "Applies every fix-it of the taskgroup checks over BUILD_DIR/compile_commands.json.\n"
         "Id conflicts between translation units (found by linking their models; --no-link:\n"
         "not looked for) have no fix-it: each is reported, as refused.\n"
         "Exit 0: applied; 1: some fixes refused (overlapping edits); 2: a tool error.\n";
  return Status;
}

std::vector<Fix> collectFixes(const std::vector<TidyRun> &Runs) {
  std::set<std::vector<Edit>> Seen; // identical fixes from several units count once
  std::vector<Fix> Out;
  for (const TidyRun &Run : Runs)
    for (const auto &D : Run.Diags.Diagnostics) {
      Fix F;
      F.Check = D.DiagnosticName;
      F.Message = D.Message.Message;
      F.Unit = Run.File;
      for (const auto &[File, Replacements] : D.Message.Fix)
        for (const auto &R : Replacements)
          F.Edits.push_back({R.getFilePath().str(), R.getOffset(), R.getLength(),
                             R.getReplacementText().str()});
      std::sort(F.Edits.begin(), F.Edits.end());
      if (!F.Edits.empty() && Seen.insert(F.Edits).second)
        Out.push_back(std::move(F));
    }
  return Out;
}

bool overlap(const Edit &A, const Edit &B) {
  if (A.File != B.File || A == B)
    return false;
  unsigned AEnd = A.Offset + A.Length, BEnd = B.Offset + B.Length;
  if (A.Length == 0 && B.Length == 0)
    return A.Offset == B.Offset; // two insertions at one place: their order is unknown
  return A.Offset < BEnd && B.Offset < AEnd;
}

/// `file:line:col` of a byte offset.
std::string position(const std::string &File, unsigned Offset) {
  unsigned Line = 1, Column = 1;
  if (auto Buffer = llvm::MemoryBuffer::getFile(File)) {
    llvm::StringRef Text = (*Buffer)->getBuffer().take_front(Offset);
    Line += Text.count('\n');
    Column += Text.size() - (Text.rfind('\n') == llvm::StringRef::npos ? 0 : Text.rfind('\n') + 1);
  }
  return File + ":" + std::to_string(Line) + ":" + std::to_string(Column);
}

std::string describe(const Edit &E) {
  std::string Text;
  llvm::raw_string_ostream(Text).write_escaped(E.Text);
  if (E.Length == 0)
    return "inserts \"" + Text + "\"";
  return "replaces " + std::to_string(E.Length) + " byte(s) with \"" + Text + "\"";
}

/// Refuses every pair of fixes that edit overlapping text, naming both (check, translation
/// unit, the clashing edits and where they are); returns the fixes kept.
std::vector<const Fix *> consistentFixes(const std::vector<Fix> &Fixes, unsigned &Refused,
                                         const std::string &Command) {
  std::vector<bool> Drop(Fixes.size(), false);
  for (std::size_t I = 0; I < Fixes.size(); ++I)
    for (std::size_t J = I + 1; J < Fixes.size(); ++J) {
      const Edit *ClashA = nullptr, *ClashB = nullptr;
      for (const Edit &A : Fixes[I].Edits)
        for (const Edit &B : Fixes[J].Edits)
          if (!ClashA && overlap(A, B)) {
            ClashA = &A;
            ClashB = &B;
          }
      if (!ClashA)
        continue;
      Drop[I] = Drop[J] = true;
      std::cerr << "taskgroup " << Command << ": refusing two fixes that edit overlapping text at "
                << position(ClashA->File, ClashA->Offset) << " (offset " << ClashA->Offset
                << "):\n";
      for (auto [F, E] : {std::pair{&Fixes[I], ClashA}, std::pair{&Fixes[J], ClashB}})
        std::cerr << "  [" << F->Check << "] from " << F->Unit << ": " << F->Message
                  << "\n    at offset " << E->Offset << " " << describe(*E) << "\n";
      std::cerr << "  run the tool again after fixing one of them\n";
    }
  std::vector<const Fix *> Kept;
  for (std::size_t I = 0; I < Fixes.size(); ++I)
    if (Drop[I])
      ++Refused;
    else
      Kept.push_back(&Fixes[I]);
  return Kept;
}

std::string applied(const std::string &Original, std::vector<Edit> Edits) {
  std::sort(Edits.begin(), Edits.end());
  Edits.erase(std::unique(Edits.begin(), Edits.end()), Edits.end());
  std::string Out;
  unsigned At = 0;
  for (const Edit &E : Edits) {
    if (E.Offset < At || E.Offset + E.Length > Original.size())
      continue; // cannot happen after consistentFixes; never corrupt a file
    Out.append(Original, At, E.Offset - At);
    Out += E.Text;
    At = E.Offset + E.Length;
  }
  Out.append(Original, At, std::string::npos);
  return Out;
}

/// `diff -u` of a file and its fixed text.
void printDiff(const std::string &File, const std::string &Fixed) {
  llvm::SmallString<128> Temp, Log;
  llvm::sys::fs::createTemporaryFile("taskgroup-fix", "txt", Temp);
  llvm::sys::fs::createTemporaryFile("taskgroup-fix", "diff", Log);
  {
    std::error_code EC;
    llvm::raw_fd_ostream Out(Temp, EC);
    Out << Fixed;
  }
  auto Diff = llvm::sys::findProgramByName("diff");
  if (Diff) {
    std::vector<std::string> Owned = {*Diff,     "-u",        "--label", "a" + File,
                                      "--label", "b" + File, File,      std::string(Temp)};
    std::vector<llvm::StringRef> Refs(Owned.begin(), Owned.end());
    std::optional<llvm::StringRef> Redirects[] = {std::nullopt, llvm::StringRef(Log),
                                                  std::nullopt};
    llvm::sys::ExecuteAndWait(*Diff, Refs, std::nullopt, Redirects);
    if (auto Text = llvm::MemoryBuffer::getFile(Log))
      std::cout << (*Text)->getBuffer().str();
  } else {
    std::cerr << "taskgroup fix: `diff` not found; " << File << " would change\n";
  }
  llvm::sys::fs::remove(Temp);
  llvm::sys::fs::remove(Log);
}

/// The id conflicts that only show once the units are linked, printed; how many, or -1 when
/// the database cannot be read. They have no fix-it: renaming either node would change a
/// factory that other DAGs may call.
int reportLinkedConflicts(const std::string &BuildDir) {
  std::vector<UnitConflict> Conflicts;
  std::string Error;
  if (!linkedConflictsOf(BuildDir, Conflicts, Error)) {
    std::cerr << "taskgroup fix: " << Error << "\n";
    return -1;
  }
  for (const auto &[Unit, C] : Conflicts)
    std::cerr << "taskgroup fix: cannot fix " << C.Loc << ": " << C.Message(C.FirstLoc)
              << " (DAG of " << Unit << "): rename one of the two by hand\n";
  return static_cast<int>(Conflicts.size());
}

} // namespace

int fix(const std::vector<std::string> &Args, const char *Argv0) {
  std::string Checks = "taskgroup-*";
  bool Link = true;
  BatchOptions Opts;
  for (std::size_t I = 0; I < Args.size(); ++I) {
    const std::string &A = Args[I];
    if (A == "-h" || A == "--help")
      return usage(0);
    if (takeBatchOption(Args, I, Opts))
      continue;
    if (A == "--checks" && I + 1 < Args.size())
      Checks = Args[++I];
    else if (A == "--no-link")
      Link = false;
    else {
      std::cerr << "taskgroup fix: unexpected argument '" << A << "'\n";
      return usage(2);
    }
  }
  if (Opts.BuildDir.empty())
    return usage(2);
  std::vector<TidyRun> Runs;
  std::string Error;
  if (!runOverDatabase(Argv0, Opts.BuildDir, Checks, Opts.Jobs, Runs, Error)) {
    std::cerr << "taskgroup fix: " << Error << "\n";
    return 2;
  }
  if (!allChecked(Runs, "fix"))
    return 2;
  int Unfixable = 0;
  if (Link && Runs.size() > 1 && checkEnabled(Checks, "taskgroup-id-conflict") &&
      (Unfixable = reportLinkedConflicts(Opts.BuildDir)) < 0)
    return 2;
  return applyFixes(Runs, Opts.DryRun, "fix", static_cast<unsigned>(Unfixable));
}

int applyFixes(const std::vector<TidyRun> &Runs, bool DryRun, const std::string &Command,
               unsigned Unfixable) {
  std::vector<Fix> Fixes = collectFixes(Runs);
  unsigned Refused = 0;
  std::map<std::string, std::vector<Edit>> ByFile;
  for (const Fix *F : consistentFixes(Fixes, Refused, Command))
    for (const Edit &E : F->Edits)
      ByFile[E.File].push_back(E);
  for (const auto &[File, Edits] : ByFile) {
    auto Buffer = llvm::MemoryBuffer::getFile(File);
    if (!Buffer) {
      std::cerr << "taskgroup " << Command << ": cannot read " << File << "\n";
      return 2;
    }
    std::string Fixed = applied((*Buffer)->getBuffer().str(), Edits);
    if (DryRun) {
      printDiff(File, Fixed);
      continue;
    }
    std::error_code EC;
    llvm::raw_fd_ostream Out(File, EC);
    if (EC) {
      std::cerr << "taskgroup " << Command << ": cannot write " << File << ": " << EC.message() << "\n";
      return 2;
    }
    Out << Fixed;
  }
  std::cerr << "taskgroup " << Command << ": " << Fixes.size() - Refused << " fix(es) "
            << (DryRun ? "would change " : "changed ") << ByFile.size() << " file(s)";
  if (Refused)
    std::cerr << "; " << Refused << " refused";
  if (Unfixable)
    std::cerr << "; " << Unfixable << " finding(s) without a fix";
  std::cerr << "\n";
  return Refused || Unfixable ? 1 : 0;
}

} // namespace taskgroup
