// A first visit, as from a QR code: the pre-rendered page is on screen before the wasm arrives,
// its task boxes already work, and the app takes over in place without losing anything.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { expectText, holdWasm, newContext, rendered, startBoth, stopBoth } from "./harness.mjs";

let server, browser;
before(async () => ({ server, browser } = await startBoth()));
after(() => stopBoth({ server, browser }));

/** Controls on the pre-rendered page that work before the app runs, other than the task boxes. */
const LIVE_OTHERS = "[data-prerendered] :is(input, button, select, textarea):not([disabled]):not(.menu-button, .task-row > input)";
const stored = (page) => page.evaluate(() => localStorage.getItem("veiviser.data") ?? "");

test("a first visit shows the pre-rendered page before the wasm arrives; then the app takes over in place", async () => {
  const { context, problems } = await newContext(browser, server);
  const page = await context.newPage();
  const release = await holdWasm(page);
  await page.goto("/ru/step/registration", { waitUntil: "domcontentloaded" });
  // Without the wasm: the step in the URL's language, with its title; of its controls only the
  // task boxes work (their ticks are replayed) and the language button.
  assert.equal(await page.locator("html").getAttribute("lang"), "ru");
  const heading = await page.locator("main h1").textContent();
  const text = await page.locator("main").innerText();
  const title = await page.title();
  assert.ok(heading.length > 3 && title.includes(heading), `${heading} / ${title}`);
  assert.ok((await page.locator("[data-prerendered]").count()) > 0);
  assert.ok((await page.locator("main input[type=checkbox]").count()) > 0);
  assert.ok((await page.locator("[data-prerendered] .task-row > input:not([disabled])").count()) > 0);
  assert.equal(await page.locator(LIVE_OTHERS).count(), 0);
  assert.equal(await page.locator("body [style]").count(), 0);
  assert.equal(await page.locator("link[href$='.wasm']").count(), 0, "no wasm preload ahead of the page's paint");

  // Someone who tabbed to a link keeps their focus on it when the app takes over, and someone
  // reading further down keeps their place.
  await page.locator(".tab-bar li:nth-child(2) a").focus();
  await page.evaluate(() => window.scrollTo(0, 600));
  const scrolled = await page.evaluate(() => window.scrollY);
  assert.ok(scrolled > 300, `the page scrolls: ${scrolled}`);

  release();
  await rendered(page);
  assert.equal(await page.evaluate(() => window.scrollY), scrolled);
  assert.ok(await page.evaluate(() => document.activeElement.matches(".tab-bar li:nth-child(2) a")), "focus kept");
  assert.equal(await page.locator("main h1").count(), 1);
  await expectText(page.locator("main h1"), heading);
  assert.equal(await page.locator("main").innerText(), text);
  assert.equal(await page.title(), title);
  // The loader fetched the wasm only once the pre-rendered page was on screen.
  const [painted, wasmStart] = await page.evaluate(() => [
    performance.getEntriesByName("first-contentful-paint")[0]?.startTime,
    performance.getEntriesByType("resource").find((e) => e.name.endsWith(".wasm"))?.startTime,
  ]);
  assert.ok(painted > 0 && wasmStart > painted, `first paint at ${painted} ms, wasm requested at ${wasmStart} ms`);
  const box = page.locator("main input[type=checkbox]").first();
  await box.check();
  assert.ok(await box.isChecked());
  assert.deepEqual(await page.evaluate(() => window.__csp), []);
  assert.deepEqual(problems.errors, []);
  await context.close();
});

test("a language picked on the pre-rendered page, before the app runs, is remembered", async () => {
  const { context } = await newContext(browser, server);
  const page = await context.newPage();
  const release = await holdWasm(page);
  await page.goto("/uk/about", { waitUntil: "domcontentloaded" });
  await page.locator("[data-prerendered] .lang-menu button").click();
  await Promise.all([page.waitForURL("**/en/about"), page.locator("[data-prerendered] .lang-menu a[hreflang=en]").click()]);
  release();
  await rendered(page);
  await page.goto("/");
  await page.waitForURL("**/en/");
  await context.close();
});

test("the pre-rendered language menu works from the keyboard, as the app's does", async () => {
  const { context, problems } = await newContext(browser, server);
  const page = await context.newPage();
  const release = await holdWasm(page);
  await page.goto("/ru/about", { waitUntil: "domcontentloaded" });
  const button = page.locator("[data-prerendered] .lang-menu button");
  const focused = () => page.evaluate(() => document.activeElement.getAttribute("hreflang") ?? document.activeElement.id);
  const expanded = () => button.getAttribute("aria-expanded");
  await button.focus();
  await page.keyboard.press("Enter");
  assert.equal(await focused(), "ru", "Enter opens the menu at the language in use");
  assert.equal(await expanded(), "true");
  await page.keyboard.press("ArrowDown");
  assert.equal(await focused(), "en");
  await page.keyboard.press("End");
  assert.equal(await focused(), "nb");
  await page.keyboard.press("ArrowDown");
  assert.equal(await focused(), "uk", "the arrows wrap");
  await page.keyboard.press("ArrowUp");
  assert.equal(await focused(), "nb");
  await page.keyboard.press("Home");
  assert.equal(await focused(), "uk");
  await page.keyboard.press("Escape");
  assert.equal(await focused(), "lang-button", "Escape closes and returns the focus");
  assert.equal(await expanded(), "false");
  assert.ok(await page.locator("[data-prerendered] .lang-menu ul").isHidden());
  await page.keyboard.press("ArrowUp");
  assert.equal(await focused(), "nb", "ArrowUp on the button opens at the last");
  await Promise.all([page.waitForURL("**/nb/about"), page.keyboard.press("Enter")]);
  release();
  await rendered(page);
  assert.equal(await page.evaluate(() => localStorage.getItem("veiviser.lang")), "nb", "the choice is remembered");
  assert.deepEqual(problems.errors, []);
  await context.close();
});

test("a task ticked on the pre-rendered page, before the app runs, is ticked and saved by the app", async () => {
  const { context, problems } = await newContext(browser, server);
  const page = await context.newPage();
  const release = await holdWasm(page);
  await page.goto("/uk/step/registration", { waitUntil: "domcontentloaded" });
  await page.locator("[data-prerendered] #task-rade-trip").check();
  // Ticked and unticked again: nothing to replay.
  await page.locator("[data-prerendered] #task-registration-place").check();
  await page.locator("[data-prerendered] #task-registration-place").uncheck();
  assert.equal(await stored(page), "", "nothing is saved before the app runs");
  release();
  await rendered(page);
  assert.ok(await page.locator("#task-rade-trip").isChecked(), "the early tick is the app's");
  assert.ok(!(await page.locator("#task-registration-place").isChecked()));
  assert.equal(await page.locator(".checklist progress").evaluate((p) => p.value), 1, "the progress counts it");
  assert.match(await stored(page), /"rade-trip"[^}]*"done"/);
  await page.reload();
  await rendered(page);
  assert.ok(await page.locator("#task-rade-trip").isChecked(), "kept after a reload");
  assert.deepEqual(problems.errors, []);
  await context.close();
});

test("a tick on the pre-rendered page never undoes what is stored", async () => {
  // No service worker: every visit gets the pre-rendered page, which shows no ticks.
  const { context } = await newContext(browser, server, { serviceWorkers: "block" });
  const page = await context.newPage();
  await page.goto("/uk/step/registration");
  await rendered(page);
  await page.locator("#task-rade-trip").check();
  const release = await holdWasm(page);
  await page.reload({ waitUntil: "domcontentloaded" });
  const early = page.locator("[data-prerendered] #task-rade-trip");
  assert.ok(!(await early.isChecked()), "the pre-rendered page does not know what is stored");
  await early.check();
  release();
  await rendered(page);
  assert.ok(await page.locator("#task-rade-trip").isChecked(), "still done, not toggled off");
  assert.match(await stored(page), /"rade-trip"[^}]*"done"/);
  await context.close();
});
