// taskgroup: the command-line front end of taskgroup-tidy.
//
//   taskgroup inspect FILE... [-p BUILD_DIR] [--format=tree|json|dot] [--compare] [--dag ID]
//                     [--group ID] [--max-NAME=N] [-- COMPILER FLAGS]
//
// Prints the hierarchy of every DAG the files build, from their source (no program is run).
// `--format=json` is the runtime's `--json` schema with the static keys `loc`/`dynamic`/
// `conditional`; `--compare` leaves them out, so the text equals the program's own `--json`
// for programs whose structure is known before run time.
#include "Interpreter.h"
#include "Model.h"

#include "clang/AST/ASTConsumer.h"
#include "clang/AST/ASTContext.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendAction.h"
#include "clang/Tooling/ArgumentsAdjusters.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "clang/Tooling/Tooling.h"

#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

namespace {

#ifndef TASKGROUP_INCLUDE_DIR
#define TASKGROUP_INCLUDE_DIR ""
#endif
#ifndef TASKGROUP_CLANG_RESOURCE_DIR
#define TASKGROUP_CLANG_RESOURCE_DIR "/usr/lib/llvm-22/lib/clang/22"
#endif

class ModelConsumer : public clang::ASTConsumer {
public:
  ModelConsumer(tgmodel::Model &out, const tgmodel::BuildOptions &options)
      : out_(out), options_(options) {}
  void HandleTranslationUnit(clang::ASTContext &ctx) override {
    tgmodel::Model m = tgmodel::buildModel(ctx, options_);
    for (auto &d : m.dags)
      out_.dags.push_back(std::move(d));
  }

private:
  tgmodel::Model &out_;
  const tgmodel::BuildOptions &options_;
};

class ModelAction : public clang::ASTFrontendAction {
public:
  ModelAction(tgmodel::Model &out, const tgmodel::BuildOptions &options)
      : out_(out), options_(options) {}
  std::unique_ptr<clang::ASTConsumer> CreateASTConsumer(clang::CompilerInstance &,
                                                        llvm::StringRef) override {
    return std::make_unique<ModelConsumer>(out_, options_);
  }

private:
  tgmodel::Model &out_;
  const tgmodel::BuildOptions &options_;
};

class ModelActionFactory : public clang::tooling::FrontendActionFactory {
public:
  ModelActionFactory(tgmodel::Model &out, const tgmodel::BuildOptions &options)
      : out_(out), options_(options) {}
  std::unique_ptr<clang::FrontendAction> create() override {
    return std::make_unique<ModelAction>(out_, options_);
  }

private:
  tgmodel::Model &out_;
  const tgmodel::BuildOptions &options_;
};

int usage(int status) {
  (status ? std::cerr : std::cout)
      << "usage: taskgroup inspect FILE... [-p BUILD_DIR] [--format=tree|json|dot] [--compare]\n"
         "                         [--dag ID] [--group ID] [--max-NAME=N] [-- COMPILER FLAGS]\n"
         "  Prints the hierarchy of every DAG the files build, from their source.\n"
         "  --format=tree   an indented tree with locations and markers (default)\n"
         "  --format=json   schema taskgroup-hierarchy/1 with the static keys loc/dynamic/\n"
         "                  conditional/multiplicity/refs and each DAG's issues\n"
         "  --format=dot    Graphviz (conditional nodes dashed, dynamic ones dotted)\n"
         "  --compare       with --format=json: leave the static keys out (the runtime's text)\n"
         "  --dag ID        only the DAG ID\n"
         "  --group ID      only the group ID (fully qualified) and everything under it\n"
         "  --max-unroll=N (64) --max-call-depth=N (16) --max-nodes=N (20000)\n"
         "  --max-steps=N (4000000) --max-forks=N (256): the interpreter's bounds\n"
         "  -p BUILD_DIR    read compile_commands.json from BUILD_DIR\n";
  return status;
}

bool has_prefix_arg(const clang::tooling::CommandLineArguments &args, llvm::StringRef prefix) {
  for (const auto &a : args)
    if (llvm::StringRef(a).starts_with(prefix))
      return true;
  return false;
}

int inspect(const std::vector<std::string> &args) {
  std::vector<std::string> files, flags;
  std::string build_dir, format = "tree";
  bool compare = false, have_flags = false;
  tgmodel::Focus focus;
  tgmodel::BuildOptions build;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string &a = args[i];
    if (have_flags) {
      flags.push_back(a);
    } else if (a == "--") {
      have_flags = true;
    } else if (a == "-p" && i + 1 < args.size()) {
      build_dir = args[++i];
    } else if (a.rfind("-p=", 0) == 0) {
      build_dir = a.substr(3);
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
    } else if (a.rfind("--max-", 0) == 0 && a.find('=') != std::string::npos) {
      std::string name = a.substr(2, a.find('=') - 2);
      unsigned long value = std::strtoul(a.c_str() + a.find('=') + 1, nullptr, 10);
      if (name == "max-unroll") build.max_unroll = static_cast<unsigned>(value);
      else if (name == "max-call-depth") build.max_call_depth = static_cast<unsigned>(value);
      else if (name == "max-nodes") build.max_nodes = static_cast<unsigned>(value);
      else if (name == "max-steps") build.max_steps = value;
      else if (name == "max-forks") build.max_forks = static_cast<unsigned>(value);
      else {
        std::cerr << "taskgroup inspect: unknown option " << a << "\n";
        return usage(2);
      }
    } else if (a == "--compare") {
      compare = true;
    } else if (a == "-h" || a == "--help") {
      return usage(0);
    } else if (!a.empty() && a[0] == '-') {
      std::cerr << "taskgroup inspect: unknown option " << a << "\n";
      return usage(2);
    } else {
      files.push_back(a);
    }
  }
  if (files.empty() || (format != "tree" && format != "json" && format != "dot"))
    return usage(2);

  std::unique_ptr<clang::tooling::CompilationDatabase> db;
  std::string error;
  if (!build_dir.empty()) {
    db = clang::tooling::CompilationDatabase::loadFromDirectory(build_dir, error);
    if (!db) {
      std::cerr << "taskgroup inspect: " << error << "\n";
      return 2;
    }
  } else {
    if (!have_flags)
      flags = {"-std=c++20"};
    db = std::make_unique<clang::tooling::FixedCompilationDatabase>(".", flags);
  }

  clang::tooling::ClangTool tool(*db, files);
  // The library's headers and the compiler's own headers, unless the command line has them.
  tool.appendArgumentsAdjuster([](const clang::tooling::CommandLineArguments &in,
                                  llvm::StringRef) {
    clang::tooling::CommandLineArguments out = in;
    auto at = out.size() > 1 ? out.begin() + 1 : out.end();
    std::vector<std::string> extra;
    if (!has_prefix_arg(in, "-resource-dir"))
      extra.push_back(std::string("-resource-dir=") + TASKGROUP_CLANG_RESOURCE_DIR);
    if (std::string(TASKGROUP_INCLUDE_DIR).size())
      extra.push_back(std::string("-isystem") + TASKGROUP_INCLUDE_DIR); // searched last
    out.insert(at, extra.begin(), extra.end());
    return out;
  });
  tool.appendArgumentsAdjuster(clang::tooling::getClangSyntaxOnlyAdjuster());

  tgmodel::Model model;
  ModelActionFactory factory(model, build);
  int status = tool.run(&factory);

  if (format == "json")
    std::cout << tgmodel::to_json(model, {.static_keys = !compare, .focus = focus});
  else if (format == "dot")
    std::cout << tgmodel::to_dot(model, focus);
  else
    std::cout << tgmodel::to_tree(model, focus);
  return status == 0 ? 0 : 1;
}

} // namespace

int main(int argc, char **argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty())
    return usage(2);
  if (args[0] == "-h" || args[0] == "--help")
    return usage(0);
  if (args[0] == "inspect")
    return inspect({args.begin() + 1, args.end()});
  std::cerr << "taskgroup: unknown command " << args[0] << "\n";
  return usage(2);
}
