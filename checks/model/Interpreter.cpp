#include "Interpreter.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/Attr.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/Expr.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/GlobalDecl.h"
#include "clang/AST/Mangle.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/Support/ProgramStack.h"

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <tuple>
#include <utility>

using namespace clang;

namespace tgmodel {
namespace {

// ---------------------------------------------------------------- abstract values

struct Frame;
struct DecoratorData;

struct AVal {
  enum Kind { Unknown, Void, Int, Bool, Str, Enum, Handle, List, Record, Lambda, Func, Decorator };
  Kind k = Unknown;
  long long i = 0;       // Int, Bool, Enum
  std::string s;         // Str (a pattern when dyn), Enum's name
  bool dyn = false;      // Str: holds `{?}`
  int dag = -1, idx = -1; // Handle
  enum HKind { HDag, HGroup, HTask } hk = HDag;
  std::vector<AVal> list;                          // List
  struct Field;
  std::vector<Field> rec;                          // Record: fields written
  const LambdaExpr *lambda = nullptr;              // Lambda
  std::shared_ptr<Frame> env;                      // Lambda's defining frame
  const FunctionDecl *fn = nullptr;                // Func
  std::shared_ptr<const DecoratorData> deco;       // Decorator
  const StringLiteral *lit = nullptr; // Str: the literal it was copied from, unchanged

  // Defined below, once `Field` is complete.
  static AVal integer(long long v);
  static AVal boolean(bool v);
  static AVal str(std::string v, bool dyn = false);
  static AVal handle(int dag, HKind hk, int idx);
  static AVal void_();
  bool known_int() const { return k == Int || k == Bool || k == Enum; }
  const AVal *field(llvm::StringRef name) const;
};

struct AVal::Field {
  llvm::StringRef name; // the member's name, in the AST's identifier table
  AVal value;
};

AVal AVal::integer(long long v) { AVal a; a.k = Int; a.i = v; return a; }
AVal AVal::boolean(bool v) { AVal a; a.k = Bool; a.i = v; return a; }
AVal AVal::str(std::string v, bool dyn) { AVal a; a.k = Str; a.s = std::move(v); a.dyn = dyn || is_pattern(a.s); return a; }
AVal AVal::handle(int dag, HKind hk, int idx) { AVal a; a.k = Handle; a.dag = dag; a.hk = hk; a.idx = idx; return a; }
AVal AVal::void_() { AVal a; a.k = Void; return a; }
const AVal *AVal::field(llvm::StringRef name) const {
  for (const auto &[n, v] : rec)
    if (n == name)
      return &v;
  return nullptr;
}

struct DecoratorData {
  std::string id;
  bool dyn = false;
  const StringLiteral *lit = nullptr;
  SourceLocation at; // the `tg::task_group(...)` call
  AVal fn;
  tg::GroupOptions options;
  std::vector<AVal> fixed;
};

struct Frame {
  std::map<const ValueDecl *, AVal> vars;
  std::shared_ptr<Frame> parent;
};
using FramePtr = std::shared_ptr<Frame>;

enum class Flow { Normal, Break, Continue, Return };

/// Pushes a value on a stack for the lifetime of the scope (the loop or call being run).
template <class T> struct Scoped {
  std::vector<T> &stack;
  Scoped(std::vector<T> &s, T v) : stack(s) { stack.push_back(v); }
  ~Scoped() { stack.pop_back(); }
  Scoped(const Scoped &) = delete;
  Scoped &operator=(const Scoped &) = delete;
};

/// `e` under the layers that keep its value: parentheses, implicit conversions, temporaries,
/// full-expression wrappers and casts.
const Expr *strip(const Expr *e) {
  // Asked for at almost every step of an evaluation: one switch per layer.
  while (e) {
    switch (e->getStmtClass()) {
    case Stmt::ParenExprClass:
      e = cast<ParenExpr>(e)->getSubExpr();
      continue;
    case Stmt::ImplicitCastExprClass:
    case Stmt::CXXFunctionalCastExprClass:
    case Stmt::CStyleCastExprClass:
    case Stmt::CXXStaticCastExprClass:
    case Stmt::CXXConstCastExprClass:
      e = cast<CastExpr>(e)->getSubExpr();
      continue;
    case Stmt::ExprWithCleanupsClass:
    case Stmt::ConstantExprClass:
      e = cast<FullExpr>(e)->getSubExpr();
      continue;
    case Stmt::MaterializeTemporaryExprClass:
      e = cast<MaterializeTemporaryExpr>(e)->getSubExpr();
      continue;
    case Stmt::CXXBindTemporaryExprClass:
      e = cast<CXXBindTemporaryExpr>(e)->getSubExpr();
      continue;
    default: {
      // The rarer wrappers IgnoreParens knows: __extension__, _Generic, __builtin_choose_expr.
      const Expr *inner = e->IgnoreParens();
      if (inner == e)
        return e;
      e = inner;
    }
    }
  }
  return e;
}

/// The `taskgroup.*` annotation of a function (or of the template it comes from). The text
/// lives in the attribute, as long as the AST.
llvm::StringRef annotation_attr(const FunctionDecl *fd) {
  for (int step = 0; fd && step < 4; ++step) {
    for (const auto *a : fd->specific_attrs<AnnotateAttr>())
      if (a->getAnnotation().starts_with("taskgroup."))
        return a->getAnnotation();
    if (auto *p = fd->getPrimaryTemplate()) fd = p->getTemplatedDecl();
    else if (auto *m = fd->getInstantiatedFromMemberFunction()) fd = m;
    else break;
  }
  return {};
}

std::string annotation(const FunctionDecl *fd) { return annotation_attr(fd).str(); }

/// The name of the outermost namespace around `fd` ("fmt" for `fmt::v10::format`), or empty.
llvm::StringRef outermost_namespace(const FunctionDecl *fd) {
  const NamespaceDecl *top = nullptr;
  for (const DeclContext *dc = fd->getDeclContext(); dc; dc = dc->getParent())
    if (auto *ns = dyn_cast<NamespaceDecl>(dc))
      top = ns;
  return top ? top->getName() : llvm::StringRef();
}

/// Library, standard library and fmt internals are never inlined.
bool opaque(const FunctionDecl *fd, const SourceManager &sm) {
  if (fd->isInStdNamespace() || sm.isInSystemHeader(fd->getLocation()))
    return true;
  const llvm::StringRef top = outermost_namespace(fd);
  return top == "tg" || top == "fmt" || top == "std";
}

// ---------------------------------------------------------------- the interpreter

class Interp {
public:
  /// `builds_dag`: whether a function constructs a DAG, itself or through its calls.
  Interp(ASTContext &ctx, const BuildOptions &opts, Model &model,
         std::shared_ptr<const std::set<std::string>> suffixes,
         std::function<bool(const FunctionDecl *)> builds_dag)
      : ctx_(&ctx), sm_(&ctx.getSourceManager()), opts_(opts), model_(model),
        suffixes_(std::move(suffixes)), builds_dag_(std::move(builds_dag)) {}

  void run_entry(const FunctionDecl *fd) {
    forks_ = 0;
    std::vector<AVal> args(fd->getNumParams());
    call_function(fd, args, nullptr);
  }

  /// A user factory (TG_GROUP_FACTORY) that no entry point calls: run on its own, under a
  /// symbolic parent, so the checks still see what it creates. The parent is a DAG named
  /// after the factory, or a group in it named after the first parameter, which stands for
  /// any caller's group (`dynamic`: its real id is unknown).
  void run_factory(const FunctionDecl *fd) {
    if (fd->getNumParams() == 0) return;
    forks_ = 0;
    DagModel d(fd->getNameAsString());
    d.loc = loc(fd->getBeginLoc());
    d.factory = true;
    d.spelled_suffixes = suffixes_;
    model_.dags.push_back(std::move(d));
    const int dag = static_cast<int>(model_.dags.size()) - 1;
    std::vector<AVal> args(fd->getNumParams());
    const ParmVarDecl *parent = fd->getParamDecl(0);
    const CXXRecordDecl *rd = parent->getType().getNonReferenceType()->getAsCXXRecordDecl();
    if (rd && rd->getName() == "Dag") {
      args[0] = AVal::handle(dag, AVal::HDag, 0);
    } else {
      NodeInfo info;
      info.loc = place(parent->getLocation());
      info.at = parent->getLocation().getRawEncoding();
      info.dynamic = true;
      std::string name = parent->getName().empty() ? "parent" : parent->getName().str();
      int g = model_.dags[dag].add_group(0, name, {}, false, false, info);
      if (g < 0) return;
      model_.dags[dag].group_info[g].dynamic = true;
      args[0] = AVal::handle(dag, AVal::HGroup, g);
    }
    call_function(fd, args, nullptr);
  }
  /// Every user function inlined so far, by canonical declaration.
  const std::set<const Decl *> &inlined() const { return inlined_; }

  /// Attaches every string reference to the node it names (references may precede creation).
  void resolve_refs() {
    for (const Pending &p : pending_) {
      if (p.dag < 0 || p.dag >= static_cast<int>(model_.dags.size())) continue;
      DagModel &d = model_.dags[p.dag];
      bool done = false;
      if (p.want != 'g')
        if (auto it = d.state.task_by_id.find(p.id); it != d.state.task_by_id.end() &&
                                                      it->second < static_cast<int>(d.task_info.size())) {
          d.task_info[it->second].extras().refs.push_back(p.ref);
          done = true;
        }
      if (!done && p.want != 't')
        if (auto it = d.state.group_by_id.find(p.id); it != d.state.group_by_id.end() &&
                                                       it->second < static_cast<int>(d.group_info.size())) {
          d.group_info[it->second].extras().refs.push_back(p.ref);
          done = true;
        }
      if (!done) d.unresolved_refs.emplace_back(p.id, p.ref);
    }
    pending_.clear();
  }

private:
  struct Pending {
    int dag;
    std::string id;
    char want; // 't' task, 'g' group, 'a' either
    Ref ref;
  };
  std::vector<Pending> pending_;
  std::set<std::tuple<int, std::string, std::string>> seen_refs_; // dag, id, loc#task
  tg::detail::NodeRef scanned_task_{}; // the task whose callable `scan_callable` reads

  void add_ref(int dag, const AVal &id, char want, const char *kind, const Expr *at, const Expr *lit) {
    if (id.k != AVal::Str || id.dyn) return;
    Ref r;
    r.kind = kind;
    r.loc = loc(at->getBeginLoc());
    r.at = at->getBeginLoc().getRawEncoding();
    if (lit) r.literal = literal_span(lit);
    r.from = scanned_task_;
    if (!seen_refs_.insert({dag, id.s, r.loc + "#" + std::to_string(r.from.index)}).second) return;
    pending_.push_back({dag, id.s, want, std::move(r)});
  }

  /// The string references inside a task's callable: `xcom_pull(id)` calls, and for a branch
  /// the strings its return statements return. Nested lambdas are scanned too (their returns
  /// are not the branch's).
  void scan_callable(const AVal &callable, int dag, bool branch) {
    const FunctionDecl *fd = nullptr;
    FramePtr env;
    if (callable.k == AVal::Lambda && callable.lambda) { fd = callable.lambda->getCallOperator(); env = callable.env; }
    else if (callable.k == AVal::Func) fd = callable.fn;
    const FunctionDecl *def = nullptr;
    if (!fd || !fd->hasBody(def) || !def || !def->getBody()) return;
    auto frame = std::make_shared<Frame>();
    frame->parent = env;
    struct Scanner : RecursiveASTVisitor<Scanner> {
      std::vector<const CallExpr *> pulls;
      std::vector<const ReturnStmt *> returns;
      int lambda_depth = 0;
      bool TraverseLambdaExpr(LambdaExpr *le) {
        ++lambda_depth;
        bool r = RecursiveASTVisitor::TraverseLambdaExpr(le);
        --lambda_depth;
        return r;
      }
      bool VisitCallExpr(CallExpr *c) {
        if (auto *callee = c->getDirectCallee(); callee && annotation(callee) == "taskgroup.ref.xcom_pull")
          pulls.push_back(c);
        return true;
      }
      bool VisitReturnStmt(ReturnStmt *r) {
        if (lambda_depth == 0) returns.push_back(r);
        return true;
      }
    } scanner;
    scanner.TraverseStmt(const_cast<Stmt *>(def->getBody()));
    for (const CallExpr *c : scanner.pulls) {
      if (c->getNumArgs() < 1) continue;
      const Expr *a = c->getArg(0);
      add_ref(dag, eval(a, frame), 't', "xcom_pull", a, a);
    }
    if (!branch) return;
    for (const ReturnStmt *r : scanner.returns) {
      if (!r->getRetValue()) continue;
      // every string literal of the returned expression, else its value
      std::vector<const StringLiteral *> lits;
      struct Lits : RecursiveASTVisitor<Lits> {
        std::vector<const StringLiteral *> &out;
        explicit Lits(std::vector<const StringLiteral *> &o) : out(o) {}
        bool VisitStringLiteral(StringLiteral *l) { out.push_back(l); return true; }
        bool TraverseLambdaExpr(LambdaExpr *) { return true; }
      } finder(lits);
      finder.TraverseStmt(const_cast<Expr *>(r->getRetValue()));
      if (!lits.empty()) {
        for (const StringLiteral *l : lits)
          if (l->getCharByteWidth() == 1) add_ref(dag, AVal::str(l->getString().str()), 'a', "branch", l, l);
        continue;
      }
      AVal v = eval(r->getRetValue(), frame);
      if (v.k == AVal::List)
        for (const AVal &e : v.list) add_ref(dag, e, 'a', "branch", r->getRetValue(), nullptr);
      else
        add_ref(dag, v, 'a', "branch", r->getRetValue(), nullptr);
    }
  }

  // The unit whose code runs now: another unit's while a call runs a definition found there
  // (`BuildOptions::definition_elsewhere`), so its locations and constants read right.
  ASTContext *ctx_;
  const SourceManager *sm_;
  mutable const char *last_file_name_ = nullptr; // `place`'s last file, and its interned name
  mutable std::string_view last_file_;
  /// `annotation_attr` per function: every call and construction evaluated asks, once per
  /// loop iteration, and the answer walks the attributes and the template pattern. Cleared when
  /// the current unit changes (`UnitScope`).
  mutable llvm::DenseMap<const FunctionDecl *, llvm::StringRef> annotations_;
  const BuildOptions &opts_;
  Model &model_;
  std::shared_ptr<const std::set<std::string>> suffixes_;
  std::function<bool(const FunctionDecl *)> builds_dag_;
  unsigned long steps_ = 0;
  int cond_depth_ = 0, dyn_depth_ = 0, many_depth_ = 0;
  Guard guard_;          // the branch choices of the current path
  int next_fork_ = 0;    // fork numbers, per translation unit
  unsigned forks_ = 0;   // forks given a guard, per entry point
  int unguarded_ = 0;    // inside a fork past the cap
  struct Tail { bool pending = false; int fork = -1, arm = 0; } tail_; // an arm left the block
  std::vector<int> tail_forks_;
  std::vector<const Decl *> stack_;
  std::set<const Decl *> inlined_;
  std::vector<AVal> early_returns_; // values returned on one arm of an unknown fork
  std::vector<SourceLocation> calls_; // inlined user calls on the current path
  mutable std::shared_ptr<const std::vector<RawLoc>> last_call_path_; // see `call_path`
  std::vector<const Stmt *> loops_;   // loops being unrolled or summarised
  std::map<const VarDecl *, AVal> globals_;
  std::set<const VarDecl *> globals_in_progress_;
  AVal retval_;

  bool out_of_steps() { return ++steps_ > opts_.max_steps; }
  /// Whether `s` is past the step bound; the first statement or expression past it is
  /// recorded as a cut.
  bool out_of_steps(const Stmt *s) {
    if (!out_of_steps()) return false;
    if (steps_ == opts_.max_steps + 1) cut_at(s, "max-steps");
    return true;
  }
  /// Records that evaluation stopped at `s` (`Model::cuts`). Stopped inside a header (the
  /// library's own code, which the checks' warnings cannot point into), the cut is placed at
  /// the innermost inlined call of the main file that led there.
  void cut_at(const Stmt *s, const char *limit) {
    SourceLocation at = sm_->getExpansionLoc(s->getBeginLoc());
    for (auto call = calls_.rbegin(); call != calls_.rend() && !sm_->isInMainFile(at); ++call)
      at = sm_->getExpansionLoc(*call);
    model_.note_cut({"", "", loc(at), limit, at.getRawEncoding()});
  }

  // ---- locations ----
  std::string loc(SourceLocation l) const { return place(l).str(); }
  Place place(SourceLocation l) const {
    PresumedLoc p = sm_->getPresumedLoc(sm_->getExpansionLoc(l));
    if (p.isInvalid())
      return {};
    // Interning takes a lock; the name's buffer is the same for every place in one file.
    if (p.getFilename() != last_file_name_) {
      last_file_name_ = p.getFilename();
      last_file_ = intern_file(last_file_name_);
    }
    return {last_file_, p.getLine(), p.getColumn()};
  }
  SourceSpan literal_span(const Expr *e) const {
    SourceSpan span;
    e = strip(e);
    while (auto *c = dyn_cast_or_null<CXXConstructExpr>(e)) {
      unsigned n = c->getNumArgs();
      while (n > 0 && isa<CXXDefaultArgExpr>(c->getArg(n - 1))) --n; // std::string's allocator
      if (n != 1) return span;
      e = strip(c->getArg(0));
    }
    auto *lit = dyn_cast_or_null<StringLiteral>(e);
    if (!lit || lit->getNumConcatenated() != 1 || lit->getBeginLoc().isMacroID())
      return span;
    SourceLocation b = lit->getBeginLoc();
    span.file = intern_file(sm_->getFilename(b));
    span.at = b.getRawEncoding();
    span.text = lit->getString().str();
    span.begin = sm_->getFileOffset(b);
    span.end = sm_->getFileOffset(lit->getEndLoc()) +
               Lexer::MeasureTokenLength(lit->getEndLoc(), *sm_, ctx_->getLangOpts());
    return span;
  }
  /// `calls_` for a node record, shared with the previous node while it is the same.
  std::shared_ptr<const std::vector<RawLoc>> call_path() const {
    if (calls_.empty()) return nullptr;
    auto same = [&] {
      return last_call_path_ && last_call_path_->size() == calls_.size() &&
             std::equal(calls_.begin(), calls_.end(), last_call_path_->begin(),
                        [](SourceLocation c, RawLoc raw) { return c.getRawEncoding() == raw; });
    };
    if (!same()) {
      auto path = std::make_shared<std::vector<RawLoc>>();
      for (SourceLocation c : calls_) path->push_back(c.getRawEncoding());
      last_call_path_ = std::move(path);
    }
    return last_call_path_;
  }
  NodeInfo info(const Expr *call, const Expr *id_arg, const AVal &id) const {
    NodeInfo n;
    n.loc = place(call->getBeginLoc());
    n.at = call->getBeginLoc().getRawEncoding();
    n.call_expr = call;
    n.call_path = call_path();
    if (!loops_.empty()) n.loop = loops_.back()->getBeginLoc().getRawEncoding();
    n.dynamic = dyn_depth_ > 0 || id.dyn || id.k != AVal::Str;
    n.conditional = cond_depth_ > 0;
    n.many = many_depth_ > 0 && id.k == AVal::Str && !id.dyn;
    n.unguarded = unguarded_ > 0;
    n.guard = guard_;
    if (id.k == AVal::Str && id.lit) n.id_literal = literal_span(id.lit);
    else if (id_arg) n.id_literal = literal_span(id_arg);
    return n;
  }

  // ---- paths ----
  /// Enters an unknown branch: returns the fork number (-1 past the cap, unguarded).
  int begin_fork() {
    ++cond_depth_;
    if (forks_ >= opts_.max_forks) { ++unguarded_; return -1; }
    ++forks_;
    return next_fork_++;
  }
  void enter_arm(int fork, int arm, bool binary = true) {
    if (fork >= 0) guard_.push_back({fork, arm, binary});
  }
  void leave_arm(int fork) {
    if (fork >= 0 && !guard_.empty()) guard_.pop_back();
  }
  void end_fork(int fork) {
    --cond_depth_;
    if (fork < 0) --unguarded_;
  }

  // ---- variables ----
  AVal *lookup(const ValueDecl *d, const FramePtr &f) {
    for (Frame *fr = f.get(); fr; fr = fr->parent.get()) {
      auto it = fr->vars.find(d);
      if (it != fr->vars.end()) return &it->second;
    }
    return nullptr;
  }
  AVal global(const VarDecl *vd) {
    auto it = globals_.find(vd);
    if (it != globals_.end()) return it->second;
    const VarDecl *def = vd->getDefinition() ? vd->getDefinition() : vd;
    const Expr *init = def->getAnyInitializer();
    bool constant = vd->isConstexpr() || vd->getType().isConstQualified() ||
                    vd->getType()->isReferenceType();
    if (!init || !constant || globals_in_progress_.count(vd)) return {};
    globals_in_progress_.insert(vd);
    AVal v = eval(init, std::make_shared<Frame>());
    globals_in_progress_.erase(vd);
    globals_[vd] = v;
    return v;
  }
  /// The variable slot an lvalue designates: a local, or a field of a record held in one
  /// (`options.tooltip`, `cfg.inner.id`). Null when unknown.
  AVal *slot(const Expr *lhs, const FramePtr &f, int depth = 0) {
    lhs = strip(lhs);
    if (auto *dr = dyn_cast<DeclRefExpr>(lhs)) {
      if (AVal *v = lookup(dr->getDecl(), f)) return v;
      return &f->vars[dr->getDecl()];
    }
    if (auto *me = dyn_cast<MemberExpr>(lhs); me && depth < 8) {
      AVal *base = slot(me->getBase(), f, depth + 1);
      if (!base) return nullptr;
      if (base->k == AVal::Unknown && me->getBase()->getType()->getAsRecordDecl()) base->k = AVal::Record;
      if (base->k != AVal::Record) return nullptr;
      llvm::StringRef name = me->getMemberDecl()->getName();
      for (auto &[n, v] : base->rec)
        if (n == name) return &v;
      base->rec.push_back({name, AVal{}});
      return &base->rec.back().value;
    }
    return nullptr;
  }
  void assign(const Expr *lhs, AVal v, const FramePtr &f) {
    if (AVal *s = slot(lhs, f)) *s = std::move(v);
  }

  /// The value of an expression that is `a` on some paths and `b` on others.
  static AVal join(const AVal &a, const AVal &b) {
    if (a.k != b.k) return {};
    switch (a.k) {
    case AVal::Void: return a;
    case AVal::Int: case AVal::Bool: case AVal::Enum: return a.i == b.i ? a : AVal{};
    case AVal::Str: return a.s == b.s && a.dyn == b.dyn ? a : AVal::str("{?}", true);
    case AVal::Handle: return a.dag == b.dag && a.hk == b.hk && a.idx == b.idx ? a : AVal{};
    default: return {};
    }
  }

  // ---- strings ----
  static AVal as_str(const AVal &v) {
    if (v.k == AVal::Str) return v;
    return AVal::str("{?}", true);
  }
  static AVal concat(const AVal &a, const AVal &b) {
    AVal x = as_str(a), y = as_str(b);
    return AVal::str(x.s + y.s, x.dyn || y.dyn);
  }
  static std::string fmt_arg(const AVal &v, llvm::StringRef spec, bool &dyn) {
    std::string text;
    if (v.k == AVal::Str) { text = v.s; dyn |= v.dyn; }
    else if (v.k == AVal::Int || v.k == AVal::Enum) text = std::to_string(v.i);
    else if (v.k == AVal::Bool) text = v.i ? "true" : "false";
    else { dyn = true; return "{?}"; }
    if (spec.empty()) return text;
    // `0Nd`, `Nd`, `d`, `s`: zero or space padding to a width
    char fill = ' ';
    if (spec.consume_front("0")) fill = '0';
    unsigned width = 0;
    spec.consumeInteger(10, width);
    if (!(spec.empty() || spec == "d" || spec == "s")) { dyn = true; return "{?}"; }
    if (text.size() < width) text = std::string(width - text.size(), fill) + text;
    return text;
  }
  AVal format(const std::vector<AVal> &args) {
    if (args.empty() || args[0].k != AVal::Str || args[0].dyn) return AVal::str("{?}", true);
    llvm::StringRef f = args[0].s;
    std::string out;
    bool dyn = false;
    std::size_t next = 1;
    for (std::size_t i = 0; i < f.size(); ++i) {
      char c = f[i];
      if (c == '{' && i + 1 < f.size() && f[i + 1] == '{') { out += '{'; ++i; continue; }
      if (c == '}' && i + 1 < f.size() && f[i + 1] == '}') { out += '}'; ++i; continue; }
      if (c != '{') { out += c; continue; }
      std::size_t close = f.find('}', i);
      if (close == llvm::StringRef::npos) return AVal::str("{?}", true);
      llvm::StringRef field = f.slice(i + 1, close);
      llvm::StringRef index = field.split(':').first, spec = field.contains(':') ? field.split(':').second : "";
      std::size_t n = next++;
      if (!index.empty()) { unsigned k = 0; if (index.getAsInteger(10, k)) return AVal::str("{?}", true); n = k + 1; }
      out += n < args.size() ? fmt_arg(args[n], spec, dyn) : (dyn = true, "{?}");
      i = close;
    }
    return AVal::str(out, dyn);
  }

  // ---- options ----
  static void apply_default_args(const AVal *v, tg::DefaultArgs &out) {
    if (!v || v->k != AVal::List) return;
    for (const AVal &p : v->list)
      if (p.k == AVal::List && p.list.size() == 2 && p.list[0].k == AVal::Str && p.list[1].k == AVal::Str)
        out[p.list[0].s] = p.list[1].s;
  }
  /// A string option: a known string, or `{?}` when set to a value known only at run time
  /// (an empty `std::optional` or another shape leaves the option as it is).
  static void set_string_option(const AVal &v, std::string &option) {
    if (v.k == AVal::Str) option = v.s;
    else if (v.k == AVal::Unknown) option = "{?}";
  }
  static void apply_group_options(const AVal &v, tg::GroupOptions &o) {
    if (v.k != AVal::Record) return;
    for (const auto &[name, f] : v.rec) {
      if (name == "prefix_group_id" && f.known_int()) o.prefix_group_id = f.i != 0;
      else if (name == "tooltip") set_string_option(f, o.tooltip);
      else if (name == "ui_color") set_string_option(f, o.ui_color);
      else if (name == "ui_fgcolor") set_string_option(f, o.ui_fgcolor);
      else if (name == "display_name") set_string_option(f, o.display_name);
      else if (name == "default_args") apply_default_args(&f, o.default_args);
    }
  }
  static tg::TaskOptions task_options(const AVal &v) {
    tg::TaskOptions o;
    if (v.k != AVal::Record) return o;
    if (const AVal *r = v.field("trigger_rule"); r && r->k == AVal::Enum)
      o.trigger_rule = tg::parse_trigger_rule(r->s);
    if (const AVal *r = v.field("retries"); r && r->k == AVal::Int)
      o.retries = static_cast<int>(r->i);
    apply_default_args(v.field("default_args"), o.default_args);
    return o;
  }

  // ---- handles ----
  DagModel *dag_of(const AVal &h) {
    if (h.k != AVal::Handle || h.dag < 0 || h.dag >= static_cast<int>(model_.dags.size())) return nullptr;
    DagModel &d = model_.dags[h.dag];
    // a handle from a rolled-back loop iteration points past the model
    if (h.hk == AVal::HTask && (h.idx < 0 || h.idx >= static_cast<int>(d.state.tasks.size()))) return nullptr;
    if (h.hk == AVal::HGroup && (h.idx < 0 || h.idx >= static_cast<int>(d.state.groups.size()))) return nullptr;
    return &d;
  }
  static int group_of(const AVal &h) {
    if (h.k != AVal::Handle) return -1;
    return h.hk == AVal::HDag ? 0 : h.hk == AVal::HGroup ? h.idx : -1;
  }
  /// Whether `d` is full (`max_nodes`); the first node refused is recorded on the DAG, once.
  bool too_many(DagModel &d, const Expr *call) {
    if (d.state.groups.size() + d.state.tasks.size() < opts_.max_nodes) return false;
    if (std::none_of(d.external_calls.begin(), d.external_calls.end(),
                     [](const ExternalCall &c) { return c.limit == "max-nodes"; }))
      d.external_calls.push_back({"", "", call ? loc(call->getExprLoc()) : "", "max-nodes",
                                  call ? call->getExprLoc().getRawEncoding() : 0});
    return true;
  }
  /// Task and group references of a value (a handle or a list of them), in one DAG.
  void refs(const AVal &v, int &dag, std::vector<tg::detail::NodeRef> &out) {
    if (v.k == AVal::List) {
      for (const AVal &e : v.list) refs(e, dag, out);
      return;
    }
    if (v.k != AVal::Handle || v.hk == AVal::HDag || v.idx < 0 || !dag_of(v)) return;
    if (dag != -1 && dag != v.dag) return;
    dag = v.dag;
    out.push_back({v.hk == AVal::HGroup, v.idx});
  }
  /// The library's `relate(self, others, upstream)`.
  void relate(const AVal &self, const AVal &others, bool upstream, const Expr *at) {
    int dag = -1;
    std::vector<tg::detail::NodeRef> s, o;
    refs(self, dag, s);
    refs(others, dag, o);
    if (dag == -1 || s.empty() || o.empty()) return;
    for (auto r : s) {
      model_.dags[dag].relate(r, o, upstream, place(at->getBeginLoc()), at->getBeginLoc().getRawEncoding());
      tgmodel::Relation &made = model_.dags[dag].relations.back();
      made.guard = guard_;
      made.unguarded = unguarded_ > 0;
    }
  }
  /// `a >> b` (downstream) or `a << b`, dispatched as the library's operators do.
  AVal edge(const AVal &a, const AVal &b, bool downstream, const Expr *at) {
    bool a_list = a.k == AVal::List, b_list = b.k == AVal::List;
    if (downstream) {
      if (a_list && !b_list) relate(b, a, true, at);
      else relate(a, b, false, at);
    } else {
      if (a_list) relate(b, a, false, at);
      else relate(a, b, true, at);
    }
    return b;
  }

  AVal create_group(const AVal &parent, const Expr *call, const Expr *id_arg, const AVal &id,
                    const tg::GroupOptions &options, bool suffix, bool mapped) {
    DagModel *d = dag_of(parent);
    int p = group_of(parent);
    if (!d || p < 0 || too_many(*d, call)) return {};
    AVal sid = as_str(id);
    int g = d->add_group(p, sid.s, options, suffix, mapped, info(call, id_arg, id));
    if (g < 0) return {};
    return AVal::handle(parent.dag, AVal::HGroup, g);
  }

  AVal create_task(const AVal &parent, const Expr *call, const Expr *id_arg, const AVal &id,
                   tg::TaskKind kind, const tg::TaskOptions &options) {
    DagModel *d = dag_of(parent);
    int p = group_of(parent);
    if (!d || p < 0 || too_many(*d, call)) return {};
    int t = d->add_task(p, as_str(id).s, kind, options, info(call, id_arg, id));
    if (t < 0) return {};
    return AVal::handle(parent.dag, AVal::HTask, t);
  }

  /// Records the callable argument of the call that created `node` (not of a later call
  /// that found it again on an exclusive path).
  void remember_callable(const AVal &node, const Expr *call, const Expr *callable) {
    DagModel *d = dag_of(node);
    if (!d || node.idx < 0) return;
    NodeInfo &info = node.hk == AVal::HTask ? d->task_info[node.idx] : d->group_info[node.idx];
    if (info.call_expr == call) info.callable_expr = callable;
  }

  // ---- calls ----
  llvm::StringRef annotation_of(const FunctionDecl *fd) const {
    auto [it, added] = annotations_.try_emplace(fd);
    if (added) it->second = annotation_attr(fd);
    return it->second;
  }

  /// Makes the unit that holds a definition the current one while its code runs.
  class UnitScope {
  public:
    UnitScope(Interp &in, ASTContext &unit) : in_(in), ctx_(in.ctx_), sm_(in.sm_) {
      in.ctx_ = &unit;
      in.sm_ = &unit.getSourceManager();
      in.last_file_name_ = nullptr; // `place`'s cache holds a name of the other unit's
      in.annotations_.clear();
    }
    ~UnitScope() {
      in_.ctx_ = ctx_;
      in_.sm_ = sm_;
      // the unit may be unloaded, the addresses of its buffers and declarations reused
      in_.last_file_name_ = nullptr;
      in_.annotations_.clear();
    }
    UnitScope(const UnitScope &) = delete;
    UnitScope &operator=(const UnitScope &) = delete;

  private:
    Interp &in_;
    ASTContext *ctx_;
    const SourceManager *sm_;
  };

  /// The body `fd` runs: its own, or one another translation unit defines
  /// (`BuildOptions::definition_elsewhere`). A user function without either that is handed a
  /// DAG or group is recorded on that DAG: what it creates there is unknown in this unit.
  const FunctionDecl *definition(const FunctionDecl *fd, const std::vector<AVal> &args) {
    const FunctionDecl *def = nullptr;
    if (!fd) return nullptr;
    if (fd->hasBody(def) && def) return def;
    if (opts_.definition_elsewhere)
      if (const FunctionDecl *found = opts_.definition_elsewhere(fd)) return found;
    unfollowed(fd, args, "");
    return nullptr;
  }

  static std::string callee_name(const FunctionDecl *fd) {
    if (auto *m = dyn_cast<CXXMethodDecl>(fd); m && m->getParent()->isLambda()) return "the lambda";
    return fd->getQualifiedNameAsString();
  }

  /// Records a call the model does not follow on the DAG it is handed (if any): its first
  /// DAG or group argument is `open`, and the DAG lists the call, so that neither the tree nor
  /// the checks take the cut model for the whole one. `limit`: the bound that stopped it, or
  /// empty for a function defined in another translation unit.
  /// A call handed no DAG or group but that builds a DAG of its own is a cut of the whole
  /// model (`Model::cuts`).
  void unfollowed(const FunctionDecl *fd, const std::vector<AVal> &args, const char *limit) {
    // Made only when recorded: a recursive helper may be cut on every call.
    auto describe = [&] {
      const SourceLocation at = calls_.empty() ? fd->getLocation() : calls_.back();
      return ExternalCall{callee_name(fd), *limit ? "" : linkage_name(fd), loc(at), limit,
                          at.getRawEncoding()};
    };
    for (const AVal &a : args)
      if (a.k == AVal::Handle && a.hk != AVal::HTask && a.dag >= 0 &&
          a.dag < static_cast<int>(model_.dags.size())) {
        DagModel &d = model_.dags[a.dag];
        ExternalCall call = describe();
        if (std::find(d.external_calls.begin(), d.external_calls.end(), call) ==
            d.external_calls.end())
          d.external_calls.push_back(std::move(call));
        const int group = a.hk == AVal::HDag ? 0 : a.idx;
        if (group >= 0 && group < static_cast<int>(d.group_info.size()))
          d.group_info[group].open = true;
        return;
      }
    if (*limit && builds_dag_(fd)) model_.note_cut(describe());
  }

  /// Runs a callable (lambda or function) with the given arguments.
  AVal invoke(const AVal &callee, const std::vector<AVal> &args) {
    if (callee.k == AVal::Func) return call_function(callee.fn, args, nullptr);
    if (callee.k != AVal::Lambda || !callee.lambda) return {};
    const CXXMethodDecl *op = callee.lambda->getCallOperator();
    const FunctionDecl *fd = op;
    if (auto *tmpl = op->getDescribedFunctionTemplate()) {
      fd = nullptr;
      for (auto *spec : tmpl->specializations())
        if (spec->hasBody()) { fd = spec; break; }
      if (!fd) return {};
    }
    return call_function(fd, args, callee.env);
  }

  AVal call_function(const FunctionDecl *fd, const std::vector<AVal> &args, FramePtr env,
                     std::vector<AVal> *out_args = nullptr) {
    const FunctionDecl *def = definition(fd, args);
    if (!def) return {};
    if (stack_.size() >= opts_.max_call_depth) {
      unfollowed(fd, args, "max-call-depth");
      return {};
    }
    const Decl *key = def->getCanonicalDecl();
    // Recursion unrolls like a loop: at most max_recursion active calls of one function.
    if (static_cast<unsigned>(std::count(stack_.begin(), stack_.end(), key)) >=
        opts_.max_recursion) {
      unfollowed(fd, args, "max-recursion");
      return {};
    }
    UnitScope unit(*this, def->getASTContext()); // after the records above: the caller's unit
    auto frame = std::make_shared<Frame>();
    frame->parent = env;
    for (unsigned i = 0; i < def->getNumParams(); ++i) {
      const ParmVarDecl *p = def->getParamDecl(i);
      if (i < args.size()) frame->vars[p] = args[i];
      else if (p->hasDefaultArg() && !p->hasUninstantiatedDefaultArg() && !p->hasUnparsedDefaultArg())
        frame->vars[p] = eval(p->getDefaultArg(), frame);
      else frame->vars[p] = {};
    }
    stack_.push_back(key);
    inlined_.insert(key);
    AVal outer = std::move(retval_);
    std::vector<AVal> outer_early = std::move(early_returns_);
    early_returns_.clear();
    retval_ = AVal::void_();
    exec(def->getBody(), frame);
    AVal result = std::move(retval_);
    for (const AVal &early : early_returns_) result = join(early, result);
    retval_ = std::move(outer);
    early_returns_ = std::move(outer_early);
    stack_.pop_back();
    if (out_args)
      for (unsigned i = 0; i < def->getNumParams() && i < out_args->size(); ++i)
        (*out_args)[i] = frame->vars[def->getParamDecl(i)];
    return result;
  }

  std::vector<AVal> eval_args(llvm::ArrayRef<const Expr *> args, const FramePtr &f) {
    std::vector<AVal> out;
    for (const Expr *a : args) out.push_back(eval(a, f));
    return out;
  }

  /// The annotated id accessors (`taskgroup.get.*`) on a value known to be a handle.
  AVal accessor(llvm::StringRef what, const AVal &base, llvm::ArrayRef<const Expr *> args,
                const FramePtr &f) {
    std::vector<AVal> vs = eval_args(args, f);
    DagModel *d = dag_of(base);
    if (!d) return {};
    const auto &s = d->state;
    const bool task = base.hk == AVal::HTask;
    const int g = group_of(base);
    if (task && (base.idx < 0 || base.idx >= static_cast<int>(s.tasks.size()))) return {};
    if (!task && (g < 0 || g >= static_cast<int>(s.groups.size()))) return {};
    if (what == "taskgroup.get.dag_id") return AVal::str(s.dag_id, d->dynamic);
    if (what == "taskgroup.get.task_id" || what == "taskgroup.get.node_id" ||
        what == "taskgroup.get.group_id")
      return AVal::str(task ? s.tasks[base.idx].task_id : s.groups[g].group_id);
    if (what == "taskgroup.get.label")
      return AVal::str(task ? s.tasks[base.idx].label : s.groups[g].label);
    if (what == "taskgroup.get.group" && task)
      return AVal::handle(base.dag, AVal::HGroup, s.tasks[base.idx].group);
    if (what == "taskgroup.get.parent" && !task && s.groups[g].parent >= 0)
      return AVal::handle(base.dag, AVal::HGroup, s.groups[g].parent);
    // proposed for `Node::as_task` / `Node::as_group`: the same handle, when of that kind
    if (what == "taskgroup.get.as_task") return task ? base : AVal{};
    if (what == "taskgroup.get.as_group") return task ? AVal{} : base;
    if (what == "taskgroup.get.child_id" && !task && !vs.empty()) {
      AVal label = as_str(vs[0]);
      return AVal::str(tg::detail::child_id(s.groups[g], label.s), label.dyn);
    }
    return {};
  }

  /// A call to an annotated library function: `recv` is the implicit object (or none),
  /// `args` the explicit arguments.
  AVal library_call(llvm::StringRef what, const Expr *call, const Expr *recv_expr,
                    llvm::ArrayRef<const Expr *> args, const FramePtr &f) {
    AVal recv = recv_expr ? eval(recv_expr, f) : AVal{};
    auto arg = [&](std::size_t i) { return i < args.size() ? eval(args[i], f) : AVal{}; };
    auto id_arg = [&]() -> const Expr * { return args.empty() ? nullptr : args[0]; };
    if (what == "taskgroup.group") {
      AVal id = arg(0);
      tg::GroupOptions options;
      AVal body;
      const Expr *body_expr = nullptr;
      for (std::size_t i = 1; i < args.size(); ++i) {
        AVal v = arg(i);
        if (v.k == AVal::Lambda || v.k == AVal::Func) { body = v; body_expr = args[i]; }
        else apply_group_options(v, options);
      }
      AVal g = create_group(recv, call, id_arg(), id, options, false, false);
      if (g.k == AVal::Handle) remember_callable(g, call, body_expr);
      if (g.k == AVal::Handle && body.k != AVal::Unknown) invoke(body, {g});
      return g;
    }
    static const std::map<std::string, tg::TaskKind, std::less<>> kinds = {
        {"taskgroup.task", tg::TaskKind::task},       {"taskgroup.empty", tg::TaskKind::empty},
        {"taskgroup.setup", tg::TaskKind::setup},     {"taskgroup.teardown", tg::TaskKind::teardown},
        {"taskgroup.branch", tg::TaskKind::branch}};
    if (auto it = kinds.find(std::string_view(what)); it != kinds.end()) {
      AVal id = arg(0);
      std::size_t opt_index = it->second == tg::TaskKind::empty ? 1 : 2;
      tg::TaskOptions options;
      if (it->second != tg::TaskKind::teardown) options = task_options(arg(opt_index));
      AVal t = create_task(recv, call, id_arg(), id, it->second, options);
      if (t.k == AVal::Handle && it->second != tg::TaskKind::empty && args.size() > 1)
        remember_callable(t, call, args[1]);
      if (t.k == AVal::Handle && it->second != tg::TaskKind::empty && args.size() > 1) {
        scanned_task_ = {false, t.idx};
        scan_callable(arg(1), t.dag, it->second == tg::TaskKind::branch);
        scanned_task_ = {};
      }
      if (it->second == tg::TaskKind::teardown && t.k == AVal::Handle) {
        DagModel &d = model_.dags[t.dag];
        for (std::size_t i = 2; i < args.size(); ++i) {
          AVal s = arg(i);
          if (s.k != AVal::Handle || s.hk != AVal::HTask || s.dag != t.dag || !dag_of(s)) continue;
          d.state.tasks[s.idx].kind = tg::TaskKind::setup; // as the library's attach_setup
          d.add_edge(s.idx, t.idx, place(call->getBeginLoc()));
        }
      }
      return t;
    }
    if (what == "taskgroup.edge.downstream" || what == "taskgroup.edge.upstream") {
      AVal a = recv_expr ? recv : arg(0);
      AVal b = recv_expr ? arg(0) : arg(1);
      return edge(a, b, what == "taskgroup.edge.downstream", call);
    }
    if (what == "taskgroup.chain") {
      std::vector<AVal> vs = eval_args(args, f);
      for (std::size_t i = 0; i + 1 < vs.size(); ++i) {
        if (vs[i].k == AVal::List && vs[i + 1].k == AVal::List) {
          if (vs[i].list.size() == vs[i + 1].list.size())
            for (std::size_t j = 0; j < vs[i].list.size(); ++j)
              edge(vs[i].list[j], vs[i + 1].list[j], true, call);
        } else {
          edge(vs[i], vs[i + 1], true, call);
        }
      }
      return AVal::void_();
    }
    if (what == "taskgroup.cross_downstream") {
      AVal ups = arg(0), downs = arg(1);
      if (ups.k == AVal::List)
        for (const AVal &u : ups.list) relate(u, downs, false, call);
      return AVal::void_();
    }
    if (what == "taskgroup.expand") {
      AVal source = arg(0);
      if (DagModel *d = dag_of(recv); d && recv.hk == AVal::HTask) {
        auto &t = d->state.tasks[recv.idx];
        if (tg::detail::closest_mapped_group(d->state, t.group) != -1)
          d->issues.push_back({"MappingError",
                               "operator expansion in an expanded task group is not yet supported",
                               loc(call->getBeginLoc()), cond_depth_ > 0,
                               call->getBeginLoc().getRawEncoding()});
        // Kept even where the runtime refuses it, as the model keeps what the program wrote.
        t.expanded = true;
        if (source.k == AVal::Handle && source.hk == AVal::HTask && source.dag == recv.dag && dag_of(source))
          d->add_edge(source.idx, recv.idx, place(call->getBeginLoc()));
      }
      return recv;
    }
    if (what == "taskgroup.partial") { eval_args(args, f); return recv; }
    if (what == "taskgroup.root") {
      if (recv.k == AVal::Handle && recv.hk == AVal::HDag) return AVal::handle(recv.dag, AVal::HGroup, 0);
      return {};
    }
    if (what == "taskgroup.ref.task" || what == "taskgroup.ref.group" || what == "taskgroup.ref.child") {
      AVal id = arg(0);
      DagModel *d = dag_of(recv);
      if (!d || id.k != AVal::Str || id.dyn) return {};
      std::string full = id.s;
      if (what == "taskgroup.ref.child") {
        int g = group_of(recv);
        if (g < 0) return {};
        full = tg::detail::child_id(d->state.groups[g], id.s);
      }
      add_ref(recv.dag, AVal::str(full), what == "taskgroup.ref.task" ? 't' : what == "taskgroup.ref.group" ? 'g' : 'a',
              what == "taskgroup.ref.task" ? "task" : what == "taskgroup.ref.group" ? "group" : "child",
              call, id_arg());
      if (what != "taskgroup.ref.group")
        if (auto it = d->state.task_by_id.find(full); it != d->state.task_by_id.end())
          return AVal::handle(recv.dag, AVal::HTask, it->second);
      if (what != "taskgroup.ref.task")
        if (auto it = d->state.group_by_id.find(full); it != d->state.group_by_id.end())
          return AVal::handle(recv.dag, AVal::HGroup, it->second);
      return {};
    }
    if (what.starts_with("taskgroup.get.")) return accessor(what, recv, args, f);
    if (what == "taskgroup.cli") {
      // `tg::cli(dag | std::vector<tg::Dag>{...} | build_fn, argc, argv)`: the program's DAGs
      std::function<void(const AVal &)> mark = [&](const AVal &v) {
        if (v.k == AVal::List) for (const AVal &e : v.list) mark(e);
        else if (v.k == AVal::Handle && v.hk == AVal::HDag && dag_of(v)) model_.dags[v.dag].cli = true;
        else if ((v.k == AVal::Func || v.k == AVal::Lambda)) mark(invoke(v, {}));
      };
      for (const AVal &v : eval_args(args, f)) mark(v);
      return {};
    }
    if (what == "taskgroup.decorator") {
      auto data = std::make_shared<DecoratorData>();
      AVal id = as_str(arg(0));
      data->id = id.s;
      data->dyn = id.dyn;
      data->lit = id.lit;
      data->fn = arg(1);
      data->at = call->getBeginLoc();
      apply_group_options(arg(2), data->options);
      AVal v;
      v.k = AVal::Decorator;
      v.deco = data;
      return v;
    }
    if (what.starts_with("taskgroup.decorator.")) {
      if (recv.k != AVal::Decorator || !recv.deco) { eval_args(args, f); return {}; }
      const DecoratorData &deco = *recv.deco;
      if (what == "taskgroup.decorator.override") {
        auto data = std::make_shared<DecoratorData>(deco);
        AVal o = arg(0);
        if (const AVal *v = o.field("group_id"); v && v->k == AVal::Str) { data->id = v->s; data->dyn = v->dyn; data->lit = v->lit; }
        apply_group_options(o, data->options);
        AVal v;
        v.k = AVal::Decorator;
        v.deco = data;
        return v;
      }
      if (what == "taskgroup.decorator.partial") {
        auto data = std::make_shared<DecoratorData>(deco);
        for (AVal &v : eval_args(args, f)) data->fixed.push_back(std::move(v));
        AVal v;
        v.k = AVal::Decorator;
        v.deco = data;
        return v;
      }
      bool expand = what == "taskgroup.decorator.expand";
      AVal parent = arg(0);
      AVal id = AVal::str(deco.id, deco.dyn);
      id.lit = deco.lit;
      AVal g = create_group(parent, call, nullptr, id, deco.options, /*suffix=*/true, expand);
      if (g.k == AVal::Handle) model_.dags[g.dag].group_info[g.idx].extras().maker = deco.at.getRawEncoding();
      std::vector<AVal> call_args{g};
      for (const AVal &v : deco.fixed) call_args.push_back(v);
      AVal source;
      if (expand) {
        source = arg(1);
        call_args.push_back(AVal{}); // the MappedArg: known only at run time
      } else {
        for (std::size_t i = 1; i < args.size(); ++i) call_args.push_back(arg(i));
      }
      if (g.k != AVal::Handle) return {};
      Scoped<SourceLocation> in_call(calls_, call->getBeginLoc());
      AVal result = invoke(deco.fn, call_args);
      if (expand && source.k == AVal::Handle && source.hk == AVal::HTask)
        relate(source, g, false, call);
      return result.k == AVal::Void ? g : result;
    }
    // taskgroup.nodes, taskgroup.factory and anything newer: evaluate, no model effect here.
    eval_args(args, f);
    return {};
  }

  AVal eval_call(const CallExpr *call, const FramePtr &f) {
    const FunctionDecl *fd = call->getDirectCallee();
    llvm::SmallVector<const Expr *, 6> args(call->arg_begin(), call->arg_end());
    const Expr *recv = nullptr;
    if (auto *mc = dyn_cast<CXXMemberCallExpr>(call)) {
      recv = mc->getImplicitObjectArgument();
      fd = mc->getMethodDecl();
    } else if (auto *oc = dyn_cast<CXXOperatorCallExpr>(call)) {
      if (fd && isa<CXXMethodDecl>(fd) && !args.empty()) {
        recv = args[0];
        args.erase(args.begin());
      }
      // operators on plain values
      OverloadedOperatorKind op = oc->getOperator();
      if (op == OO_Equal && recv && (!fd || annotation_of(fd).empty())) {
        AVal v = eval(args[0], f);
        assign(recv, v, f);
        return v;
      }
      if (fd && annotation_of(fd).empty()) {
        if (op == OO_PlusEqual && recv) {
          AVal v = concat(eval(recv, f), eval(args[0], f));
          assign(recv, v, f);
          return v;
        }
        if (op == OO_Plus) {
          std::vector<AVal> vs = eval_args(args, f);
          if (recv) vs.insert(vs.begin(), eval(recv, f));
          if (vs.size() == 2 && (vs[0].k == AVal::Str || vs[1].k == AVal::Str)) return concat(vs[0], vs[1]);
          return {};
        }
        if ((op == OO_EqualEqual || op == OO_ExclaimEqual)) {
          std::vector<AVal> vs = eval_args(args, f);
          if (recv) vs.insert(vs.begin(), eval(recv, f));
          if (vs.size() == 2 && vs[0].k == AVal::Str && vs[1].k == AVal::Str && !vs[0].dyn && !vs[1].dyn)
            return AVal::boolean((vs[0].s == vs[1].s) == (op == OO_EqualEqual));
          return {};
        }
        if (op == OO_Subscript && recv && args.size() == 1) {
          AVal base = eval(recv, f), index = eval(args[0], f);
          if (base.k == AVal::Record && base.rec.size() == 1) base = base.rec[0].value;
          if (base.k == AVal::List && index.k == AVal::Int && index.i >= 0 &&
              index.i < static_cast<long long>(base.list.size()))
            return base.list[index.i];
          return {};
        }
        if (op == OO_Call && recv) {
          if (auto *md = dyn_cast<CXXMethodDecl>(fd); md && md->getParent()->isLambda()) {
            AVal callee = eval(recv, f);
            std::vector<AVal> vs = eval_args(args, f);
            Scoped<SourceLocation> in_call(calls_, call->getBeginLoc());
            return invoke(callee, vs);
          }
        }
      }
    }
    if (!fd) {
      // a call through a variable holding a callable
      AVal callee = eval(call->getCallee(), f);
      std::vector<AVal> vs = eval_args(args, f);
      if (callee.k != AVal::Lambda && callee.k != AVal::Func) return {};
      Scoped<SourceLocation> in_call(calls_, call->getBeginLoc());
      return invoke(callee, vs);
    }
    llvm::StringRef what = annotation_of(fd);
    // A user factory (TG_GROUP_FACTORY) is user code: inlined like any call when its body is
    // visible.
    if (!what.empty() && what != "taskgroup.factory") return library_call(what, call, recv, args, f);

    // strings and containers of the standard library, and fmt
    if (fd->getDeclName().isIdentifier()) {
      llvm::StringRef name = fd->getName();
      if (fd->isInStdNamespace() && (name == "move" || name == "forward" || name == "as_const") &&
          args.size() == 1)
        return eval(args[0], f);
      if (fd->isInStdNamespace() && name == "to_string" && args.size() == 1) {
        AVal v = eval(args[0], f);
        if (v.k == AVal::Int) return AVal::str(std::to_string(v.i));
        return AVal::str("{?}", true);
      }
      if (name == "format" && (outermost_namespace(fd) == "fmt" || fd->isInStdNamespace())) {
        std::vector<AVal> vs = eval_args(args, f);
        return format(vs);
      }
      if (recv && (fd->isInStdNamespace() || opaque(fd, *sm_)) &&
          (name == "push_back" || name == "emplace_back" || name == "size" || name == "empty" ||
           name == "c_str" || name == "str" || name == "data" || name == "at" ||
           name == "front" || name == "back")) {
        if (name == "push_back" || name == "emplace_back") {
          AVal base = eval(recv, f);
          if (base.k != AVal::List) base = AVal{}, base.k = AVal::List;
          std::vector<AVal> vs = eval_args(args, f);
          base.list.push_back(vs.size() == 1 ? vs[0] : AVal{});
          assign(recv, base, f);
          return AVal::void_();
        }
        AVal base = eval(recv, f);
        if (base.k == AVal::Record && base.rec.size() == 1) base = base.rec[0].value;
        if (name == "size" && base.k == AVal::List) return AVal::integer(base.list.size());
        if (name == "size" && base.k == AVal::Str && !base.dyn) return AVal::integer(base.s.size());
        if (name == "empty" && base.k == AVal::List) return AVal::boolean(base.list.empty());
        if (name == "front" && base.k == AVal::List && !base.list.empty()) return base.list.front();
        if (name == "back" && base.k == AVal::List && !base.list.empty()) return base.list.back();
        if ((name == "c_str" || name == "str" || name == "data") && base.k == AVal::Str) return base;
        if (name == "at" && base.k == AVal::List && args.size() == 1) {
          AVal index = eval(args[0], f);
          if (index.k == AVal::Int && index.i >= 0 && index.i < static_cast<long long>(base.list.size()))
            return base.list[index.i];
        }
        return {};
      }
    }
    // user code with a visible body: inlined per call site
    if (!opaque(fd, *sm_)) {
      std::vector<AVal> vs = eval_args(args, f);
      std::vector<AVal> out = vs;
      Scoped<SourceLocation> in_call(calls_, call->getBeginLoc());
      AVal result = call_function(fd, vs, nullptr, &out);
      // non-const lvalue reference parameters write back to the caller's variables
      for (unsigned i = 0; i < fd->getNumParams() && i < args.size(); ++i) {
        QualType t = fd->getParamDecl(i)->getType();
        if (t->isLValueReferenceType() && !t.getNonReferenceType().isConstQualified())
          assign(args[i], out[i], f);
      }
      return result;
    }
    // an opaque call: its arguments may still build DAGs (`tg::cli(build(), ...)`), and a
    // function passed to it is assumed to be called (`tg::cli(build, argc, argv)`)
    if (recv) eval(recv, f);
    for (std::size_t i = 0; i < args.size(); ++i) {
      AVal v = eval(args[i], f);
      if (v.k == AVal::Func && v.fn->getNumParams() == 0) invoke(v, {});
      // an opaque callee may write through a non-const reference (`std::getline(in, s)`)
      if (i < fd->getNumParams()) {
        QualType t = fd->getParamDecl(i)->getType();
        if (t->isReferenceType() && !t.getNonReferenceType().isConstQualified()) assign(args[i], {}, f);
      }
    }
    if (call->getType()->isIntegralOrEnumerationType()) return clang_int(call);
    return {};
  }

  AVal clang_int(const Expr *e) {
    if (e->isValueDependent() || e->isTypeDependent()) return {};
    Expr::EvalResult r;
    if (e->EvaluateAsInt(r, *ctx_)) {
      if (e->getType()->isBooleanType()) return AVal::boolean(r.Val.getInt().getBoolValue());
      return AVal::integer(r.Val.getInt().getSExtValue());
    }
    return {};
  }

  AVal eval_construct(const CXXConstructExpr *ce, const FramePtr &f) {
    const CXXConstructorDecl *ctor = ce->getConstructor();
    llvm::SmallVector<const Expr *, 6> args(ce->arg_begin(), ce->arg_end());
    llvm::StringRef what = ctor ? annotation_of(ctor) : llvm::StringRef();
    if (what == "taskgroup.dag") {
      AVal id = as_str(args.empty() ? AVal{} : eval(args[0], f));
      DagModel d(id.s);
      d.loc = loc(ce->getBeginLoc());
      d.dynamic = id.dyn;
      if (args.size() > 1) {
        AVal o = eval(args[1], f);
        if (const AVal *v = o.field("description"); v && v->k == AVal::Str) d.state.options.description = v->s;
        apply_default_args(o.field("default_args"), d.state.options.default_args);
        d.state.groups[0].default_args = d.state.options.default_args;
      }
      d.spelled_suffixes = suffixes_;
      model_.dags.push_back(std::move(d));
      return AVal::handle(static_cast<int>(model_.dags.size()) - 1, AVal::HDag, 0);
    }
    if (what == "taskgroup.nodes") {
      AVal v = args.empty() ? AVal{} : eval(args[0], f);
      if (v.k != AVal::List) { AVal l; l.k = AVal::List; return l; }
      return v;
    }
    while (!args.empty() && isa<CXXDefaultArgExpr>(args.back())) args.pop_back();
    // a container built from another's range: `std::vector<T> v(a.begin(), a.end())`
    if (args.size() == 2) {
      auto range_end = [&](const Expr *a, llvm::StringRef which) -> const Expr * {
        auto *mc = dyn_cast<CXXMemberCallExpr>(strip(a));
        if (!mc || !mc->getMethodDecl() || !opaque(mc->getMethodDecl(), *sm_) ||
            !mc->getMethodDecl()->getDeclName().isIdentifier())
          return nullptr;
        llvm::StringRef n = mc->getMethodDecl()->getName();
        if (n != which && n != ("c" + which).str()) return nullptr;
        return mc->getImplicitObjectArgument();
      };
      const Expr *b = range_end(args[0], "begin"), *e = range_end(args[1], "end");
      if (b && e) {
        auto *bd = dyn_cast<DeclRefExpr>(strip(b));
        auto *ed = dyn_cast<DeclRefExpr>(strip(e));
        if (bd && ed && bd->getDecl() == ed->getDecl()) {
          AVal v = eval(b, f);
          if (v.k == AVal::Record && v.rec.size() == 1) v = v.rec[0].value; // std::array
          if (v.k == AVal::List) return v;
        }
        return {};
      }
    }
    if (args.size() == 1) return eval(args[0], f);
    if (args.empty()) {
      if (ce->getType()->getAsCXXRecordDecl() &&
          ce->getType()->getAsCXXRecordDecl()->getName() == "basic_string")
        return AVal::str("");
      AVal v; v.k = AVal::Record; return v; // default-constructed: every field at its default
    }
    AVal l;
    l.k = AVal::List;
    for (const Expr *a : args) l.list.push_back(isa<CXXDefaultArgExpr>(a) ? AVal{} : eval(a, f));
    return l;
  }

  AVal eval_init_list(const InitListExpr *ile, const FramePtr &f) {
    if (ile->isSyntacticForm() && ile->getSemanticForm()) ile = ile->getSemanticForm();
    QualType t = ile->getType();
    if (const RecordDecl *rd = t->getAsRecordDecl(); rd && !t->isArrayType()) {
      AVal r;
      r.k = AVal::Record;
      r.rec.reserve(ile->getNumInits()); // at most one field per initializer
      unsigned i = 0;
      for (const FieldDecl *field : rd->fields()) {
        if (i >= ile->getNumInits()) break;
        const Expr *init = ile->getInit(i++);
        if (isa<ImplicitValueInitExpr>(init)) continue;
        AVal v = eval(init, f);
        // a field left to its default member initializer: known, or not written at all
        if (auto *di = dyn_cast<CXXDefaultInitExpr>(init)) {
          v = eval(di->getExpr(), f);
          if (v.k == AVal::Unknown) continue;
        }
        r.rec.push_back({field->getName(), std::move(v)});
      }
      return r;
    }
    if (ile->getNumInits() == 1 && !t->isArrayType())
      return eval(ile->getInit(0), f);
    AVal l;
    l.k = AVal::List;
    for (unsigned i = 0; i < ile->getNumInits(); ++i) l.list.push_back(eval(ile->getInit(i), f));
    return l;
  }

  AVal eval_binary(const BinaryOperator *bo, const FramePtr &f) {
    BinaryOperatorKind op = bo->getOpcode();
    if (op == BO_Assign) {
      AVal v = eval(bo->getRHS(), f);
      assign(bo->getLHS(), v, f);
      return v;
    }
    if (op == BO_LAnd || op == BO_LOr) {
      AVal l = eval(bo->getLHS(), f);
      if (l.known_int() && ((op == BO_LAnd) != (l.i != 0))) return AVal::boolean(op == BO_LOr);
      AVal r = eval(bo->getRHS(), f);
      if (l.known_int() && r.known_int()) return AVal::boolean(r.i != 0);
      if (r.known_int() && ((op == BO_LAnd) != (r.i != 0))) return AVal::boolean(op == BO_LOr);
      return {};
    }
    if (op == BO_Comma) { eval(bo->getLHS(), f); return eval(bo->getRHS(), f); }
    if (bo->isCompoundAssignmentOp()) {
      AVal l = eval(bo->getLHS(), f), r = eval(bo->getRHS(), f);
      AVal v = arith(BinaryOperator::getOpForCompoundAssignment(op), l, r);
      assign(bo->getLHS(), v, f);
      return v;
    }
    AVal l = eval(bo->getLHS(), f), r = eval(bo->getRHS(), f);
    AVal v = arith(op, l, r);
    if (v.k == AVal::Unknown) return clang_int(bo);
    return v;
  }

  static AVal arith(BinaryOperatorKind op, const AVal &l, const AVal &r) {
    if (!l.known_int() || !r.known_int()) return {};
    long long a = l.i, b = r.i;
    switch (op) {
    case BO_Add: return AVal::integer(a + b);
    case BO_Sub: return AVal::integer(a - b);
    case BO_Mul: return AVal::integer(a * b);
    case BO_Div: return b ? AVal::integer(a / b) : AVal{};
    case BO_Rem: return b ? AVal::integer(a % b) : AVal{};
    case BO_LT: return AVal::boolean(a < b);
    case BO_GT: return AVal::boolean(a > b);
    case BO_LE: return AVal::boolean(a <= b);
    case BO_GE: return AVal::boolean(a >= b);
    case BO_EQ: return AVal::boolean(a == b);
    case BO_NE: return AVal::boolean(a != b);
    case BO_And: return AVal::integer(a & b);
    case BO_Or: return AVal::integer(a | b);
    case BO_Xor: return AVal::integer(a ^ b);
    case BO_Shl: return b >= 0 && b < 63 ? AVal::integer(a << b) : AVal{};
    case BO_Shr: return b >= 0 && b < 63 ? AVal::integer(a >> b) : AVal{};
    default: return {};
    }
  }

public:
  /// Evaluation recurses on the C++ stack once per nested operand: `t0 >> t1 >> ... >> t4999`
  /// is 5000 levels deep and overflowed the stack (SIGSEGV, test/hostile long_chain). Past
  /// this depth a value is unknown, as past any other bound, and the cut is recorded
  /// (docs/limits.md).
  unsigned eval_depth_ = 0;
  AVal eval(const Expr *e, const FramePtr &f) {
    if (eval_depth_ >= kMaxEvalDepth) {
      // Reported at the statement: several operands of one expression are cut.
      cut_at(stmt_ ? stmt_ : e, "max-eval-depth");
      return {};
    }
    struct Depth {
      unsigned &level;
      explicit Depth(unsigned &counter) : level(counter) { ++level; }
      ~Depth() { --level; }
    } depth(eval_depth_);
    return eval_unbounded(e, f);
  }
  AVal eval_unbounded(const Expr *e, const FramePtr &f) {
    if (!e || out_of_steps(e)) return {};
    e = strip(e);
    if (auto *l = dyn_cast<IntegerLiteral>(e)) return AVal::integer(l->getValue().getSExtValue());
    if (auto *l = dyn_cast<CXXBoolLiteralExpr>(e)) return AVal::boolean(l->getValue());
    if (auto *l = dyn_cast<CharacterLiteral>(e)) return AVal::integer(l->getValue());
    if (auto *l = dyn_cast<StringLiteral>(e)) {
      if (l->getCharByteWidth() != 1) return {};
      AVal v = AVal::str(l->getString().str());
      v.lit = l;
      return v;
    }
    if (auto *dr = dyn_cast<DeclRefExpr>(e)) {
      const ValueDecl *d = dr->getDecl();
      if (AVal *v = lookup(d, f)) return *v;
      if (auto *ec = dyn_cast<EnumConstantDecl>(d)) {
        AVal v;
        v.k = AVal::Enum;
        v.i = ec->getInitVal().getSExtValue();
        v.s = ec->getName().str();
        return v;
      }
      if (auto *fd = dyn_cast<FunctionDecl>(d)) { AVal v; v.k = AVal::Func; v.fn = fd; return v; }
      if (auto *vd = dyn_cast<VarDecl>(d)) {
        if (!vd->hasLocalStorage() || vd->isConstexpr()) return global(vd);
      }
      if (auto *bd = dyn_cast<BindingDecl>(d)) {
        if (const Expr *b = bd->getBinding()) return eval(b, f);
      }
      return {};
    }
    if (auto *ce = dyn_cast<CXXConstructExpr>(e)) return eval_construct(ce, f);
    if (auto *call = dyn_cast<CallExpr>(e)) return eval_call(call, f);
    if (auto *ile = dyn_cast<InitListExpr>(e)) return eval_init_list(ile, f);
    if (auto *il = dyn_cast<CXXStdInitializerListExpr>(e)) return eval(il->getSubExpr(), f);
    if (auto *le = dyn_cast<LambdaExpr>(e)) {
      AVal v;
      v.k = AVal::Lambda;
      v.lambda = le;
      v.env = f;
      return v;
    }
    if (auto *bo = dyn_cast<BinaryOperator>(e)) return eval_binary(bo, f);
    if (auto *uo = dyn_cast<UnaryOperator>(e)) {
      UnaryOperatorKind op = uo->getOpcode();
      if (uo->isIncrementDecrementOp()) {
        AVal v = eval(uo->getSubExpr(), f);
        AVal n = v.known_int() ? AVal::integer(v.i + (uo->isIncrementOp() ? 1 : -1)) : AVal{};
        assign(uo->getSubExpr(), n, f);
        return uo->isPrefix() ? n : v;
      }
      AVal v = eval(uo->getSubExpr(), f);
      if (op == UO_Deref || op == UO_AddrOf || op == UO_Plus) return v;
      if (!v.known_int()) return clang_int(uo);
      if (op == UO_Minus) return AVal::integer(-v.i);
      if (op == UO_LNot) return AVal::boolean(!v.i);
      if (op == UO_Not) return AVal::integer(~v.i);
      return {};
    }
    if (auto *co = dyn_cast<ConditionalOperator>(e)) {
      AVal c = eval(co->getCond(), f);
      if (c.known_int()) return eval(c.i ? co->getTrueExpr() : co->getFalseExpr(), f);
      int fork = begin_fork();
      enter_arm(fork, 0);
      AVal t = eval(co->getTrueExpr(), f);
      leave_arm(fork);
      enter_arm(fork, 1);
      AVal fl = eval(co->getFalseExpr(), f);
      leave_arm(fork);
      end_fork(fork);
      if (t.k == AVal::Str || fl.k == AVal::Str) return AVal::str("{?}", true);
      return {};
    }
    if (auto *me = dyn_cast<MemberExpr>(e)) {
      AVal base = eval(me->getBase(), f);
      if (base.k == AVal::Record) {
        if (const AVal *v = base.field(me->getMemberDecl()->getName())) return *v;
        // a field never written: its default member initializer (`std::string c = "#eee";`)
        if (auto *fd = dyn_cast<FieldDecl>(me->getMemberDecl()); fd && fd->hasInClassInitializer())
          if (const Expr *init = fd->getInClassInitializer()) return eval(init, std::make_shared<Frame>());
      }
      return {};
    }
    if (auto *as = dyn_cast<ArraySubscriptExpr>(e)) {
      AVal base = eval(as->getBase(), f), index = eval(as->getIdx(), f);
      if (base.k == AVal::List && index.k == AVal::Int && index.i >= 0 &&
          index.i < static_cast<long long>(base.list.size()))
        return base.list[index.i];
      return {};
    }
    if (auto *d = dyn_cast<CXXDefaultArgExpr>(e)) return eval(d->getExpr(), f);
    if (auto *d = dyn_cast<CXXDefaultInitExpr>(e)) return eval(d->getExpr(), f);
    if (auto *pe = dyn_cast<CXXParenListInitExpr>(e)) {
      AVal l;
      l.k = AVal::List;
      for (const Expr *a : pe->getInitExprs()) l.list.push_back(eval(a, f));
      return l;
    }
    if (e->getType()->isIntegralOrEnumerationType()) return clang_int(e);
    return {};
  }

  // ---- statements ----
  /// Sets every variable written by `s` (loop counters) to unknown.
  void forget_written(const Stmt *s, const FramePtr &f, bool keep_handles = false) {
    if (!s) return;
    if (keep_handles) {
      // after the loop: what its iterations wrote is unknown, except the handles (the
      // summarised node stands for every iteration's)
      std::vector<const Expr *> written;
      collect_written(s, written);
      for (const Expr *w : written)
        if (AVal *v = slot(w, f); v && !holds_handles(*v)) *v = AVal{};
      return;
    }
    if (auto *uo = dyn_cast<UnaryOperator>(s); uo && uo->isIncrementDecrementOp())
      assign(uo->getSubExpr(), {}, f);
    if (auto *bo = dyn_cast<BinaryOperator>(s); bo && bo->isAssignmentOp())
      assign(bo->getLHS(), {}, f);
    if (auto *oc = dyn_cast<CXXOperatorCallExpr>(s); oc && oc->getNumArgs() > 0 &&
                                                     (oc->isAssignmentOp() || oc->getOperator() == OO_PlusPlus || oc->getOperator() == OO_MinusMinus))
      assign(oc->getArg(0), {}, f);
    if (auto *call = dyn_cast<CallExpr>(s)) {
      const FunctionDecl *fd = call->getDirectCallee();
      for (unsigned i = 0; fd && i < call->getNumArgs() && i < fd->getNumParams(); ++i) {
        QualType t = fd->getParamDecl(i)->getType();
        if (t->isReferenceType() && !t.getNonReferenceType().isConstQualified() &&
            annotation(fd).empty())
          if (AVal *v = slot(call->getArg(i), f); v && !holds_handles(*v)) *v = AVal{};
      }
    }
    for (const Stmt *c : s->children()) forget_written(c, f);
  }
  static bool holds_handles(const AVal &v) {
    if (v.k == AVal::Handle) return true;
    if (v.k != AVal::List || v.list.empty()) return false;
    for (const AVal &e : v.list)
      if (e.k != AVal::Handle) return false;
    return true;
  }
  /// The lvalues a statement writes: assignments, increments, non-const reference arguments
  /// and containers grown (`v.push_back(x)`).
  void collect_written(const Stmt *s, std::vector<const Expr *> &out) {
    if (!s) return;
    if (auto *uo = dyn_cast<UnaryOperator>(s); uo && uo->isIncrementDecrementOp()) out.push_back(uo->getSubExpr());
    if (auto *bo = dyn_cast<BinaryOperator>(s); bo && bo->isAssignmentOp()) out.push_back(bo->getLHS());
    if (auto *oc = dyn_cast<CXXOperatorCallExpr>(s); oc && oc->getNumArgs() > 0 &&
        (oc->isAssignmentOp() || oc->getOperator() == OO_PlusPlus || oc->getOperator() == OO_MinusMinus || oc->getOperator() == OO_PlusEqual))
      out.push_back(oc->getArg(0));
    if (auto *mc = dyn_cast<CXXMemberCallExpr>(s))
      if (auto *md = mc->getMethodDecl(); md && !md->isConst() && annotation(md).empty() && mc->getImplicitObjectArgument())
        out.push_back(mc->getImplicitObjectArgument());
    if (auto *call = dyn_cast<CallExpr>(s)) {
      const FunctionDecl *fd = call->getDirectCallee();
      for (unsigned i = 0; fd && i < call->getNumArgs() && i < fd->getNumParams(); ++i) {
        QualType t = fd->getParamDecl(i)->getType();
        if (t->isReferenceType() && !t.getNonReferenceType().isConstQualified() && annotation(fd).empty())
          out.push_back(call->getArg(i));
      }
    }
    if (isa<LambdaExpr>(s)) return;
    for (const Stmt *c : s->children()) collect_written(c, out);
  }
  /// An unknown number of iterations: the body once, its nodes `dynamic`.
  Flow summarise(const Stmt *body, const Stmt *written, const FramePtr &f) {
    forget_written(written, f);
    forget_written(body, f);
    ++dyn_depth_;
    ++cond_depth_;
    ++many_depth_;
    Flow fl = exec(body, f);
    --many_depth_;
    forget_written(body, f, /*keep_handles=*/true);
    --cond_depth_;
    --dyn_depth_;
    return fl == Flow::Return ? Flow::Return : Flow::Normal;
  }

  /// A loop condition that is absent or a constant `true` (`for (;;)`, `while (true)`): the
  /// count depends on a `break` only.
  bool always_true(const Expr *c) {
    if (!c) return true;
    AVal v = clang_int(c);
    return v.known_int() && v.i != 0;
  }
  std::size_t total_issues() const {
    std::size_t n = 0;
    for (const auto &d : model_.dags) n += d.issues.size();
    return n;
  }
  /// Unrolling of one loop. A duplicate id in a later iteration stops a bounded loop where the
  /// runtime would throw; an unbounded loop (`for (;;)`) that reaches the bound or repeats an
  /// id is rolled back and summarised instead (one node, multiplicity "many").
  struct Unroll {
    Interp &in;
    bool unbounded;
    std::vector<DagModel> snapshot;
    std::size_t issues = 0;
    Unroll(Interp &i, bool u) : in(i), unbounded(u) {
      if (unbounded) snapshot = in.model_.dags;
    }
    void begin() { issues = in.total_issues(); }
    bool duplicated(unsigned n) const { return n >= 1 && in.total_issues() > issues; }
    Flow summarise(const Stmt *body, const Stmt *written, const FramePtr &f) {
      if (unbounded) {
        in.model_.dags = snapshot;
        unbounded = false;
      }
      return in.summarise(body, written, f);
    }
  };

  AVal condition(const Expr *c, const FramePtr &f) {
    AVal v = eval(c, f);
    if (v.known_int()) return v;
    return {};
  }

  const Stmt *stmt_ = nullptr; // the innermost statement being executed
  Flow exec(const Stmt *s, const FramePtr &f) {
    if (!s || out_of_steps(s)) return Flow::Normal;
    const Stmt *outer = std::exchange(stmt_, s);
    const Flow flow = exec_unbounded(s, f);
    stmt_ = outer;
    return flow;
  }
  Flow exec_unbounded(const Stmt *s, const FramePtr &f) {
    if (auto *cs = dyn_cast<CompoundStmt>(s)) {
      int tails = 0;
      Flow out = Flow::Normal;
      for (const Stmt *c : cs->body()) {
        Flow fl = exec(c, f);
        if (fl != Flow::Normal) { out = fl; break; }
        if (tail_.pending && !isa<IfStmt>(c)) tail_.pending = false; // not this block's
        if (tail_.pending) {
          tail_.pending = false;
          ++cond_depth_;
          if (tail_.fork < 0) ++unguarded_;
          else guard_.push_back({tail_.fork, tail_.arm});
          tail_forks_.push_back(tail_.fork);
          ++tails;
        }
      }
      for (; tails > 0; --tails) {
        int fork = tail_forks_.back();
        tail_forks_.pop_back();
        --cond_depth_;
        if (fork < 0) --unguarded_;
        else if (!guard_.empty()) guard_.pop_back();
      }
      tail_.pending = false;
      return out;
    }
    if (auto *ds = dyn_cast<DeclStmt>(s)) {
      for (const Decl *d : ds->decls())
        if (auto *vd = dyn_cast<VarDecl>(d)) {
          AVal v;
          if (vd->hasInit()) v = eval(vd->getInit(), f);
          else if (vd->getType()->getAsCXXRecordDecl()) v = eval_default(vd);
          if (auto *dd = dyn_cast<DecompositionDecl>(vd)) bind_decomposition(dd, v, f);
          f->vars[vd] = std::move(v);
        }
      return Flow::Normal;
    }
    if (auto *rs = dyn_cast<ReturnStmt>(s)) {
      retval_ = rs->getRetValue() ? eval(rs->getRetValue(), f) : AVal::void_();
      return Flow::Return;
    }
    if (isa<BreakStmt>(s)) return Flow::Break;
    if (isa<ContinueStmt>(s)) return Flow::Continue;
    if (auto *is = dyn_cast<IfStmt>(s)) {
      if (is->getInit()) exec(is->getInit(), f);
      if (is->getConditionVariableDeclStmt()) exec(is->getConditionVariableDeclStmt(), f);
      if (is->isConsteval()) return exec(is->getElse(), f);
      AVal c = condition(is->getCond(), f);
      if (c.known_int()) return c.i ? exec(is->getThen(), f) : exec(is->getElse(), f);
      int fork = begin_fork();
      AVal saved = retval_;
      enter_arm(fork, 0);
      Flow a = exec(is->getThen(), f);
      leave_arm(fork);
      AVal ret_a = retval_;
      retval_ = saved;
      enter_arm(fork, 1);
      Flow b = exec(is->getElse(), f);
      leave_arm(fork);
      end_fork(fork);
      if (a == Flow::Return && b == Flow::Return) {
        retval_ = join(ret_a, retval_);
        return Flow::Return;
      }
      // One arm returned: its value joins the function's other returns (call_function).
      if (a == Flow::Return) early_returns_.push_back(std::move(ret_a));
      if (b == Flow::Return) {
        early_returns_.push_back(std::move(retval_));
        retval_ = saved;
      }
      // one arm left the block: the rest of the block is on the other arm's path only
      if ((a == Flow::Normal) != (b == Flow::Normal)) tail_ = {true, fork, a == Flow::Normal ? 0 : 1};
      return Flow::Normal;
    }
    if (auto *fs = dyn_cast<ForStmt>(s)) {
      Scoped<const Stmt *> in_loop(loops_, s);
      if (fs->getInit()) exec(fs->getInit(), f);
      Unroll u(*this, always_true(fs->getCond()));
      for (unsigned n = 0;; ++n) {
        if (fs->getConditionVariableDeclStmt()) exec(fs->getConditionVariableDeclStmt(), f);
        if (fs->getCond()) {
          AVal c = condition(fs->getCond(), f);
          if (!c.known_int() || n >= opts_.max_unroll) return u.summarise(fs->getBody(), fs->getInc(), f);
          if (!c.i) return Flow::Normal;
        } else if (n >= opts_.max_unroll) {
          return u.summarise(fs->getBody(), fs->getInc(), f);
        }
        u.begin();
        Flow fl = exec(fs->getBody(), f);
        if (fl == Flow::Return) return fl;
        if (fl == Flow::Break) return Flow::Normal;
        if (u.duplicated(n)) return u.unbounded ? u.summarise(fs->getBody(), fs->getInc(), f) : Flow::Normal;
        if (fs->getInc()) eval(fs->getInc(), f);
      }
    }
    if (auto *ws = dyn_cast<WhileStmt>(s)) {
      Scoped<const Stmt *> in_loop(loops_, s);
      Unroll u(*this, always_true(ws->getCond()));
      for (unsigned n = 0;; ++n) {
        if (ws->getConditionVariableDeclStmt()) exec(ws->getConditionVariableDeclStmt(), f);
        AVal c = condition(ws->getCond(), f);
        if (!c.known_int() || n >= opts_.max_unroll) return u.summarise(ws->getBody(), nullptr, f);
        if (!c.i) return Flow::Normal;
        u.begin();
        Flow fl = exec(ws->getBody(), f);
        if (fl == Flow::Return) return fl;
        if (fl == Flow::Break) return Flow::Normal;
        if (u.duplicated(n)) return u.unbounded ? u.summarise(ws->getBody(), nullptr, f) : Flow::Normal;
      }
    }
    if (auto *dw = dyn_cast<DoStmt>(s)) {
      Scoped<const Stmt *> in_loop(loops_, s);
      Unroll u(*this, always_true(dw->getCond()));
      for (unsigned n = 0;; ++n) {
        if (n >= opts_.max_unroll) return u.summarise(dw->getBody(), nullptr, f);
        u.begin();
        Flow fl = exec(dw->getBody(), f);
        if (fl == Flow::Return) return fl;
        if (fl == Flow::Break) return Flow::Normal;
        if (u.duplicated(n)) return u.unbounded ? u.summarise(dw->getBody(), nullptr, f) : Flow::Normal;
        AVal c = condition(dw->getCond(), f);
        if (!c.known_int()) return summarise(dw->getBody(), nullptr, f);
        if (!c.i) return Flow::Normal;
      }
    }
    if (auto *rf = dyn_cast<CXXForRangeStmt>(s)) {
      Scoped<const Stmt *> in_loop(loops_, s);
      if (rf->getInit()) exec(rf->getInit(), f);
      AVal range = eval(rf->getRangeInit(), f);
      if (range.k == AVal::Record && range.rec.size() == 1) range = range.rec[0].value; // std::array
      const VarDecl *var = rf->getLoopVariable();
      auto bind = [&](const AVal &v) {
        f->vars[var] = v;
        if (auto *dd = dyn_cast<DecompositionDecl>(var)) bind_decomposition(dd, v, f);
      };
      if (range.k != AVal::List) {
        bind({});
        return summarise(rf->getBody(), nullptr, f);
      }
      for (std::size_t n = 0; n < range.list.size(); ++n) {
        if (n >= opts_.max_unroll) {
          bind({});
          return summarise(rf->getBody(), nullptr, f);
        }
        bind(range.list[n]);
        Flow fl = exec(rf->getBody(), f);
        if (fl == Flow::Return) return fl;
        if (fl == Flow::Break) return Flow::Normal;
      }
      return Flow::Normal;
    }
    if (auto *ss = dyn_cast<SwitchStmt>(s)) return exec_switch(ss, f);
    if (auto *cs = dyn_cast<CaseStmt>(s)) return exec(cs->getSubStmt(), f);
    if (auto *ds = dyn_cast<DefaultStmt>(s)) return exec(ds->getSubStmt(), f);
    if (auto *ls = dyn_cast<LabelStmt>(s)) return exec(ls->getSubStmt(), f);
    if (auto *ts = dyn_cast<CXXTryStmt>(s)) return exec(ts->getTryBlock(), f);
    if (auto *as = dyn_cast<AttributedStmt>(s)) return exec(as->getSubStmt(), f);
    if (auto *e = dyn_cast<Expr>(s)) { eval(e, f); return Flow::Normal; }
    return Flow::Normal; // goto, asm, ...: skipped
  }

  AVal eval_default(const VarDecl *vd) {
    // a record without an initializer: every field at its default (`tg::GroupOptions o;`)
    if (const RecordDecl *rd = vd->getType()->getAsRecordDecl()) {
      if (rd->getName() == "basic_string" || rd->getName() == "basic_string_view") return AVal::str("");
      AVal v; v.k = AVal::Record; return v;
    }
    return {};
  }

  void bind_decomposition(const DecompositionDecl *dd, const AVal &v, const FramePtr &f) {
    unsigned i = 0;
    for (const BindingDecl *b : dd->bindings()) {
      AVal e;
      if (v.k == AVal::List && i < v.list.size()) e = v.list[i];
      else if (v.k == AVal::Record && i < v.rec.size()) e = v.rec[i].value;
      f->vars[b] = e;
      ++i;
    }
  }

  Flow exec_switch(const SwitchStmt *ss, const FramePtr &f) {
    if (ss->getInit()) exec(ss->getInit(), f);
    AVal c = condition(ss->getCond(), f);
    auto *body = dyn_cast_or_null<CompoundStmt>(ss->getBody());
    if (!body) return Flow::Normal;
    std::vector<const Stmt *> items(body->body_begin(), body->body_end());
    auto matches = [&](const Stmt *st, bool want_default) {
      for (; st;) {
        if (auto *cs = dyn_cast<CaseStmt>(st)) {
          if (!want_default) {
            AVal l = eval(cs->getLHS(), f);
            if (l.known_int() && l.i == c.i) return true;
          }
          st = cs->getSubStmt();
        } else if (auto *ds = dyn_cast<DefaultStmt>(st)) {
          if (want_default) return true;
          st = ds->getSubStmt();
        } else {
          return false;
        }
      }
      return false;
    };
    auto run_from = [&](std::size_t start) {
      for (std::size_t i = start; i < items.size(); ++i) {
        Flow fl = exec(items[i], f);
        if (fl == Flow::Break) return Flow::Normal;
        if (fl != Flow::Normal) return fl;
      }
      return Flow::Normal;
    };
    if (c.known_int()) {
      for (bool want_default : {false, true})
        for (std::size_t i = 0; i < items.size(); ++i)
          if (matches(items[i], want_default)) return run_from(i);
      return Flow::Normal;
    }
    // unknown: every arm is a path of its own
    int fork = begin_fork();
    for (std::size_t i = 0; i < items.size(); ++i)
      if (isa<CaseStmt>(items[i]) || isa<DefaultStmt>(items[i])) {
        enter_arm(fork, static_cast<int>(i), /*binary=*/false);
        AVal saved = retval_;
        if (run_from(i) == Flow::Return) { // joins the function's other returns
          early_returns_.push_back(std::move(retval_));
          retval_ = std::move(saved);
        }
        leave_arm(fork);
      }
    end_fork(fork);
    return Flow::Normal;
  }
};

// ---------------------------------------------------------------- entry points

/// Which functions (transitively) construct a `tg::Dag`, and which functions each references.
class EntryFinder : public RecursiveASTVisitor<EntryFinder> {
public:
  bool shouldVisitTemplateInstantiations() const { return true; }
  bool shouldVisitLambdaBodies() const { return true; }

  bool VisitCXXConstructExpr(CXXConstructExpr *ce) {
    if (ce->getConstructor() && annotation(ce->getConstructor()) == "taskgroup.dag") constructs_ = true;
    return true;
  }
  bool VisitDeclRefExpr(DeclRefExpr *dr) {
    if (auto *fd = dyn_cast<FunctionDecl>(dr->getDecl())) refs_.insert(fd->getCanonicalDecl());
    if (auto *vd = dyn_cast<VarDecl>(dr->getDecl()); vd && !vd->hasLocalStorage())
      if (const Expr *init = vd->getAnyInitializer()) vars_.insert(init);
    return true;
  }
  bool VisitCXXMemberCallExpr(CXXMemberCallExpr *mc) {
    if (auto *md = mc->getMethodDecl()) refs_.insert(md->getCanonicalDecl());
    return true;
  }

  bool constructs_ = false;
  std::set<const FunctionDecl *> refs_;
  std::set<const Expr *> vars_;
};

struct FunctionFacts {
  bool constructs = false;
  std::set<const FunctionDecl *> refs;
};

class Entries {
public:
  explicit Entries(ASTContext &ctx) : sm_(ctx.getSourceManager()) {}

  const FunctionFacts &facts(const FunctionDecl *fd) {
    fd = fd->getCanonicalDecl();
    auto it = facts_.find(fd);
    if (it != facts_.end()) return it->second;
    FunctionFacts &out = facts_[fd];
    const FunctionDecl *def = nullptr;
    if (fd->hasBody(def) && def && !opaque(def, sm_)) {
      EntryFinder v;
      v.TraverseStmt(def->getBody());
      for (const Expr *init : v.vars_) v.TraverseStmt(const_cast<Expr *>(init));
      out.constructs = v.constructs_;
      out.refs = std::move(v.refs_);
    }
    return out;
  }
  bool reaches_dag(const FunctionDecl *fd) {
    fd = fd->getCanonicalDecl();
    if (auto it = reach_.find(fd); it != reach_.end()) return it->second;
    reach_[fd] = false; // cycle guard
    bool r = facts(fd).constructs;
    if (!r) {
      std::set<const FunctionDecl *> refs = facts(fd).refs;
      for (const FunctionDecl *g : refs)
        if (g != fd && reaches_dag(g)) { r = true; break; }
    }
    reach_[fd] = r;
    return r;
  }

private:
  const SourceManager &sm_;
  std::map<const FunctionDecl *, FunctionFacts> facts_;
  std::map<const FunctionDecl *, bool> reach_;
};

/// The functions defined in the main file. Only declarations already loaded are visited: a
/// preamble's (clangd) are never the main file's, and loading them costs a deserialisation.
void collect_functions(const DeclContext *dc, const SourceManager &sm,
                       std::vector<const FunctionDecl *> &out) {
  for (const Decl *d : dc->noload_decls()) {
    if (!sm.isInMainFile(sm.getExpansionLoc(d->getLocation()))) continue;
    if (auto *ns = dyn_cast<NamespaceDecl>(d)) { collect_functions(ns, sm, out); continue; }
    if (auto *ls = dyn_cast<LinkageSpecDecl>(d)) { collect_functions(ls, sm, out); continue; }
    if (auto *fd = dyn_cast<FunctionDecl>(d)) {
      if (fd->isThisDeclarationADefinition() && !fd->isDependentContext() && fd->hasBody())
        out.push_back(fd);
    }
    if (auto *rd = dyn_cast<CXXRecordDecl>(d); rd && rd->isThisDeclarationADefinition() && !rd->isDependentContext())
      for (const CXXMethodDecl *md : rd->methods())
        if (md->isThisDeclarationADefinition() && md->hasBody() && !md->isDependentContext())
          out.push_back(md);
  }
}

} // namespace

/// The string literals of these functions that look like suffixed ids (`stage__1`).
std::shared_ptr<const std::set<std::string>>
spelled_suffixes(const std::vector<const FunctionDecl *> &functions) {
  struct Finder : RecursiveASTVisitor<Finder> {
    std::set<std::string> found;
    bool VisitStringLiteral(StringLiteral *l) {
      if (l->getCharByteWidth() == 1 && l->getString().contains("__"))
        found.insert(l->getString().str());
      return true;
    }
  } finder;
  for (const FunctionDecl *fd : functions)
    finder.TraverseStmt(fd->getBody());
  return std::make_shared<const std::set<std::string>>(std::move(finder.found));
}

std::vector<const FunctionDecl *> linkable_definitions(ASTContext &ctx) {
  std::vector<const FunctionDecl *> functions, out;
  collect_functions(ctx.getTranslationUnitDecl(), ctx.getSourceManager(), functions);
  for (const FunctionDecl *fd : functions)
    if (fd->isExternallyVisible() && !fd->isInlined() && !fd->getTemplateSpecializationInfo())
      out.push_back(fd);
  return out;
}

std::string linkage_name(const FunctionDecl *fd) {
  fd = fd->getCanonicalDecl();
  if (isa<CXXConstructorDecl>(fd) || isa<CXXDestructorDecl>(fd))
    return fd->getQualifiedNameAsString(); // never handed a DAG to build in
  std::unique_ptr<MangleContext> mangler(fd->getASTContext().createMangleContext());
  if (!mangler->shouldMangleDeclName(fd))
    return fd->getName().str();
  std::string name;
  llvm::raw_string_ostream out(name);
  mangler->mangleName(GlobalDecl(fd), out);
  return name;
}

namespace {
Model build_on_this_stack(ASTContext &ctx, const BuildOptions &options);
} // namespace

void on_analysis_stack(const std::function<void()> &work) {
  constexpr unsigned kAnalysisStack = 256u << 20;
  llvm::runOnNewStack(kAnalysisStack, work);
}

Model buildModel(ASTContext &ctx, const BuildOptions &options) {
  Model model;
  on_analysis_stack([&] { model = build_on_this_stack(ctx, options); });
  return model;
}

namespace {
Model build_on_this_stack(ASTContext &ctx, const BuildOptions &options) {
  Model model;
  const SourceManager &sm = ctx.getSourceManager();
  std::vector<const FunctionDecl *> functions;
  collect_functions(ctx.getTranslationUnitDecl(), sm, functions);
  Entries entries(ctx);
  std::vector<const FunctionDecl *> building;
  for (const FunctionDecl *fd : functions)
    if (entries.reaches_dag(fd)) building.push_back(fd);
  // Entry points: the functions that build DAGs and that no other such function calls.
  std::set<const FunctionDecl *> called;
  for (const FunctionDecl *fd : building)
    for (const FunctionDecl *g : entries.facts(fd).refs)
      if (g != fd->getCanonicalDecl()) called.insert(g);
  Interp interp(ctx, options, model, spelled_suffixes(functions),
                // Another unit's function (`definition_elsewhere`) is not this unit's to scan.
                [&](const FunctionDecl *fd) {
                  return &fd->getASTContext() == &ctx && entries.reaches_dag(fd);
                });
  for (const FunctionDecl *fd : building)
    if (!called.count(fd->getCanonicalDecl())) interp.run_entry(fd);
  for (const FunctionDecl *fd : functions)
    if (annotation(fd) == "taskgroup.factory" && !interp.inlined().count(fd->getCanonicalDecl()) &&
        !called.count(fd->getCanonicalDecl()))
      interp.run_factory(fd);
  interp.resolve_refs();
  count_origins(model);
  return model;
}
} // namespace

} // namespace tgmodel
