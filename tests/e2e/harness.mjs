// Shared e2e plumbing: nginx with the shipped config, and Debian's Chromium via playwright-core.
import { createRequire } from "node:module";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { inspect } from "node:util";
import { chromium } from "playwright-core";
import { mount, prepare } from "../../deploy/local-nginx.mjs";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../../tools/common.mjs";
import { L } from "./fixtures.mjs";

const ROOT = resolve(import.meta.dirname, "../..");
export const DIST = process.env.E2E_DIST || join(ROOT, "dist");
export const DIST_UPDATE = process.env.E2E_DIST_UPDATE || join(ROOT, "target/dist-update");


/** A free TCP port on the loopback interface. */
export function freePort() {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.on("error", fail);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
  });
}

/**
 * nginx running the local variant of deploy/nginx.conf (deploy/local-nginx.mjs: plain http on
 * 127.0.0.1, an access log) with the build mounted at `base` through a swappable symlink.
 */
export class Server {
  static async start(dist = DIST, { base = "/" } = {}) {
    const server = new Server();
    server.port = await freePort();
    server.base = base;
    server.prefix = mkdtempSync(join(tmpdir(), "veiviser-e2e-"));
    prepare(server.prefix, { dist, port: server.port, base, accessLog: true });
    await server.run();
    return server;
  }

  /** The origin; the app itself is at `appUrl` (the same unless a base was given). */
  get url() {
    return `http://127.0.0.1:${this.port}`;
  }

  get appUrl() {
    return this.url + this.base;
  }

  /** What nginx answered so far: { status, method, uri, bytes } per request. */
  requests() {
    let text = "";
    try {
      text = readFileSync(join(this.prefix, "access.log"), "utf8");
    } catch {
      return [];
    }
    return text.trim().split("\n").filter(Boolean).map((line) => {
      const [status, method, uri, bytes] = line.split(" ");
      return { status: +status, method, uri, bytes: +bytes };
    });
  }

  /** Points the server at another build; nginx follows the symlink on the next request. */
  serve(dist) {
    mount(this.prefix, this.base, dist);
  }

  async run() {
    const globals = "daemon off;" + (process.getuid?.() === 0 ? " user root;" : "");
    const proc = spawn("nginx", ["-p", this.prefix, "-c", join(this.prefix, "nginx.conf"), "-g", globals], {
      stdio: ["ignore", "inherit", "inherit"],
    });
    this.proc = proc;
    RUNNING.add(proc);
    proc.once("exit", () => RUNNING.delete(proc));
    // A server a failed test left running must not keep the test file's process alive.
    proc.unref();
    for (let i = 0; i < 100 && proc.exitCode === null && proc.signalCode === null; i++) {
      try {
        await fetch(this.appUrl + "manifest.webmanifest", { method: "HEAD", signal: AbortSignal.timeout(1000) });
        return;
      } catch {
        await new Promise((r) => setTimeout(r, 50));
      }
    }
    await this.stop();
    throw new Error("nginx did not start; see " + join(this.prefix, "nginx-error.log"));
  }

  /** Serves every response at `rate` bytes a second (nginx's limit_rate, e.g. "64k"): a slow line. */
  async throttle(rate) {
    await this.stop();
    const conf = join(this.prefix, "nginx.conf");
    writeFileSync(conf, readFileSync(conf, "utf8").replace(/^http \{$/m, `http {\n    limit_rate ${rate};`));
    await this.run();
  }

  /** Starts nginx again on the same port (same origin), after stop(). */
  async restart() {
    await this.run();
  }

  /** Really stops nginx: the offline tests must not be able to reach it. */
  async stop() {
    const proc = this.proc;
    if (!proc || proc.exitCode !== null || proc.signalCode !== null) return;
    proc.ref();
    const exited = new Promise((r) => proc.once("exit", r));
    proc.kill("SIGTERM");
    // nginx exits at once on SIGTERM; if it ever does not, it is killed rather than waited for.
    const timer = setTimeout(() => proc.kill("SIGKILL"), 5_000);
    await exited;
    clearTimeout(timer);
  }
}

/** Every nginx still running; killed when the test file's process exits, whatever happened. */
const RUNNING = new Set();
process.once("exit", () => {
  for (const proc of RUNNING) proc.kill("SIGKILL");
});

/** nginx and Chromium for a whole test file: `({ server, browser } = await startBoth())`. */
export async function startBoth() {
  return { server: await Server.start(), browser: await launch() };
}

export async function stopBoth({ server, browser }) {
  await browser?.close();
  await server?.stop();
}

/** Playwright gives every launch a new, empty profile directory. */
export async function launch() {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

/** A real (non-incognito) profile in a new, empty --user-data-dir: installability needs one. */
export async function launchPersistent(server) {
  const userDataDir = mkdtempSync(join(tmpdir(), "veiviser-profile-"));
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    baseURL: server.url,
    locale: "uk-UA",
  });
}

/** A fresh browser profile with a given browser language, and what went wrong on its pages. */
export async function newContext(browser, server, { locale = "uk-UA", storageThrows = false, ...options } = {}) {
  const context = await browser.newContext({ locale, baseURL: server.url, ...options });
  const problems = { csp: [], foreign: [], errors: [] };
  await context.addInitScript(() => {
    window.__csp = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  if (storageThrows) {
    await context.addInitScript(() => {
      Object.defineProperty(window, "localStorage", {
        configurable: true,
        get() {
          throw new DOMException("The operation is insecure.", "SecurityError");
        },
      });
    });
  }
  context.on("request", (req) => {
    const url = new URL(req.url());
    if (!["http:", "https:"].includes(url.protocol)) return;
    if (url.origin !== server.url) problems.foreign.push(req.url());
  });
  context.on("console", (msg) => {
    if (/Content.Security.Policy/i.test(msg.text())) problems.csp.push(msg.text());
  });
  context.on("weberror", (err) => problems.errors.push(String(err.error())));
  return { context, problems };
}

/** Waits until the service worker is active and controls the page; fails after `ms` rather than hang. */
export async function waitForController(page, ms = 15_000) {
  let timer;
  const timeout = new Promise((_, fail) => {
    timer = setTimeout(
      () => fail(new Error(`navigator.serviceWorker.ready did not resolve within ${ms / 1000} s on ${page.url()}: no service worker became active`)),
      ms,
    );
  });
  try {
    await Promise.race([page.evaluate(() => navigator.serviceWorker.ready.then(() => true)), timeout]);
  } finally {
    clearTimeout(timer);
  }
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: ms });
}

/**
 * Waits until the locator's textContent equals `expected` (a string) or matches it (a RegExp):
 * polls every 50 ms for up to 10 s, then fails showing what was expected and the last text read.
 */
export async function expectText(locator, expected, message) {
  const matches = (text) =>
    typeof expected === "string" ? text === expected : typeof text === "string" && ((expected.lastIndex = 0), expected.test(text));
  const deadline = Date.now() + 10_000;
  let last;
  let read = false;
  let error;
  for (;;) {
    try {
      last = await locator.textContent({ timeout: Math.max(100, deadline - Date.now()) });
      read = true;
      if (matches(last)) return;
    } catch (e) {
      error = e;
    }
    if (Date.now() >= deadline) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  const why =
    `${message ? message + ": " : ""}the text of ${locator} ${typeof expected === "string" ? "equals" : "matches"} ` +
    `${inspect(expected)}; last read: ${read ? inspect(last) : error.message.split("\n")[0]}`;
  if (typeof expected === "string") assert.equal(last, expected, why);
  else assert.match(String(last), expected, why);
}

/** A RegExp for text that contains `text` as it is (for expectText). */
export const containing = (text) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));

/** The start of a notice, before its first interpolated value. */
export const lead = (s) => s.split("{{")[0].split("(")[0].trim();

/** A new server and a fresh profile that has opened `path` and is controlled by the SW. */
export async function firstVisit(browser, path, options) {
  const server = await Server.start();
  let context;
  try {
    let problems;
    ({ context, problems } = await newContext(browser, server, options));
    const page = await context.newPage();
    await page.goto(server.url + path);
    await rendered(page);
    await waitForController(page);
    return { server, context, page, problems };
  } catch (e) {
    await context?.close();
    await server.stop();
    throw e;
  }
}

/**
 * firstVisit, then the network is gone: its nginx really stopped and the context offline.
 * The caller closes the context (and may stop the server again: stop() is idempotent).
 */
export async function offlineVisit(browser, path = "/uk/", options) {
  const visit = await firstVisit(browser, path, options);
  try {
    await visit.server.stop();
    await visit.context.setOffline(true);
    return visit;
  } catch (e) {
    await visit.context.close();
    throw e;
  }
}

/** Holds the page's wasm back until the returned function is called: the page before the app runs. */
export async function holdWasm(page) {
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route(/_bg\.wasm$/, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** axe-core's WCAG 2.1 A and AA violations on the page, plus WCAG 2.2 AA (target size), as
 * "rule: targets" lines. */
export async function axe(page) {
  if (!(await page.evaluate(() => "axe" in window))) {
    await page.addScriptTag({ path: createRequire(import.meta.url).resolve("axe-core/axe.min.js") });
  }
  const result = await page.evaluate(() =>
    window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] } }),
  );
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
}

/** Switches language as a person does: opens the language menu in the top bar and picks `name`. */
export async function pickLanguage(page, name) {
  await page.locator(".lang-menu button").click();
  await page.getByRole("menuitemradio", { name }).click();
}

/** The app has rendered its page (the wasm ran: not the empty shell, not the pre-rendered page). */
export async function rendered(page) {
  await page.locator("main h1").first().waitFor({ state: "visible" });
  await page.waitForFunction(() => !document.querySelector("[data-prerendered]"));
}

// The flows more than one test file runs, one copy each.

/** The language switcher's links, by the language they lead to. */
const AUTONYM = { uk: "Українська", ru: "Русский" };

/**
 * localStorage throws on every access: the app says so (home, a step), runs in memory (a tick
 * survives in-app navigation), switches language and goes home, with no page error.
 * Runs for foundation.test.mjs (uk → ru) and checklist.test.mjs (each language).
 */
export async function storageThrowsFlow(browser, server, lang) {
  const T = L[lang];
  const other = lang === "ru" ? "uk" : "ru";
  const { context, problems } = await newContext(browser, server, { storageThrows: true });
  try {
    const page = await context.newPage();
    const notice = page.getByRole("alert").filter({ hasText: lead(T.storage.unavailable) });
    // It says so on the first page opened, home or a step.
    for (const path of [`/${lang}/`, `/${lang}/step/tb-test`]) {
      await page.goto(path);
      await rendered(page);
      await notice.waitFor();
    }
    await page.locator("#task-tb-test").check();
    await page.getByRole("link", { name: T.tabs.checklist }).click();
    await page.getByRole("heading", { level: 1, name: T.checklist.my_progress }).waitFor();
    // The TB test is a later step there: its tasks in one line, the ticked one marked done.
    await page.locator(".compact-tasks li.done", { hasText: T.task.tb_test }).waitFor();
    // Choosing a language (which the app would remember) still works, and so does the way home.
    await pickLanguage(page, AUTONYM[other]);
    await page.getByRole("heading", { level: 1, name: L[other].checklist.my_progress }).waitFor();
    await page.locator("a.brand").click();
    await page.getByRole("heading", { level: 1, name: L[other].home.title }).waitFor();
    assert.deepEqual(problems.errors, []);
  } finally {
    await context.close();
  }
}

/**
 * With nginx stopped and the context offline: the page reloads, its About link works, and typed
 * deep links in other languages render. The current page is in `lang`.
 */
export async function offlineTour(page, context, server, lang = "uk") {
  await server.stop();
  await context.setOffline(true);
  await page.reload();
  await rendered(page);
  await page.getByRole("link", { name: L[lang].nav.about }).click();
  await page.getByRole("heading", { level: 1, name: L[lang].about.title }).waitFor();
  // A deep link typed as a URL, in another language.
  await page.goto(server.url + "/ru/about");
  await page.getByRole("heading", { level: 1, name: L.ru.about.title }).waitFor();
  await page.goto(server.url + "/nb/");
  await page.getByRole("heading", { level: 1, name: L.nb.home.title }).waitFor();
}

/** The wasm file the page loaded: which build it runs. */
export const wasmOf = (page) =>
  page.evaluate(() => {
    const url = performance.getEntriesByType("resource").find((e) => e.name.endsWith(".wasm"))?.name;
    return url && new URL(url).pathname;
  });

/** The build a page that shows the version (About) runs: its wasm file, and the version it reports. */
export async function runningBuild(page) {
  await rendered(page);
  return { wasm: await wasmOf(page), version: await page.getByTestId("version").textContent() };
}

/** The banner that offers a new build, in `lang`. */
export const updateBanner = (page, lang) => page.getByRole("status").filter({ hasText: L[lang].update.available });

const BROWSER_LOCALE = { uk: "uk-UA", ru: "ru-RU", en: "en-GB", nb: "nb-NO" };

/**
 * v1, an offline period on v1, then v2 on the server: the banner waits for the person, its button
 * brings v2, and offline afterwards every page is v2 (the tour of offlineTour too) with one cache.
 * Runs for offline.test.mjs (uk) and updates.test.mjs (en), each on its own nginx.
 */
export async function updateThenOffline(browser, lang) {
  const server = await Server.start(DIST);
  const { context } = await newContext(browser, server, { locale: BROWSER_LOCALE[lang] });
  try {
    const page = await context.newPage();
    await page.goto(server.url + `/${lang}/about`);
    await rendered(page);
    await waitForController(page);
    const v1 = await runningBuild(page);
    assert.ok(!v1.version.includes("update-test"), "the first build is the plain one");
    assert.equal(await page.getByRole("status").count(), 0, "no banner without an update");

    await server.stop();
    await context.setOffline(true);
    await page.reload();
    assert.deepEqual(await runningBuild(page), v1, "offline: still v1");

    server.serve(DIST_UPDATE);
    await server.restart();
    await context.setOffline(false);
    await page.reload();
    const banner = updateBanner(page, lang);
    await banner.waitFor();
    // The old build keeps running until the person chooses.
    assert.deepEqual(await runningBuild(page), v1, "the new build waits");
    await Promise.all([page.waitForEvent("load"), banner.getByRole("button", { name: L[lang].update.reload }).click()]);
    await page.getByTestId("version").filter({ hasText: "update-test" }).waitFor();
    const v2 = await runningBuild(page);
    assert.notEqual(v2.wasm, v1.wasm);

    await offlineTour(page, context, server, lang);
    for (const path of new Set([`/${lang}/about`, `/${lang}/step/eid`, "/uk/about"])) {
      await page.goto(server.url + path);
      await rendered(page);
      assert.equal(await wasmOf(page), v2.wasm, `${path} is v2`);
      if (path.endsWith("/about")) await expectText(page.getByTestId("version"), /update-test/, path);
    }
    const caches = await page.evaluate(() => caches.keys());
    assert.equal(caches.length, 1, `old caches are deleted: ${caches}`);
  } finally {
    await context.close();
    await server.stop();
  }
}

/** Runs `fn({ context, page, problems })` in a fresh profile on `server`, closed afterwards whatever happens. */
export async function withPage(browser, server, options, fn) {
  const { context, problems } = await newContext(browser, server, options);
  try {
    return await fn({ context, page: await context.newPage(), problems });
  } finally {
    await context.close();
  }
}

/** Runs `fn({ server, context, page, problems })` after offlineVisit: its own nginx, stopped; afterwards all is closed. */
export async function withOfflineVisit(browser, fn, path = "/uk/", options) {
  const visit = await offlineVisit(browser, path, options);
  try {
    return await fn(visit);
  } finally {
    await visit.context.close();
    await visit.server.stop();
  }
}

/** "+ Add a person", then who: an adult (the default) or a child's age band (`questions.child_*`). */
export async function addPerson(page, lang = "en", who = "person_adult") {
  await page.locator(".profile-switcher .add-person").click();
  const panel = page.getByTestId("add-who");
  const name = who.startsWith("child_") ? L[lang].questions[who] : L[lang].checklist[who];
  await panel.getByRole("button", { name, exact: true }).click();
  await panel.waitFor({ state: "hidden" });
}
