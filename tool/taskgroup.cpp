// taskgroup: the command-line front end of taskgroup-tidy.
//
//   taskgroup inspect FILE... [-p BUILD_DIR] [--format=tree|json|dot|html|svg] [--compare]
//                     [--dag ID] [--group ID] [--max-NAME=N] [-- COMPILER FLAGS]
//
//   taskgroup why A B FILE... [-p BUILD_DIR] [--dag ID] [--max-paths=N] [--max-NAME=N]
//                 [-- COMPILER FLAGS]
//
//   taskgroup gate -p BUILD_DIR [--baseline FILE] [--update-baseline] [--sarif FILE] [-j N]
//                  (see Gate.h)
//
//   taskgroup fix -p BUILD_DIR [--checks LIST] [--dry-run] [-j N]      (see Fix.h)
//   taskgroup rename OLD NEW -p BUILD_DIR [--dag ID] [--dry-run]       (see Refactor.h)
//   taskgroup flatten GROUP -p BUILD_DIR [--dag ID] [--dry-run]
//
// `inspect` prints the hierarchy of every DAG the files build, from their source (no program
// is run); `why` prints the dependency paths from task A to task B, each edge with the
// location of the statement that created it.
// `--format=json` is the runtime's `--json` schema with the static keys `loc`/`dynamic`/
// `conditional`; `--compare` leaves them out, so the text equals the program's own `--json`
// for programs whose structure is known before run time.
#include "Fix.h"
#include "Gate.h"
#include "Interpreter.h"
#include "Linker.h"
#include "Model.h"
#include "Pictures.h"
#include "Refactor.h"

#include "clang/AST/ASTConsumer.h"
#include "clang/AST/ASTContext.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendAction.h"
#include "clang/Tooling/ArgumentsAdjusters.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "clang/Tooling/Tooling.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

namespace {


int usage(int status) {
  (status ? std::cerr : std::cout)
      << "usage: taskgroup inspect FILE... [-p BUILD_DIR] [--format=tree|json|dot|html|svg]\n"
         "                         [--compare]\n"
         "                         [--dag ID] [--group ID] [--max-NAME=N] [-- COMPILER FLAGS]\n"
         "  Prints the hierarchy of every DAG the files build, from their source.\n"
         "  --format=tree   an indented tree with locations and markers (default)\n"
         "  --format=json   schema taskgroup-hierarchy/1 with the static keys loc/dynamic/\n"
         "                  conditional/multiplicity/refs and each DAG's issues\n"
         "  --format=dot    Graphviz (conditional nodes dashed, dynamic ones dotted)\n"
         "  --format=html   one self-contained interactive page with the checks' findings\n"
         "  --format=svg    Graphviz's picture of one DAG with the findings (docs/pictures.md)\n"
         "  --compare       with --format=json: leave the static keys out (the runtime's text)\n"
         "  --dag ID        only the DAG ID\n"
         "  --group ID      only the group ID (fully qualified) and everything under it\n"
         "  --max-unroll=N (64) --max-call-depth=N (16) --max-recursion=N (8) --max-nodes=N (20000)\n"
         "  --max-steps=N (4000000) --max-forks=N (256): the interpreter's bounds\n"
         "  -p BUILD_DIR    read compile_commands.json from BUILD_DIR\n"
         "usage: taskgroup gate -p BUILD_DIR [--baseline FILE] [--update-baseline] [--sarif FILE]\n"
         "                      [-j N] [--checks LIST] [--root DIR] [--docs-url URL]\n"
         "  Runs the checks over a compilation database as a CI gate (taskgroup gate --help).\n"
         "usage: taskgroup fix -p BUILD_DIR [--checks LIST] [--dry-run] [-j N]\n"
         "  Applies every fix-it over a compilation database as one set of edits.\n"
         "usage: taskgroup rename OLD NEW -p BUILD_DIR [--dag ID] [--dry-run] [-j N]\n"
         "       taskgroup flatten GROUP -p BUILD_DIR [--dag ID] [--dry-run] [-j N]\n"
         "  One rename or flatten, with every reference, across a compilation database.\n"
         "usage: taskgroup why A B FILE... [-p BUILD_DIR] [--dag ID] [--max-paths=N]\n"
         "  Prints every dependency path from task A to task B (see taskgroup why --help).\n";
  return status;
}

/// What `inspect` and `why` share: the files, how to compile them, the interpreter's bounds.
struct Input {
  std::vector<std::string> files, flags;
  std::string build_dir;
  bool have_flags = false;
  tgmodel::BuildOptions build;
};

/// Parses an option `inspect` and `why` share at `args[i]` (advancing `i` past its value).
/// Returns 1 when taken, 0 when not an option of theirs, -1 on a bad option.
int common_option(const std::vector<std::string> &args, std::size_t &i, Input &in,
                  const char *command) {
  const std::string &a = args[i];
  if (in.have_flags) {
    in.flags.push_back(a);
  } else if (a == "--") {
    in.have_flags = true;
  } else if (a == "-p" && i + 1 < args.size()) {
    in.build_dir = args[++i];
  } else if (a.rfind("-p=", 0) == 0) {
    in.build_dir = a.substr(3);
  } else if (a.rfind("--max-", 0) == 0 && a.find('=') != std::string::npos) {
    std::string name = a.substr(2, a.find('=') - 2);
    unsigned long value = std::strtoul(a.c_str() + a.find('=') + 1, nullptr, 10);
    tgmodel::BuildOptions &build = in.build;
    if (name == "max-unroll") build.max_unroll = static_cast<unsigned>(value);
    else if (name == "max-call-depth") build.max_call_depth = static_cast<unsigned>(value);
    else if (name == "max-recursion") build.max_recursion = static_cast<unsigned>(value);
    else if (name == "max-nodes") build.max_nodes = static_cast<unsigned>(value);
    else if (name == "max-steps") build.max_steps = value;
    else if (name == "max-forks") build.max_forks = static_cast<unsigned>(value);
    else {
      std::cerr << "taskgroup " << command << ": unknown option " << a << "\n";
      return -1;
    }
  } else {
    return 0;
  }
  return 1;
}

taskgroup::LinkOptions link_options(const Input &in) {
  taskgroup::LinkOptions options;
  options.Build = in.build;
  return options;
}

/// Builds the model of `in.files`. Returns ClangTool's status (0: every file compiled), or
/// -1 when the compilation database cannot be read.
int build_model(const Input &in, tgmodel::Model &model, const char *command) {
  std::unique_ptr<clang::tooling::CompilationDatabase> db;
  std::string error;
  if (!in.build_dir.empty()) {
    db = clang::tooling::CompilationDatabase::loadFromDirectory(in.build_dir, error);
    if (!db) {
      std::cerr << "taskgroup " << command << ": " << error << "\n";
      return -1;
    }
  } else {
    std::vector<std::string> flags = in.flags;
    if (!in.have_flags)
      flags = {"-std=c++20"};
    db = std::make_unique<clang::tooling::FixedCompilationDatabase>(".", flags);
  }

  // Several files are linked: a call one of them cannot follow runs where another defines it.
  std::vector<taskgroup::UnitModel> units;
  int status = taskgroup::buildUnitModels(*db, in.files, link_options(in), units);
  for (taskgroup::UnitModel &unit : units) {
    for (tgmodel::DagModel &dag : unit.Linked.dags)
      model.dags.push_back(std::move(dag));
    for (tgmodel::ExternalCall &cut : unit.Linked.cuts)
      model.note_cut(std::move(cut));
  }
  tgmodel::count_origins(model);
  return status;
}

/// What the checks of a picture run on: the files, compiled as `build_model` compiles them.
taskgroup::PictureInput checks_input(const Input &in) {
  taskgroup::PictureInput checked;
  checked.Files = in.files;
  checked.Flags = in.have_flags ? in.flags : std::vector<std::string>{"-std=c++20"};
  checked.BuildDir = in.build_dir;
  const taskgroup::LinkOptions headers; // the directories the model builds use
  checked.Extra = {"--extra-arg=-resource-dir=" + headers.ResourceDir};
  if (!headers.IncludeDir.empty())
    checked.Extra.push_back("--extra-arg=-isystem" + headers.IncludeDir);
  return checked;
}

int inspect(const std::vector<std::string> &args, const char *argv0) {
  Input in;
  std::string format = "tree";
  bool compare = false;
  tgmodel::Focus focus;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string &a = args[i];
    if (int taken = common_option(args, i, in, "inspect"); taken < 0) {
      return usage(2);
    } else if (taken) {
      continue;
    } else if (a.rfind("--format=", 0) == 0) {
      format = a.substr(9);
    } else if (a.rfind("--dag=", 0) == 0) {
      focus.dag = a.substr(6);
    } else if (a == "--dag" && i + 1 < args.size()) {
      focus.dag = args[++i];
    } else if (a.rfind("--group=", 0) == 0) {
      focus.group = a.substr(8);
    } else if (a == "--group" && i + 1 < args.size()) {
      focus.group = args[++i];
    } else if (a == "--compare") {
      compare = true;
    } else if (a == "-h" || a == "--help") {
      return usage(0);
    } else if (!a.empty() && a[0] == '-') {
      std::cerr << "taskgroup inspect: unknown option " << a << "\n";
      return usage(2);
    } else {
      in.files.push_back(a);
    }
  }
  const bool picture = format == "html" || format == "svg";
  if (in.files.empty() || (format != "tree" && format != "json" && format != "dot" && !picture))
    return usage(2);

  tgmodel::Model model;
  int status = build_model(in, model, "inspect");
  if (status < 0)
    return 2;

  if (picture) {
    int written = taskgroup::writePicture(format, model, focus, checks_input(in), argv0);
    return written ? written : status == 0 ? 0 : 1;
  }
  if (format == "json")
    std::cout << tgmodel::to_json(model, {.static_keys = !compare, .focus = focus});
  else if (format == "dot")
    std::cout << tgmodel::to_dot(model, focus);
  else
    std::cout << tgmodel::to_tree(model, focus);
  return status == 0 ? 0 : 1;
}

// ---- why ----

/// Levenshtein distance, for suggesting ids close to a mistyped one.
std::size_t distance(const std::string &a, const std::string &b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j)
    row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diag = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diag = up;
    }
  }
  return row[b.size()];
}

/// Up to `n` task ids of `dags` close to `id`: those ending in `.id` (a label given without
/// its groups) or that `id` ends in, then by edit distance.
std::vector<std::string> near_ids(const std::vector<const tgmodel::DagModel *> &dags,
                                  const std::string &id, std::size_t n = 3) {
  std::vector<std::pair<std::size_t, std::string>> scored;
  const std::size_t limit = std::max<std::size_t>(2, id.size() / 3);
  for (const auto *d : dags)
    for (const auto &t : d->state.tasks) {
      const std::string &tid = t.task_id;
      auto ends_with_part = [](const std::string &whole, const std::string &part) {
        return whole.size() > part.size() &&
               whole.compare(whole.size() - part.size(), part.size(), part) == 0 &&
               whole[whole.size() - part.size() - 1] == '.';
      };
      // a label given without its groups, or an id given with a group too many
      bool suffix = ends_with_part(tid, id) || ends_with_part(id, tid);
      std::size_t dist = suffix ? 0 : distance(id, tid);
      if (suffix || dist <= limit)
        scored.emplace_back(dist, tid);
    }
  std::sort(scored.begin(), scored.end());
  scored.erase(std::unique(scored.begin(), scored.end()), scored.end());
  std::vector<std::string> out;
  for (const auto &[dist, tid] : scored)
    if (out.size() < n && std::find(out.begin(), out.end(), tid) == out.end())
      out.push_back(tid);
  return out;
}

int why_usage(int status) {
  (status ? std::cerr : std::cout)
      << "usage: taskgroup why A B FILE... [-p BUILD_DIR] [--dag ID] [--max-paths=N]\n"
         "                     [--max-NAME=N] [-- COMPILER FLAGS]\n"
         "  Prints every dependency path from task A to task B (fully qualified ids), each\n"
         "  edge with the file:line:col of the statement that created it.\n"
         "  --dag ID        look in the DAG ID only\n"
         "  --max-paths=N   print at most N paths (100)\n"
         "  exit status: 0 a path exists, 1 none, 2 an error (unknown id, bad arguments)\n";
  return status;
}

/// Saturating addition: path counts grow exponentially.
unsigned long long sat_add(unsigned long long a, unsigned long long b) {
  return a > ~0ULL - b ? ~0ULL : a + b;
}

/// Prints the paths from `from` to `to` in `m` (at most `max_paths`); returns their number.
unsigned long long print_paths(const tgmodel::DagModel &m, int from, int to,
                               std::size_t max_paths) {
  const auto &tasks = m.state.tasks;
  // Paths from each task to `to` (0: cannot reach it), memoised depth-first.
  std::vector<unsigned long long> count(tasks.size(), 0);
  std::vector<char> done(tasks.size(), 0);
  std::vector<std::pair<int, bool>> stack{{from, false}};
  while (!stack.empty()) {
    auto [t, expanded] = stack.back();
    stack.pop_back();
    if (done[t])
      continue;
    if (t == to) {
      count[t] = 1, done[t] = 1;
    } else if (!expanded) {
      stack.push_back({t, true});
      for (int d : tasks[t].downstream)
        if (!done[d])
          stack.push_back({d, false});
    } else {
      for (int d : tasks[t].downstream)
        count[t] = sat_add(count[t], count[d]);
      done[t] = 1;
    }
  }
  const unsigned long long total = count[from];
  if (total == 0)
    return 0;

  // The paths in id order, following only tasks that reach `to`.
  auto next = [&](int t) {
    std::vector<int> out;
    for (int d : tasks[t].downstream)
      if (count[d])
        out.push_back(d);
    std::sort(out.begin(), out.end(),
              [&](int a, int b) { return tasks[a].task_id < tasks[b].task_id; });
    return out;
  };
  const bool huge = total == ~0ULL; // saturated
  std::cout << "dag " << m.state.dag_id << ": "
            << (huge ? std::string("more than 2^64") : std::to_string(total))
            << (total == 1 ? " path" : " paths") << " from " << tasks[from].task_id << " to "
            << tasks[to].task_id << "\n";
  std::size_t printed = 0;
  std::vector<int> path{from};
  std::vector<std::vector<int>> choices{next(from)};
  std::vector<std::size_t> pos{0};
  while (!path.empty() && printed < max_paths) {
    if (path.back() == to) {
      ++printed;
      std::cout << "\npath " << printed << ":\n";
      std::size_t width = 0;
      for (std::size_t i = 0; i + 1 < path.size(); ++i)
        width = std::max(width, tasks[path[i]].task_id.size() + 4 +
                                    tasks[path[i + 1]].task_id.size());
      for (std::size_t i = 0; i + 1 < path.size(); ++i) {
        std::string edge = tasks[path[i]].task_id + " -> " + tasks[path[i + 1]].task_id;
        const std::string loc = m.edge_loc(path[i], path[i + 1]).str();
        std::cout << "  " << edge << std::string(width - edge.size(), ' ') << "  @ "
                  << (loc.empty() ? "?" : loc) << "\n";
      }
    }
    if (path.back() == to || pos.back() == choices.back().size()) {
      path.pop_back(), choices.pop_back(), pos.pop_back();
      continue;
    }
    int d = choices.back()[pos.back()++];
    path.push_back(d);
    choices.push_back(next(d));
    pos.push_back(0);
  }
  if (total > printed)
    std::cout << "\n\u2026 " << (huge ? std::string("more than 2^64") : std::to_string(total - printed))
              << (total - printed == 1 ? " more path" : " more paths") << "\n";
  return total;
}

int why(const std::vector<std::string> &args) {
  Input in;
  std::vector<std::string> ids;
  std::string dag_focus;
  std::size_t max_paths = 100;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string &a = args[i];
    if (!in.have_flags && a.rfind("--max-paths=", 0) == 0) {
      max_paths = std::strtoul(a.c_str() + 12, nullptr, 10);
    } else if (int taken = common_option(args, i, in, "why"); taken < 0) {
      return why_usage(2);
    } else if (taken) {
      continue;
    } else if (a.rfind("--dag=", 0) == 0) {
      dag_focus = a.substr(6);
    } else if (a == "--dag" && i + 1 < args.size()) {
      dag_focus = args[++i];
    } else if (a == "-h" || a == "--help") {
      return why_usage(0);
    } else if (!a.empty() && a[0] == '-') {
      std::cerr << "taskgroup why: unknown option " << a << "\n";
      return why_usage(2);
    } else if (ids.size() < 2) {
      ids.push_back(a);
    } else {
      in.files.push_back(a);
    }
  }
  if (ids.size() < 2 || in.files.empty())
    return why_usage(2);
  const std::string &a = ids[0], &b = ids[1];

  tgmodel::Model model;
  int status = build_model(in, model, "why");
  if (status < 0)
    return 2;
  if (status != 0)
    std::cerr << "taskgroup why: warning: compile errors; the model holds what could be built\n";

  // The program's DAGs as `inspect` shows them: those handed to `tg::cli` when any is.
  bool any_cli = false;
  for (const auto &d : model.dags)
    any_cli = any_cli || d.cli;
  std::vector<const tgmodel::DagModel *> dags;
  for (const auto &d : model.dags)
    if ((!any_cli || d.cli) && (dag_focus.empty() || d.state.dag_id == dag_focus))
      dags.push_back(&d);
  // by dag_id, then in the order built (no std::stable_sort: libstdc++ 12's uses the
  // deprecated get_temporary_buffer, an error with clang-22 -Werror)
  std::sort(dags.begin(), dags.end(), [](const auto *x, const auto *y) {
    return x->state.dag_id != y->state.dag_id ? x->state.dag_id < y->state.dag_id : x < y;
  });
  if (dags.empty()) {
    std::cerr << "taskgroup why: "
              << (dag_focus.empty() ? "no DAG in the files" : "no DAG '" + dag_focus + "'")
              << "\n";
    return 2;
  }

  auto find = [](const tgmodel::DagModel *d, const std::string &id) {
    auto it = d->state.task_by_id.find(id);
    return it == d->state.task_by_id.end() ? -1 : it->second;
  };
  bool unknown = false;
  for (const std::string *id : {&a, &b}) {
    bool known = false, group = false;
    std::vector<std::string> group_tasks; // when the id is a group's: its tasks
    for (const auto *d : dags) {
      known = known || find(d, *id) >= 0;
      auto g = d->state.group_by_id.find(*id);
      if (g == d->state.group_by_id.end() || g->second <= 0)
        continue;
      group = true;
      for (int t : tg::detail::subtree_tasks(d->state, g->second))
        group_tasks.push_back(d->state.tasks[t].task_id);
    }
    if (known)
      continue;
    unknown = true;
    std::cerr << "taskgroup why: unknown task id '" << *id << "'";
    if (group) {
      std::sort(group_tasks.begin(), group_tasks.end());
      std::cerr << " (a group: give one of its tasks";
      for (std::size_t i = 0; i < group_tasks.size() && i < 3; ++i)
        std::cerr << (i ? ", " : ": ") << group_tasks[i];
      std::cerr << (group_tasks.size() > 3 ? ", ...)" : ")") << "\n";
      continue;
    }
    auto near = near_ids(dags, *id);
    for (std::size_t i = 0; i < near.size(); ++i)
      std::cerr << (i ? ", " : "; did you mean ") << near[i];
    std::cerr << (near.empty() ? "" : "?") << "\n";
  }
  if (unknown)
    return 2;
  if (a == b) {
    std::cerr << "taskgroup why: A and B are the same task (" << a << ")\n";
    return 2;
  }

  bool any = false, together = false;
  for (const auto *d : dags) {
    int from = find(d, a), to = find(d, b);
    if (from < 0 || to < 0)
      continue;
    together = true;
    if (print_paths(*d, from, to, max_paths)) {
      any = true;
      std::cout << "\n";
    }
  }
  if (!any)
    std::cout << "no dependency path from " << a << " to " << b
              << (together ? "" : " (they are in different DAGs)") << "\n";
  return any ? 0 : 1;
}

} // namespace

int main(int argc, char **argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty())
    return usage(2);
  if (args[0] == "-h" || args[0] == "--help")
    return usage(0);
  if (args[0] == "inspect")
    return inspect({args.begin() + 1, args.end()}, argv[0]);
  if (args[0] == "why")
    return why({args.begin() + 1, args.end()});
  if (args[0] == "rename" || args[0] == "flatten")
    return taskgroup::refactor(args[0], {args.begin() + 1, args.end()}, argv[0]);
  if (args[0] == "fix")
    return taskgroup::fix({args.begin() + 1, args.end()}, argv[0]);
  if (args[0] == "gate")
    return taskgroup::gate({args.begin() + 1, args.end()}, argv[0]);
  std::cerr << "taskgroup: unknown command " << args[0] << "\n";
  return usage(2);
}
