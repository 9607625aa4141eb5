#include "Pictures.h"

#include "Batch.h"

#include <taskgroup/html.hpp>
#include <taskgroup/output.hpp>

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Program.h"

#include <iostream>
#include <map>
#include <set>
#include <tuple>

namespace taskgroup {

namespace {

using tg::detail::NodeRef;

/// One finding of the checks, and the node it concerns (none: the DAG as a
/// whole).
struct Finding {
  std::string Check, Message, File;
  unsigned Line = 0, Column = 0;
  const tgmodel::DagModel *Dag = nullptr;
  NodeRef Node{false, -1};
};

/// A file's path made comparable: the same file named relatively or absolutely.
std::string canonical(const std::string &File) {
  static std::map<std::string, std::string> Cache;
  auto [It, New] = Cache.try_emplace(File);
  if (New) {
    llvm::SmallString<256> Real;
    It->second =
        llvm::sys::fs::real_path(File, Real) ? File : std::string(Real);
  }
  return It->second;
}

/// The file, shown relative to the working directory when it is under it.
std::string shown(const std::string &File) {
  llvm::SmallString<256> Cwd;
  llvm::StringRef Path(File);
  if (!llvm::sys::fs::current_path(Cwd) && Path.consume_front(Cwd) &&
      Path.consume_front("/"))
    return Path.str();
  return File;
}

std::vector<Finding> runChecks(const PictureInput &Input, const char *Argv0) {
  std::vector<TidyRun> Runs;
  std::string Error;
  if (!runOverFiles(Argv0, Input.Files, Input.BuildDir, Input.Flags,
                    Input.Checks, Runs, Error, Input.Extra)) {
    std::cerr << "taskgroup inspect: warning: no findings shown: " << Error
              << "\n";
    return {};
  }
  std::vector<Finding> Out;
  std::set<std::tuple<std::string, std::string, unsigned, unsigned>> Seen;
  for (const TidyRun &Run : Runs) {
    if (!Run.Error.empty())
      std::cerr << "taskgroup inspect: warning: the checks could not run on "
                << Run.File << ":\n"
                << Run.Error << "\n";
    for (const auto &D : Run.Diags.Diagnostics) {
      if (!llvm::StringRef(D.DiagnosticName).starts_with("taskgroup-") ||
          D.Message.FilePath.empty())
        continue;
      Finding F{D.DiagnosticName, D.Message.Message, D.Message.FilePath};
      std::tie(F.Line, F.Column) = lineColumn(F.File, D.Message.FileOffset);
      if (Seen.insert({F.Check, canonical(F.File), F.Line, F.Column}).second)
        Out.push_back(std::move(F));
    }
  }
  return Out;
}

// ---- which node a finding concerns ----

struct NodeSite {
  const tgmodel::DagModel *Dag;
  NodeRef Node;
  std::string Id, File;
  unsigned Line;
};

/// Every node of `Model` with the `file:line` of its creating call.
std::vector<NodeSite> sitesOf(const tgmodel::Model &Model) {
  std::vector<NodeSite> Out;
  auto Add = [&](const tgmodel::DagModel &D, NodeRef Node,
                 const std::string &Id, const tgmodel::NodeInfo &Info) {
    Out.push_back({&D, Node, Id, canonical(std::string(Info.loc.file)), Info.loc.line});
  };
  for (const auto &D : Model.dags) {
    for (std::size_t G = 1;
         G < D.state.groups.size() && G < D.group_info.size(); ++G)
      Add(D, {true, static_cast<int>(G)}, D.state.groups[G].group_id,
          D.group_info[G]);
    for (std::size_t T = 0; T < D.state.tasks.size() && T < D.task_info.size();
         ++T)
      Add(D, {false, static_cast<int>(T)}, D.state.tasks[T].task_id,
          D.task_info[T]);
  }
  return Out;
}

/// The strings a message quotes ('like.this'): our checks quote the ids they
/// concern.
std::map<std::string, std::size_t> quoted(const std::string &Message) {
  std::map<std::string, std::size_t> Out; // each string -> its first position
  for (std::size_t Open = Message.find('\''); Open != std::string::npos;) {
    std::size_t Close = Message.find('\'', Open + 1);
    if (Close == std::string::npos)
      break;
    Out.try_emplace(Message.substr(Open + 1, Close - Open - 1), Open);
    Open = Message.find('\'', Close + 1);
  }
  return Out;
}

/// The node a finding concerns: among the nodes created on its line, the one
/// its message names; else the only node created there; else the first id the
/// message names (a node made by a factory is created elsewhere), in the
/// finding's file first.
void attach(Finding &F, const std::vector<NodeSite> &Sites) {
  const std::string File = canonical(F.File);
  const std::map<std::string, std::size_t> Named = quoted(F.Message);
  const NodeSite *Best = nullptr;
  auto Better = [&](const NodeSite &S) {
    if (!Best)
      return true;
    bool SameFile = S.File == File, BestSameFile = Best->File == File;
    return SameFile != BestSameFile ? SameFile
                                    : Named.at(S.Id) < Named.at(Best->Id);
  };
  std::vector<const NodeSite *> OnLine;
  for (const NodeSite &S : Sites)
    if (S.File == File && S.Line == F.Line)
      OnLine.push_back(&S);
  for (const NodeSite *S : OnLine)
    if (Named.count(S->Id) && Better(*S))
      Best = S;
  if (!Best && OnLine.size() == 1)
    Best = OnLine.front();
  for (const NodeSite &S : Sites)
    if (!Best || Best->File != File || Best->Line != F.Line)
      if (Named.count(S.Id) && Better(S))
        Best = &S;
  if (!Best && !OnLine.empty())
    Best = OnLine.front();
  if (Best) {
    F.Dag = Best->Dag;
    F.Node = Best->Node;
    return;
  }
  for (const NodeSite &S : Sites) // the DAG built in the finding's file
    if (S.File == File) {
      F.Dag = S.Dag;
      return;
    }
}

std::string idOf(const Finding &F) {
  const auto &S = F.Dag->state;
  return F.Node.is_group ? S.groups[F.Node.index].group_id
                         : S.tasks[F.Node.index].task_id;
}

std::string findingsJson(const std::vector<Finding> &Findings) {
  std::string Out = "[";
  for (const Finding &F : Findings) {
    Out += Out.size() > 1 ? ",\n  {" : "\n  {";
    auto Key = [&](const char *Name, const std::string &Value,
                   bool Last = false) {
      Out += '"';
      Out += Name;
      Out += "\": ";
      tg::write_json_string(Out, Value);
      Out += Last ? "" : ", ";
    };
    if (F.Dag)
      Key("dag", F.Dag->state.dag_id);
    if (F.Dag && F.Node.index >= 0)
      Key("node", idOf(F));
    Key("check", F.Check);
    Key("loc", shown(F.File) + ":" + std::to_string(F.Line) + ":" +
                   std::to_string(F.Column));
    Key("message", F.Message, true);
    Out += "}";
  }
  return Out + (Findings.empty() ? "]\n" : "\n]\n");
}

// ---- svg ----

/// The DOT of one DAG with each marked node outlined in red, its label counting
/// its findings and its tooltip listing them. Graphviz merges attributes given
/// to a node twice; a cluster's attributes are set again right after its own.
std::string markFindings(std::string Dot,
                         const std::vector<Finding> &Findings) {
  std::map<std::pair<bool, int>, std::vector<const Finding *>> ByNode;
  for (const Finding &F : Findings)
    if (F.Dag && F.Node.index >= 0)
      ByNode[{F.Node.is_group, F.Node.index}].push_back(&F);
  std::string Tasks;
  for (const auto &[Node, List] : ByNode) {
    const auto &S = List.front()->Dag->state;
    std::string Label, Tooltip;
    if (Node.first) {
      const auto &G = S.groups[Node.second];
      Label = G.options.display_name.empty() ? G.label : G.options.display_name;
      Tooltip = G.options.tooltip;
    } else {
      Label = S.tasks[Node.second].label;
      Tooltip = S.tasks[Node.second].task_id;
    }
    Label += " \u26a0 " + std::to_string(List.size());
    for (const Finding *F : List)
      Tooltip += (Tooltip.empty() ? "" : "\n") +
                 ("\u26a0 " + F->Check + ": " + F->Message);
    using tg::detail::dot_quote;
    // a node's attribute list takes `,`, a cluster's attribute statements `;`
    auto Marks = [&](const std::string &Sep) {
      return "pencolor=\"#c62828\"" + Sep + "penwidth=2" + Sep +
             "label=" + dot_quote(Label) + Sep +
             "tooltip=" + dot_quote(Tooltip);
    };
    if (Dot.find("digraph " + dot_quote(S.dag_id) + " {") == std::string::npos)
      continue; // another DAG's
    if (!Node.first) {
      const std::string Id = dot_quote(S.tasks[Node.second].task_id);
      if (Dot.find(Id + " [label=") !=
          std::string::npos) // drawn (not left out by --group)
        Tasks += "  " + Id + " [color=\"#c62828\", " + Marks(", ") + "];\n";
      continue;
    }
    std::string Open = "subgraph " +
                       dot_quote("cluster_" + S.groups[Node.second].group_id) +
                       " {\n";
    std::size_t At = Dot.find(Open);
    std::size_t AttributesEnd =
        At == std::string::npos ? At : Dot.find('\n', At + Open.size());
    if (AttributesEnd != std::string::npos)
      Dot.insert(AttributesEnd + 1, "    " + Marks("; ") + ";\n");
  }
  std::size_t Close = Dot.rfind('}');
  if (Close != std::string::npos)
    Dot.insert(Close, Tasks);
  return Dot;
}

/// Graphviz's SVG of `Dot`; false, with `Error`, when `dot` cannot run.
bool runGraphviz(const std::string &Dot, std::string &Svg, std::string &Error) {
  auto Program = llvm::sys::findProgramByName("dot");
  if (!Program) {
    Error = "cannot find Graphviz's dot (Debian: apt-get install graphviz)";
    return false;
  }
  llvm::SmallString<128> In, Out;
  llvm::sys::fs::createTemporaryFile("taskgroup-picture", "dot", In);
  llvm::sys::fs::createTemporaryFile("taskgroup-picture", "svg", Out);
  {
    std::error_code EC;
    llvm::raw_fd_ostream Stream(In, EC);
    Stream << Dot;
  }
  std::optional<llvm::StringRef> Redirects[] = {
      llvm::StringRef(In), llvm::StringRef(Out), std::nullopt};
  llvm::StringRef Argv[] = {*Program, "-Tsvg"};
  int Status = llvm::sys::ExecuteAndWait(*Program, Argv, std::nullopt,
                                         Redirects, 0, 0, &Error);
  if (auto Buffer = llvm::MemoryBuffer::getFile(Out))
    Svg = (*Buffer)->getBuffer().str();
  llvm::sys::fs::remove(In);
  llvm::sys::fs::remove(Out);
  if (Status != 0 && Error.empty())
    Error = "dot exited " + std::to_string(Status);
  return Status == 0;
}

int writeSvg(const tgmodel::Model &Model, const tgmodel::Focus &Focus,
             const std::vector<Finding> &Findings) {
  std::string Dot = tgmodel::to_dot(Model, Focus);
  std::size_t Dags = 0;
  for (std::size_t At = Dot.find("digraph "); At != std::string::npos;
       At = Dot.find("\ndigraph ", At + 1))
    ++Dags;
  if (Dags != 1) {
    std::cerr << "taskgroup inspect: --format=svg draws one DAG; "
              << (Dags ? "choose one with --dag ID" : "no DAG in the files")
              << "\n";
    return 2;
  }
  std::string Svg, Error;
  if (!runGraphviz(markFindings(Dot, Findings), Svg, Error)) {
    std::cerr << "taskgroup inspect: " << Error << "\n";
    return 2;
  }
  std::cout << Svg;
  return 0;
}

} // namespace

int writePicture(const std::string &Format, const tgmodel::Model &Model,
                 const tgmodel::Focus &Focus, const PictureInput &Input,
                 const char *Argv0) {
  std::vector<Finding> Findings = runChecks(Input, Argv0);
  const std::vector<NodeSite> Sites = sitesOf(Model);
  for (Finding &F : Findings)
    attach(F, Sites);
  if (Format == "svg")
    return writeSvg(Model, Focus, Findings);
  std::cout << tg::render_html(
      tgmodel::to_json(Model, {.static_keys = true, .focus = Focus}),
      findingsJson(Findings));
  return 0;
}

} // namespace taskgroup
