// Small helpers shared by the unit tests (not a test file itself: CMake globs only *.cpp).
#pragma once

#include <taskgroup/taskgroup.hpp>

#include <gtest/gtest.h>

#include <algorithm>
#include <ostream>
#include <string>
#include <vector>

namespace tg_test {

using Ids = std::vector<std::string>;

inline Ids ids(const std::vector<tg::Task> &tasks) {
  Ids out;
  for (const auto &t : tasks)
    out.push_back(t.task_id());
  return out;
}

inline Ids ids(const std::vector<tg::Node> &nodes) {
  Ids out;
  for (const auto &n : nodes)
    out.push_back(n.id());
  return out;
}

inline Ids sorted(Ids v) {
  std::sort(v.begin(), v.end());
  return v;
}

/// Airflow's `nested_topo` / `nested` helpers: a group becomes `[...]` of its children,
/// a task its id, so `[task1, [[a, b]], task5]` reads like the Python expectation.
template <class Order> std::string nested(const tg::TaskGroup &group, Order order) {
  std::string out = "[";
  const char *sep = "";
  for (const tg::Node &n : order(group)) {
    out += sep;
    out += n.is_group() ? nested(n.as_group(), order) : n.id();
    sep = ", ";
  }
  return out + "]";
}
inline std::string nested_topo(const tg::TaskGroup &group) {
  return nested(group, [](const tg::TaskGroup &g) { return g.topological_sort(); });
}
inline std::string nested_alpha(const tg::TaskGroup &group) {
  return nested(group, [](const tg::TaskGroup &g) { return g.hierarchical_alphabetical_sort(); });
}

/// argv for tg::cli: owns its strings.
class Argv {
public:
  Argv(std::initializer_list<std::string> args) : args_(args) {
    for (auto &a : args_)
      ptrs_.push_back(a.data());
    ptrs_.push_back(nullptr);
  }
  int argc() const { return static_cast<int>(args_.size()); }
  char **argv() { return ptrs_.data(); }

private:
  std::vector<std::string> args_;
  std::vector<char *> ptrs_;
};

} // namespace tg_test

namespace tg {
/// Lets GoogleTest print states by name in failure messages.
inline void PrintTo(State s, std::ostream *os) { *os << to_string(s); }
} // namespace tg

/// Runs `...` once; expects it to throw `ExType` whose what() equals `expected`.
/// (EXPECT_THROW plus a check of the message, without running the statement twice.)
#define TG_EXPECT_THROW_MSG(ExType, expected, ...)                                            \
  EXPECT_THROW(                                                                                \
      {                                                                                        \
        try {                                                                                  \
          __VA_ARGS__;                                                                         \
        } catch (const ExType &tg_test_error_) {                                               \
          EXPECT_EQ(std::string(tg_test_error_.what()), std::string(expected));                \
          throw;                                                                               \
        }                                                                                      \
      },                                                                                       \
      ExType)
