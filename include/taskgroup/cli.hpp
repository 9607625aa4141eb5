// tg::cli: what every DAG program's main calls.
#pragma once

#include "html.hpp"
#include "output.hpp"
#include "run.hpp"

#include <cstdio>
#include <cstdlib>
#include <exception>
#include <iostream>
#include <string>
#include <string_view>
#include <vector>

namespace tg {

namespace detail {

inline void print_error(const Error &e) {
  std::fprintf(stderr, "error: %s: %s\n", e.kind(), e.what());
  std::fflush(stderr);
}

/// Reports a library error that escaped `main` (as in `tg::cli(build(), argc, argv)` when
/// `build()` throws) as a one-line message with exit status 1, instead of a bare abort.
[[noreturn]] inline void report_uncaught_error();
inline const std::terminate_handler previous_terminate_handler =
    std::set_terminate(report_uncaught_error);
inline void report_uncaught_error() {
  if (std::exception_ptr current = std::current_exception()) {
    try {
      std::rethrow_exception(current);
    } catch (const Error &e) {
      print_error(e);
      std::_Exit(1);
    } catch (...) {
    }
  }
  if (previous_terminate_handler)
    previous_terminate_handler();
  std::abort();
}

inline std::string format_instance(const TaskInstance &ti) {
  std::string line = ti.task_id;
  if (ti.map_index >= 0)
    line += "[" + std::to_string(ti.map_index) + "]";
  line += " " + std::string(to_string(ti.state));
  if (ti.tries > 1)
    line += " (tries " + std::to_string(ti.tries) + ")";
  if (ti.state == State::failed && !ti.error.empty())
    line += ": " + ti.error;
  return line;
}

inline constexpr const char *cli_usage =
    "usage: PROGRAM [--tree | --json | --dot | --html | --list | --run | --help]\n"
    "  --tree  the group hierarchy, indented (default)\n"
    "  --json  the hierarchy in schema taskgroup-hierarchy/1\n"
    "  --dot   Graphviz, one cluster per group\n"
    "  --html  an interactive page of the graph (docs/pictures.md)\n"
    "  --list  task ids in creation order\n"
    "  --run   run every task instance locally and print its state\n";

} // namespace detail

/// Runs the command given on the command line against `dags`; returns the exit status.
TG_ANNOTATE("taskgroup.cli")
inline int cli(const std::vector<Dag> &dags, int argc, char **argv) {
  std::string_view command = argc > 1 ? argv[1] : "--tree";
  if (argc > 2 || command == "--help" || command == "-h") {
    std::fputs(detail::cli_usage, argc > 2 ? stderr : stdout);
    return argc > 2 ? 2 : 0;
  }
  try {
    if (command == "--json") {
      std::cout << to_json(dags);
    } else if (command == "--html") {
      std::cout << render_html(to_json(dags));
    } else if (command == "--dot") {
      for (const Dag &dag : dags)
        std::cout << dag.to_dot();
    } else if (command == "--list") {
      for (const Dag &dag : dags)
        for (const auto &id : dag.task_ids())
          std::cout << id << '\n';
    } else if (command == "--tree") {
      for (const Dag &dag : dags)
        std::cout << to_tree(dag);
    } else if (command == "--run") {
      bool all_succeeded = true;
      for (const Dag &dag : dags) {
        RunResult result = run(dag);
        for (const auto &ti : result.instances())
          std::cout << detail::format_instance(ti) << '\n';
        std::cout << "dag_run " << dag.dag_id() << ' '
                  << (result.succeeded() ? "success" : "failed") << '\n';
        all_succeeded = all_succeeded && result.succeeded();
      }
      return all_succeeded ? 0 : 1;
    } else {
      std::fprintf(stderr, "unknown option '%s'\n%s", std::string(command).c_str(),
                   detail::cli_usage);
      return 2;
    }
  } catch (const Error &e) {
    detail::print_error(e);
    return 1;
  }
  std::cout.flush();
  return 0;
}

TG_ANNOTATE("taskgroup.cli")
inline int cli(const Dag &dag, int argc, char **argv) {
  return cli(std::vector<Dag>{dag}, argc, argv);
}

/// Calls `build()` itself, so an error while building is reported like any other.
template <class Build>
  requires std::is_invocable_v<Build &>
TG_ANNOTATE("taskgroup.cli")
int cli(Build &&build, int argc, char **argv) {
  try {
    return cli(build(), argc, argv);
  } catch (const Error &e) {
    detail::print_error(e);
    return 1;
  }
}

} // namespace tg
