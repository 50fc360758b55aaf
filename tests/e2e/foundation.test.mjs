// The foundation in a real browser: SW control, languages, routes, CSP, installability, storage.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { HASHED_NAME } from "../../tools/common.mjs";
import {
  DIST, Server, launchPersistent, newContext, rendered, startBoth, stopBoth, storageThrowsFlow,
  waitForController,
} from "./harness.mjs";

let server, browser;
before(async () => ({ server, browser } = await startBoth()));
after(() => stopBoth({ server, browser }));

test("first visit: the service worker becomes active and controls the page", async () => {
  const { context, problems } = await newContext(browser, server);
  const page = await context.newPage();
  await page.goto("/");
  await page.waitForURL("**/uk/");
  await rendered(page);
  await waitForController(page);
  const state = await page.evaluate(async () => (await navigator.serviceWorker.ready).active.state);
  assert.equal(state, "activated");
  assert.deepEqual(problems.errors, []);
  await context.close();
});

test("the browser's language picks the first page; unknown prefixes keep the path", async () => {
  for (const [locale, lang, heading] of [
    ["ru-RU", "ru", "Ваш путь"],
    ["nn-NO", "nb", "Din vei"],
    ["en-GB", "en", "Your journey"],
    ["de-DE", "uk", "Ваш шлях"],
  ]) {
    const { context } = await newContext(browser, server, { locale });
    const page = await context.newPage();
    await page.goto("/");
    await page.waitForURL(`**/${lang}/`);
    await assert.doesNotReject(page.getByRole("heading", { level: 1, name: heading }).waitFor());
    await page.goto("/de/about");
    await page.waitForURL(`**/${lang}/about`);
    await page.goto("/about");
    await page.waitForURL(`**/${lang}/about`);
    await context.close();
  }
});

test("switching language changes text and URL, and a reload keeps it", async () => {
  const { context } = await newContext(browser, server);
  const page = await context.newPage();
  await page.goto("/uk/about");
  await page.getByRole("heading", { level: 1, name: "Про Veiviser" }).waitFor();
  assert.equal(await page.getAttribute("html", "lang"), "uk");

  await rendered(page);
  // By keyboard: the language button opens the menu on the current language; two down is English.
  await page.getByRole("button", { name: "Мова: Українська" }).focus();
  await page.keyboard.press("Enter");
  await page.getByRole("menuitemradio", { name: "Українська", checked: true, exact: true }).waitFor();
  await page.waitForFunction(() => document.activeElement.textContent.trim() === "Українська");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await page.waitForURL("**/en/about");
  await page.getByRole("heading", { level: 1, name: "About Veiviser" }).waitFor();
  assert.equal(await page.getAttribute("html", "lang"), "en");
  assert.equal(await page.title(), "About Veiviser · Veiviser");

  await page.reload();
  await page.getByRole("heading", { level: 1, name: "About Veiviser" }).waitFor();
  await page.goto("/");
  await page.waitForURL("**/en/");
  assert.equal(await page.title(), "Your journey · Veiviser");

  await page.getByRole("button", { name: "Language: English" }).click();
  const current = page.getByRole("menuitemradio", { name: "English" });
  assert.equal(await current.getAttribute("aria-checked"), "true");
  for (const name of ["Українська", "Русский", "Norsk bokmål"]) {
    assert.equal(await page.getByRole("menuitemradio", { name }).getAttribute("aria-checked"), "false");
  }
  await context.close();
});

test("an unknown page says so, lists the steps and offers the way home", async () => {
  const { context } = await newContext(browser, server);
  const page = await context.newPage();
  const response = await page.goto("/nb/finnes-ikke");
  assert.equal(response.status(), 404, "nginx serves the build's 404 page (the app) for an unknown app address");
  await page.getByRole("heading", { level: 1, name: "Fant ikke siden" }).waitFor();
  assert.equal(await page.title(), "Fant ikke siden · Veiviser");
  assert.equal(await page.locator("ol.journey > li").count(), 6, "the steps");
  await page.getByRole("link", { name: "Gå til forsiden" }).click();
  await page.waitForURL("**/nb/");
  const missing = await page.request.get("/no-such-file.js");
  assert.equal(missing.status(), 404, "a missing asset is a 404, not the shell");
  await context.close();
});

test("no CSP violation and no request to another origin", async () => {
  const { context, problems } = await newContext(browser, server);
  const page = await context.newPage();
  const response = await page.goto("/uk/");
  const csp = response.headers()["content-security-policy"];
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'/);
  assert.doesNotMatch(csp, /unsafe-inline/);
  assert.match(csp, /frame-ancestors 'none'/);
  assert.equal(response.headers()["x-content-type-options"], "nosniff");
  assert.equal(response.headers()["referrer-policy"], "no-referrer");
  await rendered(page);
  await waitForController(page);
  for (const path of ["/ru/about", "/en/nope", "/nb/"]) {
    await page.goto(path);
    await rendered(page);
  }
  assert.deepEqual(await page.evaluate(() => window.__csp), []);
  assert.deepEqual(problems.csp, []);
  assert.deepEqual(problems.foreign, []);
  assert.deepEqual(problems.errors, []);
  await context.close();
});

test("hashed assets are immutable, the shell and the SW are revalidated, wasm is typed", async () => {
  const { context } = await newContext(browser, server);
  const page = await context.newPage();
  await page.goto("/uk/");
  const html = await (await page.request.get("/")).text();
  const wasm = html.match(/href="?\/([^"\s>]+_bg\.wasm)/)[1];
  const res = await page.request.get("/" + wasm, { headers: { "accept-encoding": "br" } });
  assert.equal(res.headers()["content-type"], "application/wasm");
  assert.equal(res.headers()["content-encoding"], "br");
  assert.match(res.headers()["cache-control"], /immutable/);
  for (const path of ["/sw.js", "/index.html", "/uk/step/registration"]) {
    assert.equal((await page.request.get(path)).headers()["cache-control"], "no-cache", path);
  }
  await context.close();
});

test("a content hash shorter than 16 digits is still immutable, in nginx and in the service worker", async () => {
  // Trunk drops leading zeros: 2026-11-26's build was named veiviser-30fbc23c8157962_bg.wasm.
  const short = "/veiviser-30fbc23c8157962_bg.wasm";
  assert.ok(new RegExp(HASHED_NAME).test(short));
  assert.ok(!new RegExp(HASHED_NAME).test("/icons/icon-512.png"), "icons are revalidated");
  const dir = mkdtempSync(join(tmpdir(), "veiviser-hash-"));
  cpSync(DIST, dir, { recursive: true });
  writeFileSync(join(dir, short), "x");
  const own = await Server.start(dir);
  try {
    const res = await fetch(own.url + short);
    assert.match(res.headers.get("cache-control"), /immutable/);
    assert.equal((await fetch(own.url + "/icons/icon-512.png")).headers.get("cache-control"), "no-cache");
    // The service worker carries the same pattern.
    const sw = await (await fetch(own.url + "/sw.js")).text();
    assert.ok(sw.includes(JSON.stringify(HASHED_NAME)), "sw.js uses HASHED_NAME");
  } finally {
    await own.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});

test("Chromium reports no installability errors for the manifest", async () => {
  const context = await launchPersistent(server);
  try {
    const page = await context.newPage();
    await page.goto("/uk/");
    await rendered(page);
    await waitForController(page);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
    assert.deepEqual(installabilityErrors, []);
    const manifest = await (await page.request.get("/manifest.webmanifest")).json();
    assert.equal(manifest.name, "Veiviser");
    assert.equal(manifest.display, "standalone");
    for (const icon of manifest.icons) {
      assert.equal((await page.request.get(icon.src)).status(), 200, icon.src);
    }
  } finally {
    // Its own browser process: left open, it would keep the test file running.
    await context.close();
  }
});

test("storage that throws: the app still runs, in memory, and says so", async () => {
  // The flow is shared with checklist.test.mjs (there in every language): see storageThrowsFlow.
  await storageThrowsFlow(browser, server, "uk");
});

test("a Rust panic shows a readable error screen with a reload button, never a blank page", async () => {
  const { context } = await newContext(browser, server);
  const page = await context.newPage();
  await page.goto("/en/step/tb-test");
  await page.locator("#task-tb-test").check();
  await page.waitForFunction(() => (localStorage.getItem("veiviser.data") || "").includes("tb-test"));
  const before = await page.evaluate(() => localStorage.getItem("veiviser.data"));
  await page.goto("/en/");
  await rendered(page);
  // Make the next DOM element creation throw inside the wasm (once), as a real fault would.
  await page.evaluate(() => {
    const original = Document.prototype.createElement;
    Document.prototype.createElement = function () {
      Document.prototype.createElement = original;
      throw new Error("injected fault");
    };
  });
  await page.getByRole("link", { name: "About" }).click();
  const screen = page.getByRole("alert");
  await screen.getByRole("heading", { name: "Something went wrong" }).waitFor();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    screen.getByRole("button", { name: "Download my data" }).click(),
  ]);
  const { readFileSync } = await import("node:fs");
  assert.equal(readFileSync(await download.path(), "utf8"), before, "the export is the stored data");
  await Promise.all([page.waitForEvent("load"), screen.getByRole("button", { name: "Reload" }).click()]);
  await page.getByRole("heading", { level: 1, name: "About Veiviser" }).waitFor();
  assert.equal(await page.evaluate(() => localStorage.getItem("veiviser.data")), before, "data intact");
  await context.close();
});
