// Running the checks over a whole compilation database: what `taskgroup gate` and
// `taskgroup fix` share. Each translation unit is checked by the sibling `taskgroup-tidy`
// driver in its own process (a crash or a compile error stays in its unit), in parallel.
#pragma once

#include "clang/Tooling/Core/Diagnostic.h"

#include <string>
#include <utility>
#include <vector>

namespace taskgroup {

/// What the checks found in one translation unit.
struct TidyRun {
  std::string File;
  clang::tooling::TranslationUnitDiagnostics Diags; // `--export-fixes` of taskgroup-tidy
  std::string Error; // the unit did not compile or the driver failed; empty when checked
};

/// Checks every translation unit of BUILD_DIR/compile_commands.json with `Checks`, `Jobs` at a
/// time (0: one per core). False, with `Error`, when the database or the driver is missing.
/// `Extra`: more arguments for the driver (a `--config`).
bool runOverDatabase(const char *Argv0, const std::string &BuildDir, const std::string &Checks,
                     unsigned Jobs, std::vector<TidyRun> &Runs, std::string &Error,
                     const std::vector<std::string> &Extra = {});

/// Checks `Files` with `Checks`, compiled with BUILD_DIR's database or, when `BuildDir` is
/// empty, with `Flags` (`-- FLAGS`), one per core. False, with `Error`, when the driver is
/// missing.
bool runOverFiles(const char *Argv0, const std::vector<std::string> &Files,
                  const std::string &BuildDir, const std::vector<std::string> &Flags,
                  const std::string &Checks, std::vector<TidyRun> &Runs, std::string &Error,
                  const std::vector<std::string> &Extra = {});

/// Line and column (1-based) of a byte offset in `File`, as the exported diagnostics give it.
std::pair<unsigned, unsigned> lineColumn(const std::string &File, unsigned Offset);

/// The options every batch command takes: `-p BUILD_DIR`, `-j N`, `--dry-run`.
struct BatchOptions {
  std::string BuildDir;
  unsigned Jobs = 0;
  bool DryRun = false;
};
/// Consumes `Args[I]` (and its value) when it is one of them.
bool takeBatchOption(const std::vector<std::string> &Args, std::size_t &I, BatchOptions &Opts);

/// True when the `--checks` list enables `Check` (`-NAME` and `-*` disable; the last match
/// wins), as clang-tidy reads it.
bool checkEnabled(const std::string &Checks, const std::string &Check);

/// False, after naming each one on stderr, when a translation unit could not be checked: a
/// refactoring writes nothing unless every unit compiles.
bool allChecked(const std::vector<TidyRun> &Runs, const std::string &Command);

} // namespace taskgroup
