#include "Batch.h"

#include "clang/Tooling/CompilationDatabase.h"
#include "clang/Tooling/DiagnosticsYaml.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/ThreadPool.h"
#include "llvm/Support/YAMLTraits.h"

#include <algorithm>
#include <iostream>
#include <map>
#include <mutex>
#include <thread>

namespace taskgroup {

namespace {

std::string sibling(const char *Argv0, const std::string &Name) {
  std::string Self =
      llvm::sys::fs::getMainExecutable(Argv0, reinterpret_cast<void *>(&runOverDatabase));
  llvm::SmallString<256> Path(llvm::sys::path::parent_path(Self));
  llvm::sys::path::append(Path, Name);
  return std::string(Path);
}

std::string readAndRemove(const llvm::SmallString<128> &Path) {
  auto Buffer = llvm::MemoryBuffer::getFile(Path);
  std::string Text = Buffer ? (*Buffer)->getBuffer().str() : "";
  llvm::sys::fs::remove(Path);
  return Text;
}

/// How the driver compiles a unit: `-p BUILD_DIR` before the file, or `-- FLAGS` after it.
struct Compilation {
  std::vector<std::string> Before, After;
};

TidyRun runUnit(const std::string &Tidy, const Compilation &Compile, const std::string &Checks,
                const std::string &File, const std::vector<std::string> &Extra) {
  TidyRun Run;
  Run.File = File;
  llvm::SmallString<128> Yaml, Log;
  llvm::sys::fs::createTemporaryFile("taskgroup-batch", "yaml", Yaml);
  llvm::sys::fs::createTemporaryFile("taskgroup-batch", "log", Log);
  // Findings in the project's headers count; the library's and system headers never hold any.
  std::vector<std::string> Argv = {Tidy};
  Argv.insert(Argv.end(), Compile.Before.begin(), Compile.Before.end());
  Argv.insert(Argv.end(), {"--checks=-*," + Checks, "--header-filter=.*", "--quiet",
                           "--export-fixes=" + std::string(Yaml)});
  Argv.insert(Argv.end(), Extra.begin(), Extra.end());
  Argv.push_back(File);
  Argv.insert(Argv.end(), Compile.After.begin(), Compile.After.end());
  std::vector<llvm::StringRef> Refs(Argv.begin(), Argv.end());
  std::optional<llvm::StringRef> Redirects[] = {std::nullopt, llvm::StringRef(Log),
                                                llvm::StringRef(Log)};
  std::string ExecError;
  int Status = llvm::sys::ExecuteAndWait(Tidy, Refs, std::nullopt, Redirects, 0, 0, &ExecError);
  std::string Output = readAndRemove(Log);
  if (Status < 0 || !ExecError.empty())
    Run.Error = "cannot run " + Tidy + ": " + ExecError;
  else if (Status != 0 || Output.find("error: ") != std::string::npos)
    Run.Error = Output.empty() ? "taskgroup-tidy exited " + std::to_string(Status) : Output;
  std::string Exported = readAndRemove(Yaml);
  if (!Exported.empty()) {
    llvm::yaml::Input In(Exported);
    In >> Run.Diags;
  }
  return Run;
}

/// Checks `Files` in parallel, `Jobs` at a time (0: one per core).
bool runUnits(const char *Argv0, const Compilation &Compile, const std::vector<std::string> &Files,
              const std::string &Checks, unsigned Jobs, std::vector<TidyRun> &Runs,
              std::string &Error, const std::vector<std::string> &Extra) {
  std::string Tidy = sibling(Argv0, "taskgroup-tidy");
  if (!llvm::sys::fs::can_execute(Tidy)) {
    Error = "cannot find the driver " + Tidy;
    return false;
  }
  Runs.assign(Files.size(), {});
  unsigned Threads = Jobs ? Jobs : std::max(1u, std::thread::hardware_concurrency());
  llvm::DefaultThreadPool Pool(llvm::hardware_concurrency(Threads));
  for (std::size_t I = 0; I < Files.size(); ++I)
    Pool.async([&, I] { Runs[I] = runUnit(Tidy, Compile, Checks, Files[I], Extra); });
  Pool.wait();
  return true;
}

} // namespace

std::pair<unsigned, unsigned> lineColumn(const std::string &File, unsigned Offset) {
  static std::mutex Lock;
  static std::map<std::string, std::vector<unsigned>> LineStarts;
  std::lock_guard<std::mutex> Guard(Lock);
  auto [It, New] = LineStarts.try_emplace(File);
  if (New) {
    It->second.push_back(0);
    if (auto Buffer = llvm::MemoryBuffer::getFile(File)) {
      llvm::StringRef Text = (*Buffer)->getBuffer();
      for (unsigned I = 0; I < Text.size(); ++I)
        if (Text[I] == '\n')
          It->second.push_back(I + 1);
    }
  }
  const auto &Starts = It->second;
  auto Line = std::upper_bound(Starts.begin(), Starts.end(), Offset) - Starts.begin();
  return {static_cast<unsigned>(Line), Offset - Starts[Line - 1] + 1};
}

bool runOverFiles(const char *Argv0, const std::vector<std::string> &Files,
                  const std::string &BuildDir, const std::vector<std::string> &Flags,
                  const std::string &Checks, std::vector<TidyRun> &Runs, std::string &Error,
                  const std::vector<std::string> &Extra) {
  Compilation Compile;
  if (BuildDir.empty()) {
    Compile.After = {"--"};
    Compile.After.insert(Compile.After.end(), Flags.begin(), Flags.end());
  } else {
    Compile.Before = {"-p", BuildDir};
  }
  return runUnits(Argv0, Compile, Files, Checks, 0, Runs, Error, Extra);
}

bool runOverDatabase(const char *Argv0, const std::string &BuildDir, const std::string &Checks,
                     unsigned Jobs, std::vector<TidyRun> &Runs, std::string &Error,
                     const std::vector<std::string> &Extra) {
  std::string LoadError;
  auto Db = clang::tooling::CompilationDatabase::loadFromDirectory(BuildDir, LoadError);
  if (!Db) {
    Error = LoadError;
    return false;
  }
  return runUnits(Argv0, {{"-p", BuildDir}, {}}, Db->getAllFiles(), Checks, Jobs, Runs, Error,
                  Extra);
}

bool takeBatchOption(const std::vector<std::string> &Args, std::size_t &I, BatchOptions &Opts) {
  const std::string &A = Args[I];
  bool HasValue = I + 1 < Args.size();
  if (A == "-p" && HasValue)
    Opts.BuildDir = Args[++I];
  else if (A == "-j" && HasValue)
    Opts.Jobs = static_cast<unsigned>(std::max(1, std::atoi(Args[++I].c_str())));
  else if (A == "--dry-run")
    Opts.DryRun = true;
  else
    return false;
  return true;
}

bool allChecked(const std::vector<TidyRun> &Runs, const std::string &Command) {
  bool All = true;
  for (const TidyRun &Run : Runs)
    if (!Run.Error.empty()) {
      All = false;
      std::cerr << "taskgroup " << Command << ": cannot check " << Run.File << ":\n"
                << Run.Error << "\n";
    }
  if (!All)
    std::cerr << "taskgroup " << Command
              << ": nothing written: every translation unit must compile\n";
  return All;
}

bool checkEnabled(const std::string &Checks, const std::string &Check) {
  bool On = false;
  llvm::SmallVector<llvm::StringRef> Globs;
  llvm::StringRef(Checks).split(Globs, ',', -1, false);
  for (llvm::StringRef Glob : Globs) {
    Glob = Glob.trim();
    bool Negative = Glob.consume_front("-");
    bool Matches = Glob.ends_with("*") ? llvm::StringRef(Check).starts_with(Glob.drop_back())
                                       : Check == Glob;
    if (Matches)
      On = !Negative;
  }
  return On;
}

} // namespace taskgroup
