// Options, kinds and trigger rules, with Airflow's defaults.
#pragma once

#include "value.hpp"

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace tg {

using DefaultArgs = std::map<std::string, std::string>;

struct DagOptions {
  std::string description{};
  DefaultArgs default_args{};
  std::map<std::string, Value> params{};
};

/// Airflow's TaskGroup parameters. Keep this order: designated initialisers depend on it.
struct GroupOptions {
  bool prefix_group_id = true;
  std::string tooltip{};
  std::string ui_color = "CornflowerBlue";
  std::string ui_fgcolor = "#000";
  DefaultArgs default_args{};
  std::string display_name{};
};

enum class TriggerRule {
  all_success,
  all_done,
  all_failed,
  one_success,
  one_failed,
  none_failed,
  none_skipped,
  always,
  none_failed_min_one_success,
  all_done_setup_success,
};

inline constexpr std::string_view to_string(TriggerRule rule) {
  switch (rule) {
  case TriggerRule::all_success: return "all_success";
  case TriggerRule::all_done: return "all_done";
  case TriggerRule::all_failed: return "all_failed";
  case TriggerRule::one_success: return "one_success";
  case TriggerRule::one_failed: return "one_failed";
  case TriggerRule::none_failed: return "none_failed";
  case TriggerRule::none_skipped: return "none_skipped";
  case TriggerRule::always: return "always";
  case TriggerRule::none_failed_min_one_success: return "none_failed_min_one_success";
  case TriggerRule::all_done_setup_success: return "all_done_setup_success";
  }
  return "all_success";
}

inline std::optional<TriggerRule> parse_trigger_rule(std::string_view name) {
  for (int i = 0; i <= static_cast<int>(TriggerRule::all_done_setup_success); ++i)
    if (to_string(static_cast<TriggerRule>(i)) == name)
      return static_cast<TriggerRule>(i);
  return std::nullopt;
}

struct TaskOptions {
  std::optional<TriggerRule> trigger_rule{};
  std::optional<int> retries{};
  DefaultArgs default_args{};
};

enum class TaskKind { task, empty, setup, teardown, branch };

inline constexpr std::string_view to_string(TaskKind kind) {
  switch (kind) {
  case TaskKind::task: return "task";
  case TaskKind::empty: return "empty";
  case TaskKind::setup: return "setup";
  case TaskKind::teardown: return "teardown";
  case TaskKind::branch: return "branch";
  }
  return "task";
}

} // namespace tg
