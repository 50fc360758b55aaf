// The benchmark: bytes, offline cold start against a static page, first visit on Slow 4G,
// interaction latency and Lighthouse, all in Debian's Chromium against nginx serving the
// release build. Prints a table, writes target/bench.json, exits 1 when a budget is missed.
// Run through scripts/bench.sh, which builds the release first.
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir, cpus, totalmem } from "node:os";
import { join, resolve } from "node:path";
import { DIST, Server, launch, newContext, rendered, waitForController } from "../tests/e2e/harness.mjs";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./common.mjs";
import { measureBytes, twiggyTop } from "./bench-bytes.mjs";

const ROOT = resolve(import.meta.dirname, "..");
const RUNS = Number(process.env.BENCH_RUNS || 5);
// The byte figures are holds, not wishes: a little above what the build measures today, so the
// bench fails on a regression (docs/performance.md says why they are where they are).
const BUDGET = { codeBrotli: 355_000, totalBrotli: 435_000, tickRatio: 1.5, lcpRatio: 1.5, toggleMs: 16, searchMs: 50, letterMs: 50, performance: 98, accessibility: 100, bestPractices: 100 };
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// 1. Bytes: what the service worker precaches, and how much of it is code.
const bytes = measureBytes(DIST, ROOT);
const { files, total } = bytes;

// A copy of the build with a static page of the same step's content, for the comparison.
const benchDist = mkdtempSync(join(tmpdir(), "veiviser-bench-"));
cpSync(DIST, benchDist, { recursive: true });
const server = await Server.start(benchDist);
const browser = await launch();

async function vitals(page, url) {
  await page.goto(url, { waitUntil: "commit" });
  // The app paints once its wasm has run; wait for the page's heading, then read the entries.
  await page.locator("main h1").first().waitFor({ timeout: 120_000 });
  await page.waitForTimeout(500);
  return page.evaluate(
    () =>
      new Promise((done) => {
        const fcp = performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN;
        let lcp = NaN;
        new PerformanceObserver((list) => (lcp = list.getEntries().at(-1).startTime)).observe({
          type: "largest-contentful-paint",
          buffered: true,
        });
        setTimeout(() => done({ fcp, lcp }), 100);
      }),
  );
}
async function throttle(page, cpu, net) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: cpu });
  if (net) await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 150, downloadThroughput: 200_000, uploadThroughput: 93_750 });
}

/** A fresh profile that has opened the registration step. */
async function openStep() {
  const { context } = await newContext(browser, server);
  const page = await context.newPage();
  await page.goto("/uk/step/registration");
  await rendered(page);
  return { context, page };
}

// The static page: the rendered step's main content and the app's stylesheet, nothing else.
{
  const { context, page } = await openStep();
  const css = await page.evaluate(() => document.querySelector("link[rel=stylesheet]").getAttribute("href"));
  const main = await page.evaluate(() => document.querySelector("main").outerHTML);
  writeFileSync(join(benchDist, "static-registration.html"), `<!doctype html><html lang="uk"><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>static</title><link rel="stylesheet" href="${css}">${main}</html>`);
  await context.close();
}

// 2. Offline cold start (SW) vs the static page, 4x CPU.
const app = [], stat = [];
{
  const { context, page: warm } = await openStep();
  await waitForController(warm);
  await warm.goto("/static-registration.html");
  await warm.close();
  for (let i = 0; i < RUNS; i++) {
    await context.setOffline(true);
    let page = await context.newPage();
    await throttle(page, 4);
    app.push(await vitals(page, server.url + "/uk/step/registration"));
    await page.close();
    await context.setOffline(false);
    page = await context.newPage();
    await throttle(page, 4);
    stat.push(await vitals(page, server.url + "/static-registration.html"));
    await page.close();
  }
  await context.close();
}

// 3. First visit on Slow 4G at 4x CPU, a fresh profile each time.
const first = [];
for (let i = 0; i < RUNS; i++) {
  const { context } = await newContext(browser, server);
  const page = await context.newPage();
  await throttle(page, 4, true);
  first.push(await vitals(page, server.url + "/uk/step/registration"));
  await context.close();
}

// 3a. A QR deep link on Slow 4G at 4x CPU, a fresh profile each time: when the step's text is
// painted (LCP), when its first checkbox can be ticked (enabled and on screen), and when the app
// has taken over the whole page. The box is then ticked at once, and the tick must be kept.
const deep = [];
for (let i = 0; i < RUNS; i++) {
  const { context } = await newContext(browser, server);
  const page = await context.newPage();
  await page.addInitScript(() => {
    const t = (window.__bench = {});
    const box = "main input[type=checkbox]:not(:disabled)";
    const check = () => {
      t.enabled ??= document.querySelector(box) ? performance.now() : undefined;
      const app = document.querySelector(".app main") && !document.querySelector("[data-prerendered]");
      t.app ??= app ? performance.now() : undefined;
    };
    new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ["disabled"] });
    new PerformanceObserver((l) => l.getEntries().forEach((e) => (t.lcp = e.startTime))).observe({ type: "largest-contentful-paint", buffered: true });
    new PerformanceObserver((l) => l.getEntries().forEach((e) => e.name === "first-contentful-paint" && (t.fcp = e.startTime))).observe({ type: "paint", buffered: true });
  });
  await throttle(page, 4, true);
  await page.goto(server.url + "/uk/step/registration", { waitUntil: "commit" });
  await page.waitForFunction(() => window.__bench.enabled !== undefined && window.__bench.fcp !== undefined, null, { timeout: 120_000 });
  const box = page.locator("main input[type=checkbox]:not(:disabled)").first();
  const id = await box.getAttribute("id");
  const early = await page.evaluate(() => document.querySelector("[data-prerendered]") !== null);
  await box.check();
  await page.waitForFunction(() => window.__bench.app !== undefined, null, { timeout: 120_000 });
  await page.waitForTimeout(300);
  const t = await page.evaluate(() => window.__bench);
  const kept = await page.evaluate((id) => document.getElementById(id).checked && /"done"/.test(localStorage.getItem("veiviser.data") ?? ""), id);
  if (!kept) throw new Error(`run ${i}: the tick on #${id} (${early ? "before" : "after"} the app took over) was lost`);
  const tickable = Math.max(t.enabled, t.fcp);
  deep.push({ text: t.lcp, tickable, app: t.app, ratio: tickable / t.lcp, early });
  await context.close();
}

// 3b. What a first visit costs on the network, the service worker's install included
// (bytes nginx sent, brotli where the browser accepts it).
let firstVisitBytes;
{
  const before = server.requests().length;
  const { context, page } = await openStep();
  await waitForController(page);
  firstVisitBytes = server.requests().slice(before).reduce((n, r) => n + r.bytes, 0);
  await context.close();
}

// 4. Interaction at 4x CPU: a checklist toggle, a search keystroke and a pasted letter read,
// each from the input to the updated DOM.
const toggle = [], keystroke = [], letter = [];
{
  const { context, page } = await openStep();
  await throttle(page, 4);
  for (let i = 0; i < RUNS * 2; i++) {
    toggle.push(await page.evaluate(() => new Promise((done) => {
      const box = document.querySelector("#task-rade-trip");
      const progress = document.querySelector(".checklist .progress span");
      const before = progress.textContent;
      const t0 = performance.now();
      new MutationObserver((_, o) => { if (progress.textContent !== before) { o.disconnect(); done(performance.now() - t0); } })
        .observe(progress, { childList: true, characterData: true, subtree: true });
      box.click();
    })));
  }
  await page.goto("/uk/search");
  await page.locator("#search-input").fill("по");
  await page.locator(".hits li, main p").first().waitFor();
  // Each query gives other results than the one before, so every keystroke changes the page.
  for (const [i, q] of ["пол", "buyp", "поліц", "реєс", "поліція", "buypass", "житл", "туберк", "D-ном", "bankid", "посел"].entries()) {
    keystroke.push(await page.evaluate((q) => new Promise((done) => {
      const input = document.querySelector("#search-input");
      const t0 = performance.now();
      const target = document.querySelector("[aria-live]");
      const o = new MutationObserver(() => { o.disconnect(); requestAnimationFrame(() => done(performance.now() - t0)); });
      o.observe(target, { childList: true, subtree: true, characterData: true });
      setTimeout(() => { o.disconnect(); done(NaN); }, 3000);
      input.value = q;
      input.dispatchEvent(new Event("input", { bubbles: true }));
    }), q));
    if (i === 0) keystroke.pop(); // the first search also builds the index
  }
  if (keystroke.some(Number.isNaN)) throw new Error(`a keystroke updated nothing: ${keystroke}`);
  // "Which letter is this?" on a 5,000-character letter: the test letters, two of them
  // alternating so every press changes the answer.
  const samples = JSON.parse(readFileSync(join(ROOT, "tests/data/letters.json"), "utf8"));
  const long = (type) => {
    const texts = samples.filter((s) => s.type === type).map((s) => s.text).join("\n\n");
    return texts.repeat(Math.ceil(5000 / texts.length)).slice(0, 5000);
  };
  const letters = [long("decision-granted"), long("advance-notice")];
  await page.goto("/uk/letters");
  await page.locator("#letter-text").waitFor();
  for (let i = 0; i <= RUNS * 2; i++) {
    await page.locator("#letter-text").fill(letters[i % 2]);
    letter.push(await page.evaluate(() => new Promise((done) => {
      const target = document.querySelector(".letter-reader [aria-live]");
      const t0 = performance.now();
      const o = new MutationObserver(() => { o.disconnect(); requestAnimationFrame(() => done(performance.now() - t0)); });
      o.observe(target, { childList: true, subtree: true, characterData: true });
      setTimeout(() => { o.disconnect(); done(NaN); }, 3000);
      document.querySelector(".letter-reader .actions button").click();
    })));
  }
  if (letter.some(Number.isNaN)) throw new Error(`reading a letter updated nothing: ${letter}`);
  await context.close();
}
await browser.close();

// 5. Lighthouse, mobile preset.
const flags = ["--headless", ...CHROMIUM_ARGS].join(" ");
const lhRuns = [];
for (let i = 0; i < RUNS; i++) {
  const out = execFileSync(join(ROOT, "node_modules/.bin/lighthouse"), [
    server.url + "/uk/step/registration", "--quiet", "--output=json", "--only-categories=performance,accessibility,best-practices", `--chrome-flags=${flags}`,
  ], { env: { ...process.env, CHROME_PATH: CHROMIUM_PATH }, maxBuffer: 64 << 20 }).toString();
  const c = JSON.parse(out).categories;
  lhRuns.push({ performance: Math.round(c.performance.score * 100), accessibility: Math.round(c.accessibility.score * 100), bestPractices: Math.round(c["best-practices"].score * 100) });
}
await server.stop();

const m = (xs, k) => median(xs.map((x) => x[k]));
const result = {
  date: new Date().toISOString().slice(0, 10),
  machine: `${cpus().length} × ${cpus()[0].model}, ${Math.round(totalmem() / 2 ** 30)} GiB, Debian Chromium`,
  runs: RUNS,
  bytes,
  twiggy: twiggyTop(ROOT),
  offline: { appFcp: m(app, "fcp"), appLcp: m(app, "lcp"), staticFcp: m(stat, "fcp"), staticLcp: m(stat, "lcp") },
  slow4g: { fcp: m(first, "fcp"), lcp: m(first, "lcp") },
  deepLink: { textMs: m(deep, "text"), tickableMs: m(deep, "tickable"), appMs: m(deep, "app"), ratio: +m(deep, "ratio").toFixed(2), earlyTicks: deep.filter((d) => d.early).length },
  firstVisitBytes,
  interaction: { toggleMs: median(toggle), searchMs: median(keystroke), letterMs: median(letter) },
  // Each run's performance score too: on a shared machine they spread widely.
  lighthouse: { performance: m(lhRuns, "performance"), accessibility: m(lhRuns, "accessibility"), bestPractices: m(lhRuns, "bestPractices"), performanceRuns: lhRuns.map((r) => r.performance) },
};
result.offline.lcpRatio = +(result.offline.appLcp / result.offline.staticLcp).toFixed(2);
const checks = [
  ["code: precache without the article texts, brotli", bytes.code, BUDGET.codeBrotli, bytes.code <= BUDGET.codeBrotli, "B"],
  ["everything precached, brotli", total.brotli, BUDGET.totalBrotli, total.brotli <= BUDGET.totalBrotli, "B"],
  ["QR deep link: first tickable checkbox / text painted", result.deepLink.ratio, BUDGET.tickRatio, result.deepLink.ratio <= BUDGET.tickRatio, "×"],
  ["offline LCP / static LCP", result.offline.lcpRatio, BUDGET.lcpRatio, result.offline.lcpRatio <= BUDGET.lcpRatio, "×"],
  ["checklist toggle", +result.interaction.toggleMs.toFixed(1), BUDGET.toggleMs, result.interaction.toggleMs <= BUDGET.toggleMs, "ms"],
  ["search keystroke", +result.interaction.searchMs.toFixed(1), BUDGET.searchMs, result.interaction.searchMs <= BUDGET.searchMs, "ms"],
  ["letter of 5,000 characters read", +result.interaction.letterMs.toFixed(1), BUDGET.letterMs, result.interaction.letterMs <= BUDGET.letterMs, "ms"],
  ["Lighthouse performance", result.lighthouse.performance, BUDGET.performance, result.lighthouse.performance >= BUDGET.performance, ""],
  ["Lighthouse accessibility", result.lighthouse.accessibility, BUDGET.accessibility, result.lighthouse.accessibility >= BUDGET.accessibility, ""],
  ["Lighthouse best practices", result.lighthouse.bestPractices, BUDGET.bestPractices, result.lighthouse.bestPractices >= BUDGET.bestPractices, ""],
];
result.budgets = checks.map(([name, value, budget, ok]) => ({ name, value, budget, ok }));
mkdirSync(join(ROOT, "target"), { recursive: true });
writeFileSync(join(ROOT, "target/bench.json"), JSON.stringify(result, null, 2));

const kb = (n) => (n / 1000).toFixed(1);
console.log(`\nVeiviser benchmark, ${result.date}, ${result.machine}, median of ${RUNS}\n`);
console.log("| file | raw KB | gzip KB | brotli KB |\n|---|---:|---:|---:|");
for (const f of files) console.log(`| ${f.url} | ${kb(f.raw)} | ${kb(f.gzip)} | ${kb(f.brotli)} |`);
console.log(`| **total precached** | ${kb(total.raw)} | ${kb(total.gzip)} | ${kb(total.brotli)} |`);
console.log(`| of which article texts in the wasm (floor ${kb(bytes.text.floor)}, ${(bytes.text.foundShare * 100).toFixed(1)}% found) | | | ${kb(bytes.text.inWasm)} |`);
console.log(`| **code** (precache without the article texts) | | | ${kb(bytes.code)} |`);
console.log(`| all text of locales/, 4 languages | | | ${kb(bytes.allTextBrotli)} |\n`);
console.log("| measure (4× CPU) | value |\n|---|---:|");
console.log(`| offline cold start, app FCP / LCP | ${result.offline.appFcp.toFixed(0)} / ${result.offline.appLcp.toFixed(0)} ms |`);
console.log(`| same step as static HTML, FCP / LCP | ${result.offline.staticFcp.toFixed(0)} / ${result.offline.staticLcp.toFixed(0)} ms |`);
console.log(`| LCP ratio app / static | ${result.offline.lcpRatio} |`);
console.log(`| first visit, Slow 4G, FCP / LCP | ${result.slow4g.fcp.toFixed(0)} / ${result.slow4g.lcp.toFixed(0)} ms |`);
console.log(`| QR deep link, Slow 4G: text painted / first checkbox tickable / app took over | ${result.deepLink.textMs.toFixed(0)} / ${result.deepLink.tickableMs.toFixed(0)} / ${result.deepLink.appMs.toFixed(0)} ms |`);
console.log(`| QR deep link: tickable / text painted (median of runs; ticked before the app took over in ${result.deepLink.earlyTicks} of ${RUNS}) | ${result.deepLink.ratio} |`);
console.log(`| first visit, bytes over the network (SW install included) | ${kb(firstVisitBytes)} KB |`);
console.log(`| checklist toggle | ${result.interaction.toggleMs.toFixed(1)} ms |`);
console.log(`| search keystroke | ${result.interaction.searchMs.toFixed(1)} ms |`);
console.log(`| letter of 5,000 characters, press to answer | ${result.interaction.letterMs.toFixed(1)} ms |`);
console.log(`| Lighthouse performance / accessibility / best practices | ${result.lighthouse.performance} / ${result.lighthouse.accessibility} / ${result.lighthouse.bestPractices} |`);
console.log(`| Lighthouse performance, each run | ${result.lighthouse.performanceRuns.join(", ")} |\n`);
if (result.twiggy) {
  console.log("| # | raw bytes | twiggy top: item (the release wasm, names kept) |\n|---:|---:|---|");
  result.twiggy.forEach((t, i) => console.log(`| ${i + 1} | ${t.bytes} | \`${t.name.replaceAll("|", "\\|")}\` |`));
  console.log();
}
console.log("| budget | value | limit | |\n|---|---:|---:|---|");
for (const [name, value, budget, ok, unit] of checks) console.log(`| ${name} | ${value} ${unit} | ${budget} ${unit} | ${ok ? "ok" : "MISSED"} |`);
process.exit(checks.every((c) => c[3]) ? 0 : 1);
