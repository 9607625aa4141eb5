// `taskgroup rename` and `taskgroup flatten`: one refactoring across every translation unit of
// a compilation database.
//
//   taskgroup rename OLD NEW -p BUILD_DIR [--dag ID] [--dry-run] [-j N]
//   taskgroup flatten GROUP -p BUILD_DIR [--dag ID] [--dry-run] [-j N]
//
// Ids are fully qualified. Each translation unit plans the edit on its own model (the check
// `tgtool-refactor`); the edits of all units are merged into one set (headers included),
// or nothing is written and every refusal is printed (a reference built at run time, a
// conflict). Exit 0: done; 1: refused; 2: a tool error or an unknown id.
#pragma once

#include <string>
#include <vector>

namespace taskgroup {

int refactor(const std::string &Action, const std::vector<std::string> &Args, const char *Argv0);

} // namespace taskgroup
