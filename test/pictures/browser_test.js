// pictures.browser: the HTML page driven in Debian's chromium, headless, through playwright-core.
//
//   node browser_test.js --playwright DIR --taskgroup BIN --program BIN --source-dir DIR --out DIR
//
// (--program: the built fixture; playwright-core gives each launch a fresh profile)
//
// On fixtures/63_06_01_excessive_nesting.cpp (nested groups, tooltips, excessive-nesting
// findings): the visible nodes, exactly, before and after collapsing and expanding a group, after
// "collapse to depth" and "expand all"; an edge rerouted to a collapsed group; the tooltip on
// hover; the findings' badges; search. The running program's page (`--html`) shows the same
// nodes. On test/pictures/hostile.cpp: no script runs. Screenshots go to --out.
"use strict";
const { execFileSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const args = {};
for (let i = 2; i + 1 < process.argv.length; i += 2) args[process.argv[i].replace(/^--/, "")] = process.argv[i + 1];
const { chromium } = require(path.join(args.playwright, "node_modules", "playwright-core"));

const FIXTURE = "fixtures/63_06_01_excessive_nesting.cpp";
const failures = [];
function expectEqual(actual, expected, what) {
  const a = JSON.stringify(actual), e = JSON.stringify(expected);
  if (a !== e) failures.push(`${what}\n  expected ${e}\n  actual   ${a}`);
}

function writePage(name, argv, options) {
  const file = path.join(args.out, name);
  fs.writeFileSync(file, execFileSync(argv[0], argv.slice(1), { maxBuffer: 1 << 26, ...options }));
  return file;
}

const SUBTREE_OF_CENTRAL = [
  "inventory.warehouses.central.inbound",
  "inventory.warehouses.central.inbound.receive_pallets",
  "inventory.warehouses.central.inbound.scan_labels",
  "inventory.warehouses.central.outbound",
  "inventory.warehouses.central.outbound.load_trucks",
  "inventory.warehouses.central.outbound.pick_orders",
];

async function visible(page) {
  return page.$$eval("section.dag .node", (nodes) => nodes.map((n) => n.getAttribute("data-id")).sort());
}
const node = (id) => `section.dag .node[data-id="${id}"]`;
async function textOf(page, selector) {
  const element = await page.$(selector);
  return element ? element.textContent() : null;
}
async function clickHeader(page, id) {
  await page.click(`${node(id)} rect.header, ${node(id)}.collapsed rect.box`);
}
async function collapseToDepth(page, depth) {
  await page.fill("#depth", String(depth));
  await page.click("#collapse-depth");
}

async function fixturePage(browser, inspectPage, programPage) {
  const page = await browser.newPage({ viewport: { width: 1500, height: 1000 } });
  page.setDefaultTimeout(10000);
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto("file://" + inspectPage);

  // Everything open at first: every group and task of the program's own --json.
  const expected = JSON.parse(execFileSync(args.program, ["--json"])).dags[0];
  const all = expected.groups.map((g) => g.group_id).concat(expected.tasks.map((t) => t.task_id)).sort();
  expectEqual(await visible(page), all, "initially every node is visible");
  await page.locator("section.dag").screenshot({ path: path.join(args.out, "63_06_01-expanded.png") });

  // Collapse one group: its subtree goes, it becomes one node, edges from inside go from it.
  await clickHeader(page, "inventory.warehouses.central");
  expectEqual(await visible(page), all.filter((id) => !SUBTREE_OF_CENTRAL.includes(id)), "after collapsing central");
  expectEqual((await page.getAttribute(node("inventory.warehouses.central"), "class")).split(" ").slice(0, 3),
              ["node", "group", "collapsed"], "central is drawn collapsed");
  expectEqual(await page.$$eval('path.edge[data-from="inventory.warehouses.central"]', (es) => es.map((e) => e.getAttribute("data-to"))),
              ["inventory.warehouses.warehouse_rollup"], "the edges out of central start at the collapsed group");
  expectEqual(await textOf(page, `${node("inventory.warehouses.central")} .badge`), "2",
              "the collapsed central counts the findings of inbound and outbound");

  // And expand it again.
  await clickHeader(page, "inventory.warehouses.central");
  expectEqual(await visible(page), all, "after expanding central again");

  // Collapse to depth 1: the top-level groups, each one node; edges between them.
  await collapseToDepth(page, 1);
  expectEqual(await visible(page), ["approvals", "inventory", "pricing", "reporting"], "collapse to depth 1");
  expectEqual(await page.$$eval("path.edge", (es) => es.map((e) => e.getAttribute("data-from") + ">" + e.getAttribute("data-to")).sort()),
              ["approvals>pricing", "inventory>pricing", "pricing>reporting"], "edges between the top-level groups");
  await page.locator("section.dag").screenshot({ path: path.join(args.out, "63_06_01-depth-1.png") });

  await collapseToDepth(page, 2);
  expectEqual(await visible(page), [
    "approvals", "approvals.request", "approvals.tier_1", "inventory", "inventory.consolidate", "inventory.stores",
    "inventory.warehouses", "pricing", "pricing.publish_prices", "pricing.rules", "reporting",
    "reporting.publish_reports", "reporting.regional"], "collapse to depth 2");
  await page.locator("section.dag").screenshot({ path: path.join(args.out, "63_06_01-depth-2.png") });

  await page.click("#expand-all");
  expectEqual(await visible(page), all, "expand all");

  // The tooltip on hover: kind and id, the group's tooltip, where it is made.
  await page.hover(`${node("inventory")} rect.header`);
  const tip = (await page.textContent("#tip")).split("\n");
  expectEqual(tip.slice(0, 2), ["group inventory", "All stock"], "the tooltip of inventory");
  expectEqual(/^at .*63_06_01_excessive_nesting\.cpp:\d+:\d+$/.test(tip[2] || ""), true, "the tooltip gives the location: " + tip[2]);
  // A finding: a badge on the node, its message in the tooltip.
  expectEqual(await textOf(page, `${node("inventory.warehouses.central.inbound")} .badge`), "1", "inbound's badge");
  // a group made by a factory: the finding on the call's line names it first
  expectEqual(await textOf(page, `${node("inventory.stores.germany.berlin")} .badge`), "1", "berlin's badge");
  expectEqual(await textOf(page, `${node("inventory.stores.germany.count_stock")} .badge`), null, "no badge on count_stock");
  await page.hover(`${node("inventory.warehouses.central.inbound")} rect.header`);
  const findingLines = (await page.textContent("#tip")).split("\n").filter((l) => l.startsWith("\u26a0 "));
  expectEqual(findingLines.length === 1 && findingLines[0].startsWith("\u26a0 taskgroup-excessive-nesting: "), true,
              "inbound's tooltip holds its finding: " + findingLines);

  // Search from a collapsed view: the task shows, marked, its groups open.
  await collapseToDepth(page, 1);
  await page.fill("#search", "holiday.black_friday");
  await page.press("#search", "Enter");
  expectEqual(await page.$$eval(".node.match", (ns) => ns.map((n) => n.getAttribute("data-id"))),
              ["pricing.rules.seasonal.holiday.black_friday"], "search marks the task");
  expectEqual(await page.textContent("#search-status"), "1 match", "search status");
  expectEqual(await visible(page), [
    "approvals", "inventory", "pricing", "pricing.publish_prices", "pricing.rules", "pricing.rules.base_prices",
    "pricing.rules.seasonal", "pricing.rules.seasonal.holiday", "pricing.rules.seasonal.holiday.black_friday",
    "pricing.rules.seasonal.holiday.boxing_day", "pricing.rules.seasonal.summer_sale", "reporting"],
    "search opens the groups above the task");
  expectEqual(await page.locator(node("pricing.rules.seasonal.holiday.black_friday")).isVisible(), true, "the match is on screen");
  await page.screenshot({ path: path.join(args.out, "63_06_01-search.png") });
  expectEqual(errors, [], "no script error on the fixture's page");

  // The running program's own page shows the same nodes.
  await page.goto("file://" + programPage);
  expectEqual(await visible(page), all, "program --html shows the same nodes");
  await page.close();
}

async function hostilePage(browser, file) {
  const page = await browser.newPage({ viewport: { width: 1000, height: 500 } });
  const dialogs = [], errors = [];
  page.on("dialog", (d) => { dialogs.push(d.message()); d.dismiss(); });
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto("file://" + file);
  await page.hover(`${node("alpha")} rect.header`);
  const tip = await page.textContent("#tip");
  await page.click(`${node("alpha")} rect.header`);
  await page.click(`${node("alpha")} rect.box`);
  await page.screenshot({ path: path.join(args.out, "hostile.png") });
  expectEqual(await page.evaluate(() => window.__xss), undefined, "no hostile script ran");
  expectEqual(dialogs, [], "no dialog opened");
  expectEqual(errors, [], "no script error on the hostile page");
  expectEqual(await page.$$eval("img, body script:not([type])", (es) => es.length), 1, "only the page's own script, no image");
  expectEqual(tip.split("\n").slice(0, 2),
              ["group alpha", "<script>window.__xss = 'tooltip'</script> & \"quoted\" 'single' \u2028 line separator"],
              "the hostile tooltip shows as text");
  expectEqual(await page.textContent(`${node("alpha")} text`), "\u25be \"><img src=x onerror=window.__xss='label'>",
              "the hostile label shows as text");
  await page.close();
}

(async () => {
  fs.mkdirSync(args.out, { recursive: true });
  const started = Date.now();
  const flags = ["--", "-std=c++20", "-I" + path.join(args["source-dir"], "fixtures")];
  const inspectPage = writePage("63_06_01.html", [args.taskgroup, "inspect", "--format=html", FIXTURE, ...flags],
                                { cwd: args["source-dir"] });
  const programPage = writePage("63_06_01-program.html", [args.program, "--html"]);
  const hostile = writePage("hostile.html", [args.taskgroup, "inspect", "--format=html",
                                             path.join(args["source-dir"], "test/pictures/hostile.cpp"), ...flags]);
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
           "--disable-component-update", "--disable-sync"],
  });
  try {
    await fixturePage(browser, inspectPage, programPage);
    await hostilePage(browser, hostile);
  } finally {
    await browser.close();
  }
  for (const f of failures) console.log("FAIL: " + f);
  console.log(`pictures.browser: ${failures.length ? failures.length + " failures" : "ok"} in ${((Date.now() - started) / 1000).toFixed(1)} s; screenshots in ${args.out}`);
  process.exit(failures.length ? 1 : 0);
})().catch((e) => { console.error(e); process.exit(1); });
