// RUN: %check_clang_tidy %s taskgroup-inconsistent-grouping %t
// Groups made by one loop are copies of each other; the one that gains a step is reported at
// the call that makes the groups. No fix: only a person can tell which copy is right.
#include <taskgroup/taskgroup.hpp>

#include <string>
#include <string_view>

tg::Dag build() {
  tg::Dag dag{"sessions"};
  tg::TaskGroup sessionize = dag.group("sessionize");
  for (std::string_view source : {"web", "mobile", "partner"}) {
    tg::TaskGroup s = sessionize.group(std::string(source));
    // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: group 'sessionize.partner' is made by the same loop as 'sessionize.web' and 'sessionize.mobile' but has an extra task 'dedupe_ids' [taskgroup-inconsistent-grouping]
    tg::Task stitch = s.task("stitch", [] { return 60; });
    tg::Task attribute = s.task("attribute", [] { return 40; });
    if (source == "partner")
      stitch >> s.task("dedupe_ids", [] { return 3; }) >> attribute;
    else
      stitch >> attribute;
  }
  return dag;
}
