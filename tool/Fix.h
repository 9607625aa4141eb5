// `taskgroup fix`: every fix-it of the checks over a compilation database, as one consistent
// set of edits.
//
//   taskgroup fix -p BUILD_DIR [--checks LIST] [--dry-run] [-j N] [--no-link]
//
// A fix is all the edits of one diagnostic (a rename's literal and every reference). Identical
// fixes from several translation units (a shared header) are merged; two different fixes that
// edit overlapping text are both refused, with a message naming them. `--dry-run` prints a
// unified diff instead of writing. An id conflict between the factories of two translation units
// (Linker.h) has no fix-it: it is reported as refused, with both places. Exit 0: applied (or nothing to fix); 1: some fixes refused;
// 2: a tool error (a translation unit that does not compile: nothing is written).
#pragma once

#include <string>
#include <vector>

namespace taskgroup {

int fix(const std::vector<std::string> &args, const char *argv0);

struct TidyRun;
/// Applies the fixes of `Runs` (or prints them as a diff): identical fixes merged, overlapping
/// ones refused. `Command` names the caller in messages. Returns the exit status (0, 1 or 2).
/// `Unfixable`: findings already refused by the caller, counted in the summary and the status.
int applyFixes(const std::vector<TidyRun> &Runs, bool DryRun, const std::string &Command,
               unsigned Unfixable = 0);

} // namespace taskgroup
