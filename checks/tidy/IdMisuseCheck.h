#pragma once

#include "TaskGroupCheck.h"

#include <map>
#include <string>

namespace clang::tidy::taskgroup {

/// taskgroup-id-misuse: see docs/checks/id-misuse.md. Ids the runtime refuses (characters
/// outside the allowed set, `.` in a group id, over-long or empty ids) and ids that cause
/// trouble later (a child repeating its group's id, non-ASCII look-alikes, ids longer than
/// `WarnLength`). Offers to sanitise or strip the id, with every string reference to it.
class IdMisuseCheck : public TaskGroupCheck {
public:
  IdMisuseCheck(StringRef Name, ClangTidyContext *Context);
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;

private:
  void checkModel(const tgmodel::Model &Model) override;
  /// Holds the finding about one node, if any, in `Findings` (reported per place).
  void checkNode(const NodeAt &N, FindingsByPlace &Findings);

  const unsigned WarnLength;
  const unsigned MaxGroupIdLength;
  const unsigned MaxTaskIdLength;
  const bool CheckRepeatedParentPrefix;
  const bool CheckNonAscii;

  /// The literals edited by the fixes offered so far in this translation unit (by raw
  /// location), with the id of the node whose fix edits them: two fixes never overlap.
  std::map<std::uint64_t, std::string> Edited;
  /// The new fully qualified ids proposed so far, with the node they are proposed for.
  std::map<std::string, std::string> Proposed;
};

} // namespace clang::tidy::taskgroup
