// `taskgroup gate`: the checks as a CI gate over a compilation database.
//
//   taskgroup gate -p BUILD_DIR [--baseline FILE] [--update-baseline] [--sarif FILE] [-j N]
//                  [--checks LIST] [--root DIR] [--docs-url URL]
//
// Every translation unit of BUILD_DIR/compile_commands.json is checked by the sibling
// `taskgroup-tidy` driver, in parallel. Findings in shared headers are reported once. Exit
// status: 0 clean (or only findings of the baseline), 1 new findings, 2 a tool error (a file
// that does not compile is reported, not hidden).
#pragma once

#include <string>
#include <vector>

namespace taskgroup {

int gate(const std::vector<std::string> &args, const char *argv0);

} // namespace taskgroup
