// The hierarchy as JSON (schema taskgroup-hierarchy/1, see MODEL.md), Graphviz and a text tree.
#pragma once

#include "dag.hpp"

#include <algorithm>
#include <functional>
#include <string>
#include <vector>

namespace tg {

namespace detail {

inline void json_key(std::string &out, const char *key, std::string_view value) {
  out += '"';
  out += key;
  out += "\": ";
  write_json_string(out, value);
}
inline void json_key_bool(std::string &out, const char *key, bool value) {
  out += '"';
  out += key;
  out += "\": ";
  out += value ? "true" : "false";
}
inline void json_key_id_or_null(std::string &out, const char *key, std::string_view id) {
  out += '"';
  out += key;
  out += "\": ";
  if (id.empty())
    out += "null";
  else
    write_json_string(out, id);
}

/// Hooks through which another producer of the model (the static analyzer) adds its own keys
/// while keeping the runtime's exact layout: `node` writes after a node's `mapped` key, `dag`
/// after a DAG's `tasks` list. Each writes its own leading `, `.
struct JsonExtras {
  std::function<void(std::string &, NodeRef)> node;
  std::function<void(std::string &)> dag;
  /// Which nodes to list (all when unset): a focused view of one subtree.
  std::function<bool(NodeRef)> include;
};

inline void write_group(std::string &out, const DagState &s, int index, const JsonExtras &extras) {
  const GroupData &g = s.groups[index];
  out += "{";
  json_key(out, "group_id", g.group_id);
  out += ", ";
  json_key(out, "label", g.options.display_name.empty() ? g.label : g.options.display_name);
  out += ", ";
  json_key_id_or_null(out, "parent", s.groups[g.parent].group_id);
  out += ", ";
  json_key_bool(out, "prefix_group_id", g.options.prefix_group_id);
  out += ", ";
  json_key(out, "tooltip", g.options.tooltip);
  out += ", ";
  json_key(out, "ui_color", g.options.ui_color);
  out += ", ";
  json_key(out, "ui_fgcolor", g.options.ui_fgcolor);
  out += ", ";
  json_key_bool(out, "mapped", g.mapped);
  if (extras.node)
    extras.node(out, {true, index});
  out += "}";
}

inline void write_task(std::string &out, const DagState &s, int index, const JsonExtras &extras) {
  const TaskData &t = s.tasks[index];
  out += "{";
  json_key(out, "task_id", t.task_id);
  out += ", ";
  json_key(out, "label", t.label);
  out += ", ";
  json_key_id_or_null(out, "group", s.groups[t.group].group_id);
  out += ", ";
  json_key(out, "kind", to_string(t.kind));
  out += ", ";
  json_key(out, "trigger_rule", to_string(t.trigger_rule));
  out += ", ";
  json_key_bool(out, "mapped", t.expanded || closest_mapped_group(s, t.group) != -1);
  if (extras.node)
    extras.node(out, {false, index});
  out += ", \"downstream\": [";
  std::vector<std::string> down;
  for (int d : t.downstream)
    down.push_back(s.tasks[d].task_id);
  std::sort(down.begin(), down.end());
  for (std::size_t i = 0; i < down.size(); ++i) {
    if (i)
      out += ", ";
    write_json_string(out, down[i]);
  }
  out += "]}";
}

/// Indices of `items` ordered by `key` (ids are unique, so the order is total).
template <class Container, class Key> std::vector<int> sorted_indices(const Container &items, Key key) {
  std::vector<int> out;
  for (int i = 0; i < static_cast<int>(items.size()); ++i)
    out.push_back(i);
  std::sort(out.begin(), out.end(), [&](int a, int b) { return key(items[a]) < key(items[b]); });
  return out;
}

inline void write_dag_json(std::string &out, const DagState &s, const JsonExtras &extras = {}) {
  out += "    {\n      ";
  json_key(out, "dag_id", s.dag_id);
  out += ",\n      \"groups\": [";
  const char *sep = "\n        ";
  bool any = false;
  for (int g : sorted_indices(s.groups, [](const GroupData &g) { return g.group_id; })) {
    if (s.groups[g].parent == -1 || (extras.include && !extras.include({true, g})))
      continue; // the root is not listed
    out += sep;
    write_group(out, s, g, extras);
    sep = ",\n        ";
    any = true;
  }
  out += any ? "\n      ],\n      \"tasks\": [" : "],\n      \"tasks\": [";
  sep = "\n        ";
  bool any_task = false;
  for (int t : sorted_indices(s.tasks, [](const TaskData &t) { return t.task_id; })) {
    if (extras.include && !extras.include({false, t}))
      continue;
    out += sep;
    write_task(out, s, t, extras);
    sep = ",\n        ";
    any_task = true;
  }
  out += any_task ? "\n      ]" : "]";
  if (extras.dag)
    extras.dag(out);
  out += "\n    }";
}

inline std::string dot_quote(std::string_view s) {
  std::string out = "\"";
  for (char c : printable_keeping_newlines(s)) {
    if (c == '"' || c == '\\')
      out += '\\';
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    out += c;
  }
  return out + "\"";
}

inline void write_dot_group(std::string &out, const DagState &s, int g, int depth) {
  std::string indent(static_cast<std::size_t>(depth) * 2, ' ');
  for (NodeRef c : s.groups[g].children) {
    if (c.is_group) {
      const GroupData &child = s.groups[c.index];
      out += indent + "subgraph " + dot_quote("cluster_" + child.group_id) + " {\n";
      std::string label = child.options.display_name.empty() ? child.label
                                                              : child.options.display_name;
      out += indent + "  label=" + dot_quote(label) + "; style=\"filled,rounded\"; fillcolor=" +
             dot_quote(child.options.ui_color) + "; fontcolor=" +
             dot_quote(child.options.ui_fgcolor) + "; tooltip=" +
             dot_quote(child.options.tooltip) + ";\n";
      write_dot_group(out, s, c.index, depth + 1);
      out += indent + "}\n";
    } else {
      const TaskData &t = s.tasks[c.index];
      out += indent + dot_quote(t.task_id) + " [label=" + dot_quote(t.label) + "];\n";
    }
  }
}

/// Writes the indented hierarchy under group `g`; `annotate`, when set, appends its own notes
/// (the analyzer's markers and locations) to each node's line.
inline void write_tree(std::string &out, const DagState &s, int g, int depth,
                       const std::function<void(std::string &, NodeRef)> &annotate = {}) {
  for (NodeRef c : s.groups[g].children) {
    out += std::string(static_cast<std::size_t>(depth) * 2, ' ');
    if (c.is_group) {
      const GroupData &child = s.groups[c.index];
      out += "group " + child.group_id;
      if (child.mapped)
        out += " (mapped)";
      if (!child.options.prefix_group_id)
        out += " (prefix_group_id=false)";
      if (!child.options.tooltip.empty())
        out += "  tooltip: " + printable(child.options.tooltip);
      if (annotate)
        annotate(out, c);
      out += '\n';
      write_tree(out, s, c.index, depth + 1, annotate);
    } else {
      const TaskData &t = s.tasks[c.index];
      out += std::string(to_string(t.kind)) + " " + t.task_id;
      if (t.expanded)
        out += " (mapped)";
      if (t.trigger_rule != TriggerRule::all_success)
        out += " [" + std::string(to_string(t.trigger_rule)) + "]";
      if (!t.downstream.empty()) {
        out += " ->";
        std::vector<std::string> down;
        for (int d : t.downstream)
          down.push_back(s.tasks[d].task_id);
        std::sort(down.begin(), down.end());
        for (const auto &d : down)
          out += " " + d;
      }
      if (annotate)
        annotate(out, c);
      out += '\n';
    }
  }
}

} // namespace detail

/// Several DAGs in one document, sorted by dag_id.
inline std::string to_json(std::vector<Dag> dags) {
  std::sort(dags.begin(), dags.end(),
            [](const Dag &a, const Dag &b) { return a.dag_id() < b.dag_id(); });
  std::string out = "{\n  \"schema\": \"taskgroup-hierarchy/1\",\n  \"dags\": [\n";
  for (std::size_t i = 0; i < dags.size(); ++i) {
    if (i)
      out += ",\n";
    detail::write_dag_json(out, dags[i].state());
  }
  out += "\n  ]\n}\n";
  return out;
}

inline std::string Dag::to_json() const { return tg::to_json(std::vector<Dag>{*this}); }

inline std::string Dag::to_dot() const {
  const auto &s = *state_;
  std::string out = "digraph " + detail::dot_quote(s.dag_id) + " {\n";
  out += "  graph [rankdir=LR, compound=true];\n";
  out += "  node [shape=box, style=\"rounded,filled\", fillcolor=\"#ffffff\"];\n";
  detail::write_dot_group(out, s, 0, 1);
  for (const auto &t : s.tasks) {
    std::vector<std::string> down;
    for (int d : t.downstream)
      down.push_back(s.tasks[d].task_id);
    std::sort(down.begin(), down.end());
    for (const auto &d : down)
      out += "  " + detail::dot_quote(t.task_id) + " -> " + detail::dot_quote(d) + ";\n";
  }
  return out + "}\n";
}

/// An indented listing of the hierarchy, for people.
inline std::string to_tree(const Dag &dag) {
  std::string out = "dag " + dag.dag_id();
  if (!dag.description().empty())
    out += "  (" + printable(dag.description()) + ")";
  out += '\n';
  detail::write_tree(out, dag.state(), 0, 1);
  return out;
}

} // namespace tg
