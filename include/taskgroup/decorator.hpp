// tg::task_group: the analogue of Airflow's @task_group decorator, including mapped groups.
#pragma once

#include "dag.hpp"

#include <optional>
#include <tuple>

namespace tg {

class Context;

/// The mapped parameter of a mapped group's function: each run-time instance reads its
/// element with `get(ctx)`.
template <class T> class MappedArg {
public:
  using value_type = T;
  MappedArg(detail::DagState *state, int group) : state_(state), group_(group) {}
  /// This instance's element (defined in run.hpp, where Context is complete).
  T get(const Context &ctx) const;
  /// The group whose instances this argument tells apart.
  TaskGroup group() const { return TaskGroup(state_, group_); }

private:
  detail::DagState *state_;
  int group_;
};

/// What `.override(...)` may change; unset fields keep the factory's values.
struct GroupOverride {
  std::optional<std::string> group_id{};
  std::optional<bool> prefix_group_id{};
  std::optional<std::string> tooltip{};
  std::optional<std::string> ui_color{};
  std::optional<std::string> ui_fgcolor{};
  std::optional<DefaultArgs> default_args{};
  std::optional<std::string> display_name{};
};

namespace detail {

template <class T> struct is_mapped_arg : std::false_type {};
template <class T> struct is_mapped_arg<MappedArg<T>> : std::true_type {};

template <class... Ts> struct last_type;
template <class T> struct last_type<T> { using type = T; };
template <class T, class... Ts> struct last_type<T, Ts...> : last_type<Ts...> {};

template <class F> struct signature : signature<decltype(&F::operator())> {};
template <class R, class... A> struct signature<R (*)(A...)> { using last = typename last_type<A...>::type; };
template <class R, class... A> struct signature<R(A...)> : signature<R (*)(A...)> {};
template <class C, class R, class... A>
struct signature<R (C::*)(A...) const> : signature<R (*)(A...)> {};
template <class C, class R, class... A>
struct signature<R (C::*)(A...)> : signature<R (*)(A...)> {};

/// The element type of the mapped parameter (the function's last one, a MappedArg<T>).
template <class F>
using mapped_value_t = typename std::remove_cvref_t<typename signature<F>::last>::value_type;

inline int parent_index(const Dag &) { return 0; }
inline int parent_index(const TaskGroup &g) { return g.index(); }
inline DagState *parent_state(const Dag &dag) { return &dag.state(); }
inline DagState *parent_state(const TaskGroup &g) { return g.state(); }

template <class P>
concept Parent = std::is_same_v<std::remove_cvref_t<P>, Dag> ||
                 std::is_same_v<std::remove_cvref_t<P>, TaskGroup>;

} // namespace detail

/// A group factory: each call creates a new group under the given parent, suffixed with
/// `__N` on collision, and returns the function's result (the group when it returns void).
template <class F, class... Fixed> class TaskGroupFunction {
public:
  TaskGroupFunction(std::string group_id, F fn, GroupOptions options, std::tuple<Fixed...> fixed)
      : group_id_(std::move(group_id)), fn_(std::move(fn)), options_(std::move(options)),
        fixed_(std::move(fixed)) {}

  const std::string &group_id() const { return group_id_; }
  const GroupOptions &options() const { return options_; }

  template <detail::Parent P, class... Args>
  TG_ANNOTATE("taskgroup.decorator.call")
  auto operator()(P &&parent, Args &&...args) const {
    TaskGroup g = make_group(parent, false);
    return invoke(g, std::forward<Args>(args)...);
  }

  TG_ANNOTATE("taskgroup.decorator.override")
  TaskGroupFunction override(const GroupOverride &o) const {
    TaskGroupFunction copy = *this;
    if (o.group_id) copy.group_id_ = *o.group_id;
    if (o.prefix_group_id) copy.options_.prefix_group_id = *o.prefix_group_id;
    if (o.tooltip) copy.options_.tooltip = *o.tooltip;
    if (o.ui_color) copy.options_.ui_color = *o.ui_color;
    if (o.ui_fgcolor) copy.options_.ui_fgcolor = *o.ui_fgcolor;
    if (o.default_args) copy.options_.default_args = *o.default_args;
    if (o.display_name) copy.options_.display_name = *o.display_name;
    return copy;
  }

  /// Fixes leading arguments; creates no group.
  template <class... More>
  TG_ANNOTATE("taskgroup.decorator.partial")
  TaskGroupFunction<F, Fixed..., std::decay_t<More>...> partial(More &&...more) const {
    return {group_id_, fn_, options_,
            std::tuple_cat(fixed_, std::make_tuple(std::forward<More>(more)...))};
  }

  /// A mapped group over literal values: built once, one instance per element at run time.
  template <detail::Parent P, class G = F, class V = detail::mapped_value_t<G>>
  TG_ANNOTATE("taskgroup.decorator.expand")
  auto expand(P &&parent, std::vector<V> values) const {
    TaskGroup g = make_group(parent, true);
    auto &data = g.state()->groups[g.index()];
    for (auto &v : values)
      data.map_values.emplace_back(std::move(v));
    return invoke(g, MappedArg<V>(g.state(), g.index()));
  }
  /// A mapped group over the list returned by `source` at run time (`source >> group`).
  template <detail::Parent P, class G = F, class V = detail::mapped_value_t<G>>
  TG_ANNOTATE("taskgroup.decorator.expand")
  auto expand(P &&parent, const Task &source) const {
    TaskGroup g = make_group(parent, true);
    g.state()->groups[g.index()].map_source = source.index();
    auto result = invoke_keep_group(g, MappedArg<V>(g.state(), g.index()));
    source >> g; // Airflow's MappedTaskGroup.__exit__ sets the XCom source upstream
    return finish(g, std::move(result));
  }

private:
  template <class P> TaskGroup make_group(P &&parent, bool mapped) const {
    detail::DagState *state = detail::parent_state(parent);
    return TaskGroup(state, detail::create_group(*state, detail::parent_index(parent), group_id_,
                                                 options_, /*suffix_on_collision=*/true,
                                                 mapped));
  }
  template <class... Args> auto invoke(TaskGroup &g, Args &&...args) const {
    return finish(g, invoke_keep_group(g, std::forward<Args>(args)...));
  }
  /// Runs the body; a void result is represented by the group itself.
  template <class... Args> auto invoke_keep_group(TaskGroup &g, Args &&...args) const {
    using R = decltype(std::apply(
        [&](const auto &...fixed) { return fn_(g, fixed..., std::forward<Args>(args)...); },
        fixed_));
    if constexpr (std::is_void_v<R>) {
      std::apply([&](const auto &...fixed) { fn_(g, fixed..., std::forward<Args>(args)...); },
                 fixed_);
      return g;
    } else {
      return std::apply(
          [&](const auto &...fixed) { return fn_(g, fixed..., std::forward<Args>(args)...); },
          fixed_);
    }
  }
  template <class R> static R finish(TaskGroup &, R result) { return result; }

  std::string group_id_;
  F fn_;
  GroupOptions options_;
  std::tuple<Fixed...> fixed_;
};

/// `tg::task_group("ingest", [](tg::TaskGroup& g, ...) {...}, {.tooltip = "..."})`.
template <class F>
TG_ANNOTATE("taskgroup.decorator")
TaskGroupFunction<std::decay_t<F>> task_group(std::string group_id, F &&fn,
                                              GroupOptions options = {}) {
  return {std::move(group_id), std::forward<F>(fn), std::move(options), {}};
}

} // namespace tg
