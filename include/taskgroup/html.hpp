// The hierarchy as one self-contained interactive HTML page (docs/pictures.md): Airflow's graph
// view of each DAG, with collapsible groups and the findings of the checks. One renderer for
// every producer: a running program (`--html` of tg::cli) and the analyzer (`taskgroup inspect
// --format=html`) both hand it the model JSON (schema taskgroup-hierarchy/1) as data.
//
// Escaping rule: user-written text (ids, labels, tooltips, colours, messages) only ever reaches
// the page inside the JSON data blocks, where `<`, `>`, `&`, U+2028 and U+2029 are written as
// JSON `\uXXXX` escapes, so no byte of it can end the block or open a tag. The script builds
// the picture with textContent/setAttribute only, never with markup strings.
#pragma once

#include <string>
#include <string_view>

namespace tg {

namespace detail {

/// `json` made safe inside a `<script type="application/json">` element. Valid JSON holds
/// these characters only inside strings, where the `\uXXXX` form means the same.
inline std::string json_for_script(std::string_view json) {
  std::string out;
  out.reserve(json.size() + json.size() / 8);
  for (std::size_t i = 0; i < json.size(); ++i) {
    const char c = json[i];
    const bool line_separator = c == '\xE2' && i + 2 < json.size() && json[i + 1] == '\x80' &&
                                (json[i + 2] == '\xA8' || json[i + 2] == '\xA9');
    if (line_separator) {
      out += json[i + 2] == '\xA8' ? "\\u2028" : "\\u2029";
      i += 2;
    } else if (c == '<') {
      out += "\\u003c";
    } else if (c == '>') {
      out += "\\u003e";
    } else if (c == '&') {
      out += "\\u0026";
    } else {
      out += c;
    }
  }
  return out;
}

// The page before the data: no network at all (the policy also stops any injected image).
inline constexpr std::string_view html_head = R"TGHTML(<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>taskgroup</title>
<style>
body { font: 13px/1.4 system-ui, "DejaVu Sans", sans-serif; margin: 0; color: #222; background: #f7f7f9; }
header { position: sticky; top: 0; z-index: 2; display: flex; flex-wrap: wrap; gap: 8px; align-items: center;
         padding: 8px 16px; background: #fff; border-bottom: 1px solid #ddd; }
header h1 { font-size: 15px; margin: 0 12px 0 0; }
header input[type=search] { width: 18em; }
header input[type=number] { width: 3.5em; }
#search-status { color: #555; min-width: 8em; }
main { padding: 8px 16px 32px; }
section.dag { background: #fff; border: 1px solid #ddd; border-radius: 6px; margin: 12px 0; padding: 8px 12px; }
section.dag h2 { font-size: 14px; margin: 4px 0; }
section.dag .description { color: #555; margin: 0 0 6px; }
.canvas { overflow: auto; }
svg text { font: 12px "DejaVu Sans", sans-serif; pointer-events: none; }
.node rect.box { stroke: #888; stroke-width: 1; }
.node.task rect.box { fill: #fff; }
.node.task.setup rect.box, .node.task.teardown rect.box { stroke-dasharray: 4 2; }
.node.group.expanded rect.body { stroke: #777; stroke-width: 1; }
.node.group .header, .node.group.collapsed rect.box, .node.task rect.box { cursor: pointer; }
.node.findings rect.box, .node.findings rect.body { stroke: #c62828; stroke-width: 2; }
.node.match rect.box, .node.match rect.body { stroke: #ff8f00; stroke-width: 4; }
.node.selected rect.box, .node.selected rect.body { stroke: #1565c0; stroke-width: 3; }
.badge circle { fill: #c62828; }
.badge text { fill: #fff; font-weight: bold; font-size: 11px; }
path.edge { fill: none; stroke: #888; stroke-width: 1.3; pointer-events: none; }
#tip { position: fixed; z-index: 3; display: none; max-width: 28em; padding: 6px 8px; background: #222; color: #fff;
       border-radius: 4px; font-size: 12px; white-space: pre-wrap; pointer-events: none; }
.findings-list { margin: 6px 0; padding-left: 18px; }
.findings-list li { cursor: pointer; }
.findings-list .check { font-weight: bold; color: #c62828; }
.findings-list .loc { color: #555; font-family: monospace; }
#details { white-space: pre-wrap; font-family: monospace; background: #fff; border: 1px solid #ddd; border-radius: 6px;
           padding: 8px 12px; margin: 12px 16px; display: none; }
</style>
</head>
<body>
<header>
<h1 id="title">taskgroup</h1>
<button id="expand-all" type="button">Expand all</button>
<button id="collapse-depth" type="button">Collapse to depth</button>
<input id="depth" type="number" min="1" value="1" aria-label="depth">
<input id="search" type="search" placeholder="Find a task by id (Enter)" aria-label="find a task">
<span id="search-status"></span>
</header>
<main id="dags"></main>
<div id="details"></div>
<div id="tip" role="tooltip"></div>
<script type="application/json" id="tg-model">)TGHTML";

inline constexpr std::string_view html_between_data = R"TGHTML(</script>
<script type="application/json" id="tg-findings">)TGHTML";

// The page after the data: the layout and the interaction.
inline constexpr std::string_view html_tail = R"TGHTML(</script>
<script>
"use strict";
(() => {
const SVG = "http://www.w3.org/2000/svg";
const TASK_H = 30, GROUP_H = 44, HEADER = 26, PAD = 12, GAP_X = 44, GAP_Y = 14, MARGIN = 14;
const model = JSON.parse(document.getElementById("tg-model").textContent);
const findings = JSON.parse(document.getElementById("tg-findings").textContent || "[]");
const measure = document.createElement("canvas").getContext("2d");
measure.font = '12px "DejaVu Sans", sans-serif';
const textWidth = (s) => Math.ceil(measure.measureText(s).width);
const colour = (c, fallback) => (typeof c === "string" && c && CSS.supports("color", c) ? c : fallback);

function el(name, attrs, parent) {
  const e = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, String(v));
  if (parent) parent.appendChild(e);
  return e;
}
function html(name, text, parent) {
  const e = document.createElement(name);
  if (text !== undefined) e.textContent = text;
  if (parent) parent.appendChild(e);
  return e;
}

// ---- the model: one tree per DAG, groups and tasks by id ----
function buildDag(d) {
  const nodes = new Map();
  const root = { id: "", kind: "group", children: [], depth: 0, ancestors: [], findings: [] };
  nodes.set("", root);
  for (const g of d.groups || [])
    nodes.set(g.group_id, { id: g.group_id, kind: "group", data: g, label: g.label || g.group_id, children: [], findings: [] });
  for (const t of d.tasks || [])
    nodes.set(t.task_id, { id: t.task_id, kind: "task", data: t, label: t.label || t.task_id, children: [], findings: [] });
  for (const n of nodes.values()) {
    if (n === root) continue;
    const parentId = n.kind === "group" ? n.data.parent : n.data.group;
    (nodes.get(parentId || "") || root).children.push(n);
  }
  const visit = (n, ancestors) => {
    n.ancestors = ancestors;
    n.depth = ancestors.length;
    for (const c of n.children) visit(c, n === root ? [] : ancestors.concat([n.id]));
  };
  for (const c of root.children) visit(c, []);
  const dag = { data: d, nodes, root, expanded: new Set(), unplaced: [] };
  for (const n of nodes.values()) if (n.kind === "group" && n !== root) dag.expanded.add(n.id);
  return dag;
}
const dags = (model.dags || []).map(buildDag);

// Each finding marks the node it names (`node`), in its DAG (`dag`, or the only one).
for (const f of findings) {
  const dag = dags.find((d) => d.data.dag_id === f.dag) || (dags.length === 1 ? dags[0] : null);
  if (!dag) continue;
  const node = f.node ? dag.nodes.get(f.node) : null;
  if (node && node !== dag.root) node.findings.push(f);
  else dag.unplaced.push(f);
}
const findingsUnder = (n) => n.findings.length + n.children.reduce((s, c) => s + findingsUnder(c), 0);
const tasksUnder = (n) => (n.kind === "task" ? 1 : n.children.reduce((s, c) => s + tasksUnder(c), 0));

// ---- what shows: a task or group under a collapsed group is drawn as that group ----
function representative(dag, n) {
  for (const a of n.ancestors) if (!dag.expanded.has(a)) return dag.nodes.get(a);
  return n;
}
const isOpen = (dag, n) => n === dag.root || (n.kind === "group" && dag.expanded.has(n.id));

// Task edges between the drawn nodes, deduplicated, then lifted to the group holding both ends.
function visibleEdges(dag) {
  const edges = new Map();
  for (const n of dag.nodes.values()) {
    if (n.kind !== "task") continue;
    const a = representative(dag, n);
    for (const downId of n.data.downstream || []) {
      const down = dag.nodes.get(downId);
      if (!down) continue;
      const b = representative(dag, down);
      if (a !== b) edges.set(a.id + "\u0000" + b.id, { from: a, to: b });
    }
  }
  return [...edges.values()];
}
function liftedEdges(dag, edges) {
  const byGroup = new Map();
  for (const { from, to } of edges) {
    const pa = from.ancestors, pb = to.ancestors;
    let common = 0;
    while (common < pa.length && common < pb.length && pa[common] === pb[common]) common++;
    const level = common ? pa[common - 1] : "";
    const a = common < pa.length ? pa[common] : from.id, b = common < pb.length ? pb[common] : to.id;
    if (a === b) continue;
    if (!byGroup.has(level)) byGroup.set(level, new Map());
    byGroup.get(level).set(a + "\u0000" + b, [a, b]);
  }
  return byGroup;
}

// ---- layout: each open group is a layered sub-graph of its children, left to right ----
function nodeSize(dag, n) {
  if (n.kind === "task") return { w: Math.max(textWidth(n.label) + 24, 60), h: TASK_H };
  const sub = tasksUnder(n) + (tasksUnder(n) === 1 ? " task" : " tasks");
  return { w: Math.max(textWidth(n.label), textWidth(sub)) + 44, h: GROUP_H };
}

// Longest-path layers over the edges that remain after dropping the back edges of a DFS.
function layers(items, edges) {
  const index = new Map(items.map((n, i) => [n.id, i]));
  const out = items.map(() => []);
  for (const [a, b] of edges) if (index.has(a) && index.has(b)) out[index.get(a)].push(index.get(b));
  const state = items.map(() => 0), order = [], forward = items.map(() => []);
  const dfs = (v) => {
    state[v] = 1;
    for (const w of out[v]) {
      if (state[w] === 1) continue; // a cycle through groups: draw it, but not for layering
      forward[v].push(w);
      if (state[w] === 0) dfs(w);
    }
    state[v] = 2;
    order.push(v);
  };
  items.forEach((_, v) => { if (state[v] === 0) dfs(v); });
  const rank = items.map(() => 0);
  for (const v of order.reverse()) for (const w of forward[v]) rank[w] = Math.max(rank[w], rank[v] + 1);
  return { rank, out: forward };
}

// Barycentre ordering: a few sweeps, each ordering a column by its neighbours' positions.
function orderColumns(columns, rank, out, count) {
  const preds = Array.from({ length: count }, () => []);
  out.forEach((ws, v) => ws.forEach((w) => preds[w].push(v)));
  const pos = new Array(count).fill(0);
  const refresh = () => columns.forEach((col) => col.forEach((v, i) => { pos[v] = i; }));
  refresh();
  const sweep = (cols, neighbours) => {
    for (const col of cols) {
      const key = new Map(col.map((v) => {
        const ns = neighbours[v];
        return [v, ns.length ? ns.reduce((s, w) => s + pos[w], 0) / ns.length : pos[v]];
      }));
      col.sort((x, y) => key.get(x) - key.get(y) || x - y);
      col.forEach((v, i) => { pos[v] = i; });
    }
  };
  for (let i = 0; i < 4; i++) {
    sweep(columns.slice(1), preds);
    sweep(columns.slice(0, -1).reverse(), out);
  }
  refresh();
}

function layoutGroup(dag, group, lifted) {
  const items = group.children;
  for (const n of items) n.size = isOpen(dag, n) ? layoutGroup(dag, n, lifted) : nodeSize(dag, n);
  const edges = [...(lifted.get(group.id) || new Map()).values()];
  const { rank, out } = layers(items, edges);
  const columns = [];
  items.forEach((_, v) => (columns[rank[v]] = columns[rank[v]] || []).push(v));
  const cols = columns.filter(Boolean);
  orderColumns(cols, rank, out, items.length);
  const heights = cols.map((col) => col.reduce((s, v) => s + items[v].size.h, 0) + GAP_Y * (col.length - 1));
  const height = Math.max(0, ...heights);
  let x = 0;
  cols.forEach((col, c) => {
    const width = Math.max(...col.map((v) => items[v].size.w));
    let y = (height - heights[c]) / 2;
    for (const v of col) {
      items[v].rel = { x: x + (width - items[v].size.w) / 2, y };
      y += items[v].size.h + GAP_Y;
    }
    x += width + GAP_X;
  });
  const contentW = Math.max(0, x - GAP_X);
  if (group === dag.root) return { w: contentW, h: height };
  return { w: Math.max(contentW + 2 * PAD, textWidth(group.label) + 56), h: height + HEADER + PAD };
}

function place(dag, group, ox, oy) {
  for (const n of group.children) {
    n.at = { x: ox + n.rel.x, y: oy + n.rel.y };
    if (isOpen(dag, n)) place(dag, n, n.at.x + (n.size.w - contentWidth(n)) / 2, n.at.y + HEADER);
  }
}
const contentWidth = (g) => Math.max(0, ...g.children.map((c) => c.rel.x + c.size.w));

// ---- drawing ----
const tip = document.getElementById("tip");
function describe(n) {
  const lines = [(n.kind === "group" ? "group " : (n.data.kind || "task") + " ") + n.id];
  if (n.kind === "group" && n.data.tooltip) lines.push(n.data.tooltip);
  if (n.kind === "task" && n.data.trigger_rule && n.data.trigger_rule !== "all_success") lines.push("trigger rule: " + n.data.trigger_rule);
  if (n.data.loc) lines.push("at " + n.data.loc);
  for (const f of n.findings) lines.push("\u26a0 " + f.check + ": " + f.message);
  return lines.join("\n");
}
function showTip(event, text) {
  tip.textContent = text;
  tip.style.display = "block";
  tip.style.left = Math.min(event.clientX + 14, window.innerWidth - 300) + "px";
  tip.style.top = event.clientY + 14 + "px";
}
const hideTip = () => { tip.style.display = "none"; };

function badge(parent, x, y, count) {
  const g = el("g", { class: "badge", "data-count": count }, parent);
  el("circle", { cx: x, cy: y, r: 9 }, g);
  el("text", { x, y: y + 4, "text-anchor": "middle" }, g).textContent = String(count);
}

function drawNode(view, dag, n, layer) {
  const { x, y } = n.at, { w, h } = n.size;
  const open = isOpen(dag, n);
  const classes = ["node", n.kind, n.kind === "group" ? (open ? "expanded" : "collapsed") : n.data.kind || "task"];
  if (n.findings.length) classes.push("findings");
  if (view.matches.has(n.id)) classes.push("match");
  if (view.selected === n.id) classes.push("selected");
  const g = el("g", { class: classes.join(" "), "data-id": n.id, "data-dag": dag.data.dag_id }, layer);
  if (n.kind === "task") {
    el("rect", { class: "box", x, y, width: w, height: h, rx: 4 }, g);
    el("text", { x: x + 12, y: y + h / 2 + 4 }, g).textContent = n.label;
  } else {
    const fill = colour(n.data.ui_color, "CornflowerBlue"), fg = colour(n.data.ui_fgcolor, "#000");
    if (open) {
      el("rect", { class: "body", x, y, width: w, height: h, rx: 6, fill, "fill-opacity": 0.18 }, g);
      el("rect", { class: "header", x, y, width: w, height: HEADER - 4, rx: 6, fill }, g);
    } else {
      el("rect", { class: "box", x, y, width: w, height: h, rx: 6, fill }, g);
    }
    el("text", { x: x + 10, y: y + 15, fill: fg, "font-weight": "bold" }, g).textContent = (open ? "\u25be " : "\u25b8 ") + n.label;
    if (!open) {
      const count = tasksUnder(n);
      el("text", { x: x + 10, y: y + 33, fill: fg }, g).textContent = count + (count === 1 ? " task" : " tasks");
    }
  }
  const marked = n.kind === "group" && !open ? findingsUnder(n) : n.findings.length;
  if (marked) badge(g, x + w - 2, y + 2, marked);
  g.addEventListener("mousemove", (e) => { if (e.target.closest(".node") === g) showTip(e, describe(n)); });
  g.addEventListener("mouseleave", hideTip);
  g.addEventListener("click", (e) => {
    if (e.target.closest(".node") !== g) return;
    e.stopPropagation();
    // a group opens or closes from its header (an open group's body selects it)
    if (n.kind === "group" && (!open || e.target.classList.contains("header"))) {
      if (open) dag.expanded.delete(n.id);
      else dag.expanded.add(n.id);
    }
    view.selected = n.id;
    showDetails(n);
    render();
  });
  return g;
}

function edgePath(a, b) {
  const x1 = a.at.x + a.size.w, y1 = a.at.y + a.size.h / 2;
  const x2 = b.at.x, y2 = b.at.y + b.size.h / 2;
  const bend = Math.max(24, Math.abs(x2 - x1) / 2);
  return `M${x1},${y1} C${x1 + bend},${y1} ${x2 - bend},${y2} ${x2},${y2}`;
}

function drawDag(view, dag) {
  const edges = visibleEdges(dag);
  const size = layoutGroup(dag, dag.root, liftedEdges(dag, edges));
  place(dag, dag.root, MARGIN, MARGIN);
  const svg = el("svg", { width: size.w + 2 * MARGIN + 10, height: size.h + 2 * MARGIN + 10, "data-dag": dag.data.dag_id });
  const defs = el("defs", {}, svg);
  const marker = el("marker", { id: "arrow-" + view.index, viewBox: "0 0 10 10", refX: 10, refY: 5, markerWidth: 7, markerHeight: 7, orient: "auto" }, defs);
  el("path", { d: "M0,0 L10,5 L0,10 z", fill: "#888" }, marker);
  const boxes = el("g", { class: "groups" }, svg), lines = el("g", { class: "edges" }, svg), leaves = el("g", { class: "leaves" }, svg);
  const drawAll = (group) => {
    for (const n of group.children) {
      const open = isOpen(dag, n);
      drawNode(view, dag, n, open ? boxes : leaves);
      if (open) drawAll(n);
    }
  };
  drawAll(dag.root);
  for (const { from, to } of edges)
    el("path", { class: "edge", d: edgePath(from, to), "marker-end": `url(#arrow-${view.index})`, "data-from": from.id, "data-to": to.id }, lines);
  return svg;
}

// ---- the page ----
const views = dags.map((dag, index) => ({ dag, index, matches: new Set(), selected: null }));
const main = document.getElementById("dags");
const sections = views.map((view) => {
  const { dag } = view;
  const section = html("section", undefined, main);
  section.className = "dag";
  section.setAttribute("data-dag", dag.data.dag_id);
  html("h2", "dag " + dag.data.dag_id, section);
  if (dag.data.description) html("p", dag.data.description, section).className = "description";
  const canvas = html("div", undefined, section);
  canvas.className = "canvas";
  const all = [...dag.nodes.values()].flatMap((n) => n.findings.map((f) => [f, n])).concat(dag.unplaced.map((f) => [f, null]));
  if (all.length) {
    html("h3", all.length + (all.length === 1 ? " finding" : " findings"), section);
    const list = html("ul", undefined, section);
    list.className = "findings-list";
    for (const [f, n] of all) {
      const li = html("li", undefined, list);
      html("span", f.check || "finding", li).className = "check";
      li.append(" ");
      if (f.loc) html("span", f.loc, li).className = "loc";
      li.append(" " + (f.message || "") + (n ? " (" + n.id + ")" : ""));
      if (n) li.addEventListener("click", () => reveal(view, [n]));
    }
  }
  return { view, canvas };
});
document.title = "taskgroup: " + dags.map((d) => d.data.dag_id).join(", ");
document.getElementById("title").textContent = document.title;

function render() {
  hideTip();
  for (const { view, canvas } of sections) canvas.replaceChildren(drawDag(view, view.dag));
}

const details = document.getElementById("details");
function showDetails(n) {
  details.textContent = describe(n);
  details.style.display = "block";
}

// Opens every group above the nodes, marks them and scrolls the first into view.
function reveal(view, nodes) {
  for (const v of views) { v.matches.clear(); v.selected = null; }
  for (const n of nodes) {
    for (const a of n.ancestors) view.dag.expanded.add(a);
    view.matches.add(n.id);
  }
  render();
  if (nodes.length) {
    const first = document.querySelector(`section[data-dag="${CSS.escape(view.dag.data.dag_id)}"] .node[data-id="${CSS.escape(nodes[0].id)}"]`);
    if (first) first.scrollIntoView({ block: "center", inline: "center" });
  }
}

function search(query) {
  const q = query.trim().toLowerCase();
  const status = document.getElementById("search-status");
  let total = 0, first = null;
  for (const view of views) view.matches.clear();
  if (!q) { status.textContent = ""; render(); return; }
  for (const view of views) {
    const tasks = [...view.dag.nodes.values()].filter((n) => n.kind === "task");
    const exact = tasks.filter((n) => n.id.toLowerCase() === q);
    const found = exact.length ? exact : tasks.filter((n) => n.id.toLowerCase().includes(q));
    for (const n of found) { for (const a of n.ancestors) view.dag.expanded.add(a); view.matches.add(n.id); }
    total += found.length;
    if (found.length && !first) first = [view, found[0]];
  }
  render();
  status.textContent = total ? total + (total === 1 ? " match" : " matches") : "no task matches";
  if (first) {
    const [view, n] = first;
    const e = document.querySelector(`section[data-dag="${CSS.escape(view.dag.data.dag_id)}"] .node[data-id="${CSS.escape(n.id)}"]`);
    if (e) e.scrollIntoView({ block: "center", inline: "center" });
  }
}

document.getElementById("expand-all").addEventListener("click", () => {
  for (const { dag } of views) for (const n of dag.nodes.values()) if (n.kind === "group" && n !== dag.root) dag.expanded.add(n.id);
  render();
});
// Depth N shows N levels: the groups at depth N are drawn collapsed, those above open.
document.getElementById("collapse-depth").addEventListener("click", () => {
  const depth = Math.max(1, parseInt(document.getElementById("depth").value, 10) || 1);
  for (const { dag } of views) {
    dag.expanded.clear();
    for (const n of dag.nodes.values()) if (n.kind === "group" && n !== dag.root && n.depth + 1 < depth) dag.expanded.add(n.id);
  }
  render();
});
document.getElementById("search").addEventListener("keydown", (e) => { if (e.key === "Enter") search(e.target.value); });
render();
})();
</script>
</body>
</html>
)TGHTML";

} // namespace detail

/// The interactive page for `model_json` (schema taskgroup-hierarchy/1, as `to_json` or
/// `taskgroup inspect --format=json` print it) and `findings_json`, a JSON array of
/// `{"dag", "node", "check", "loc", "message"}` objects (`node`: the id of the group or task a
/// finding concerns, null for the DAG as a whole).
inline std::string render_html(std::string_view model_json, std::string_view findings_json = "[]") {
  std::string out;
  out.reserve(detail::html_head.size() + detail::html_tail.size() + model_json.size() +
              findings_json.size() + 256);
  out += detail::html_head;
  out += detail::json_for_script(model_json);
  out += detail::html_between_data;
  out += detail::json_for_script(findings_json);
  out += detail::html_tail;
  return out;
}

} // namespace tg
