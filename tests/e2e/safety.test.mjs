// Nothing a person entered is ever lost (issue 35), in Chromium on the release build: the profile
// limit, data from a newer build in another tab, a first visit that picks a language before the
// app runs, an update found while it was already installing, a bad copy of a hashed file in the
// HTTP cache, removing a person and undoing it, an import that cannot be saved, and a tick made
// on the pre-rendered page followed by a link.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { L, LANGS } from "./fixtures.mjs";
import {
  DIST, DIST_UPDATE, Server, addPerson, holdWasm, launch, lead, newContext, rendered, startBoth, stopBoth,
  updateBanner, waitForController, withPage,
} from "./harness.mjs";

const KEY = "veiviser.data";
const MAX_PROFILES = 20; // src/checklist/state.rs

let server, browser;
before(async () => ({ server, browser } = await startBoth()));
after(() => stopBoth({ server, browser }));
const fresh = (fn, options) => () => withPage(browser, server, options, fn);
const stored = (page) => page.evaluate((k) => localStorage.getItem(k), KEY);

test("people up to the limit: 'Add a person' stops there and says why; after a reload every tick is there", fresh(async ({ page, problems }) => {
  const en = L.en;
  await page.goto("/en/");
  await rendered(page);
  const add = page.locator(".profile-switcher .add-person");
  const markDone = page.getByRole("button", { name: en.checklist.mark_done });
  await markDone.click();
  for (let n = 2; n <= MAX_PROFILES; n++) {
    await addPerson(page, "en");
    await page.waitForFunction((n) => JSON.parse(localStorage.getItem("veiviser.data")).data.profiles.length === n, n);
    await markDone.click();
  }
  assert.ok(await add.isDisabled(), "disabled at the limit");
  const why = page.getByTestId("profile-limit");
  assert.equal((await why.textContent()).trim(), en.checklist.profile_limit.replace("{{ n }}", String(MAX_PROFILES)));
  assert.equal(await add.getAttribute("aria-describedby"), "profile-limit");
  await page.reload();
  await rendered(page);
  const data = JSON.parse(await stored(page)).data;
  assert.equal(data.profiles.length, MAX_PROFILES);
  for (const p of data.profiles) {
    assert.ok(Object.values(p.tasks).some((t) => t.status === "done"), `person ${p.id} keeps the tick`);
  }
  assert.equal(await page.getByRole("alert").count(), 0, "nothing was set aside");
  assert.ok(await add.isDisabled());
  assert.deepEqual(problems.errors, []);
}));

for (const lang of LANGS) {
  test(`${lang}: data a newer build wrote in another tab is read-only here, and left byte for byte`, fresh(async ({ context, page }) => {
    const T = L[lang];
    await page.goto(`/${lang}/step/tb-test`);
    await rendered(page);
    await page.locator("#task-tb-test").check();
    await page.waitForFunction(() => (localStorage.getItem("veiviser.data") || "").includes("tb-test"));
    // Another tab runs a newer build, which writes its own format.
    const newer = JSON.stringify({ version: 99, data: { people: [{ id: 1, ticks: ["tb-test", "registered"] }] } });
    const other = await context.newPage();
    await other.goto("/manifest.webmanifest");
    await other.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY, newer]);
    const banner = page.getByTestId("newer-data");
    await banner.waitFor();
    assert.equal((await banner.locator("p").textContent()).trim(), T.data.newer);
    const box = page.locator("#task-tb-contact-health");
    assert.ok(await box.isDisabled(), "every change control is disabled");
    assert.ok(await page.locator("#task-tb-test").isDisabled());
    await box.click({ force: true });
    await page.locator("#task-tb-test").click({ force: true });
    assert.equal(await stored(page), newer, "the newer data is untouched");
    assert.equal(await page.evaluate(() => localStorage.getItem("veiviser.backup.1")), null, "never taken for garbage");
    // The same on a fresh load of this build.
    await page.reload();
    await rendered(page);
    await banner.waitFor();
    assert.ok(await page.locator("#task-tb-test").isDisabled());
    assert.equal(await stored(page), newer);
  }));
}

test("a first visit that picks a language on the pre-rendered page is told nothing is new", fresh(async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto("/uk/about", { waitUntil: "domcontentloaded" });
  await page.locator("[data-prerendered] .lang-menu button").click();
  await Promise.all([page.waitForURL("**/en/about"), page.locator("[data-prerendered] .lang-menu a[hreflang=en]").click()]);
  release();
  await rendered(page);
  await page.goto("/en/");
  await rendered(page);
  assert.equal(await page.getByTestId("whats-new").count(), 0, "no news on a first visit");
  assert.equal(await page.locator(".updated-mark").count(), 0, "no page marked Updated");
}));

test("the update banner shows when the new build was already installing before the app started", async () => {
  const own = await Server.start(DIST_UPDATE);
  const { context } = await newContext(browser, own, { locale: "en-GB" });
  try {
    // When the test asks, the app's wasm starts only once a new worker is installing: the
    // "updatefound" event is then long gone when the app starts listening.
    await context.addInitScript(() => {
      if (!sessionStorage.getItem("e2e-hold-until-installing")) return;
      for (const name of ["instantiateStreaming", "instantiate"]) {
        const original = WebAssembly[name];
        WebAssembly[name] = async (...args) => {
          for (let i = 0; i < 200; i++) {
            const reg = await navigator.serviceWorker.getRegistration();
            if (reg?.installing) break;
            await new Promise((r) => setTimeout(r, 50));
          }
          return original.apply(WebAssembly, args);
        };
      }
    });
    const page = await context.newPage();
    await page.goto(own.url + "/en/");
    await rendered(page);
    await waitForController(page);
    // The new build, on a slow line: its install takes seconds, and the page's own files come
    // from the old build's cache at once.
    own.serve(DIST);
    await own.throttle("64k");
    await page.evaluate(() => sessionStorage.setItem("e2e-hold-until-installing", "1"));
    await page.reload();
    await rendered(page);
    const installing = await page.evaluate(async () => {
      const reg = await navigator.serviceWorker.getRegistration();
      return Boolean(reg?.installing);
    });
    assert.ok(installing, "the new worker is still installing after the app started");
    await updateBanner(page, "en").waitFor({ timeout: 60_000 });
  } finally {
    await context.close();
    await own.stop();
  }
});

test("a bad copy of a hashed file in the HTTP cache does not block the install: it is fetched once more", async () => {
  // The first response for the stylesheet is wrong (as a broken proxy or an interrupted download
  // would leave it), and the browser keeps it: hashed files are cached for a year.
  const bad = mkdtempSync(join(tmpdir(), "veiviser-bad-"));
  cpSync(DIST, bad, { recursive: true });
  const css = readdirSync(bad).find((f) => /^style-.*\.css$/.test(f));
  assert.ok(css, "a hashed stylesheet");
  writeFileSync(join(bad, css), readFileSync(join(bad, css), "utf8") + "\n/* a bad copy */\n");
  for (const f of [css + ".br", css + ".gz"]) rmSync(join(bad, f), { force: true });
  const own = await Server.start(bad);
  const { context } = await newContext(browser, own, { locale: "en-GB" });
  try {
    const page = await context.newPage();
    const release = await holdWasm(page);
    const cached = page.waitForResponse((r) => r.url().endsWith("/" + css));
    await page.goto(own.url + "/en/", { waitUntil: "domcontentloaded" });
    // The page's own request put the bad copy in the HTTP cache (its integrity check refuses it).
    assert.equal((await cached).status(), 200);
    // From now on the server has the right file; the HTTP cache still has the bad one.
    own.serve(DIST);
    release();
    await rendered(page);
    await waitForController(page, 30_000);
  } finally {
    await context.close();
    await own.stop();
    rmSync(bad, { recursive: true, force: true });
  }
});

test("removing a person can be undone, with every tick back", fresh(async ({ page }) => {
  const en = L.en;
  await page.goto("/en/settings");
  await rendered(page);
  await addPerson(page, "en");
  await page.getByLabel(en.checklist.profile_name).fill("Anna");
  await page.getByRole("button", { name: en.checklist.rename }).click();
  await page.goto("/en/step/tb-test");
  await rendered(page);
  await page.locator("#task-tb-test").check();
  await page.waitForFunction(() => (localStorage.getItem("veiviser.data") || "").includes("tb-test"));
  const before = await stored(page);
  await page.goto("/en/settings");
  await rendered(page);
  await page.getByRole("button", { name: en.checklist.remove_profile }).click();
  const removed = page.getByTestId("removed");
  await removed.getByText(lead(en.checklist.removed.replace("{{ name }}", "Anna"))).waitFor();
  assert.equal(JSON.parse(await stored(page)).data.profiles.length, 1);
  await removed.getByRole("button", { name: en.checklist.undo }).click();
  await page.waitForFunction(() => JSON.parse(localStorage.getItem("veiviser.data")).data.profiles.length === 2);
  assert.equal(await stored(page), before, "the same data as before, byte for byte");
  assert.equal(await page.locator("#profile option:checked").textContent(), "Anna", "and Anna is shown");
}));

test("an import that cannot be saved says so, keeps the file's data, and saves it on 'Try again'", fresh(async ({ page }) => {
  const en = L.en;
  await page.goto("/en/step/tb-test");
  await rendered(page);
  await page.locator("#task-tb-test").check();
  await page.waitForFunction(() => (localStorage.getItem("veiviser.data") || "").includes("tb-test"));
  const file = JSON.stringify({ version: 3, data: { profiles: [{ id: 1, name: "Oksana", tasks: { "registered": { status: "done" } } }], active: 1 } });
  await page.goto("/en/settings");
  await rendered(page);
  const before = await stored(page);
  await page.evaluate(() => {
    window.__setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function () {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    };
  });
  await page.locator("#import-file").setInputFiles({ name: "mine.json", mimeType: "application/json", buffer: Buffer.from(file) });
  await page.getByRole("button", { name: en.data.import_confirm }).click();
  const failed = page.getByTestId("import-not-saved");
  await failed.waitFor();
  assert.equal((await failed.locator("p").textContent()).trim(), en.data.import_not_saved);
  assert.equal(await page.getByText(en.data.import_done).count(), 0, "never 'restored' when it was not");
  assert.equal(await stored(page), before, "nothing changed");
  await page.evaluate(() => { Storage.prototype.setItem = window.__setItem; });
  await failed.getByRole("button", { name: en.data.try_again }).click();
  await page.getByText(en.data.import_done).waitFor();
  assert.ok((await stored(page)).includes("Oksana"), "the file's data is saved");
}));

test("a tick on the pre-rendered page survives a link followed before the app took over", fresh(async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto("/en/step/tb-test", { waitUntil: "domcontentloaded" });
  const box = page.locator("[data-prerendered] #task-tb-test");
  await box.check();
  await Promise.all([
    page.waitForURL("**/en/step/d-number"),
    page.locator("[data-prerendered] a.step-link.next").click(),
  ]);
  release();
  await rendered(page);
  await page.waitForFunction(() => (localStorage.getItem("veiviser.data") || "").includes('"tb-test":{"status":"done"'));
  await page.goto("/en/step/tb-test");
  await rendered(page);
  assert.ok(await page.locator("#task-tb-test").isChecked());
}));

test("an import where the browser saves nothing says it is on screen only, never 'restored'", fresh(async ({ page }) => {
  const en = L.en;
  await page.goto("/en/settings");
  await rendered(page);
  const file = JSON.stringify({ version: 3, data: { profiles: [{ id: 1, name: "Oksana", tasks: {} }], active: 1 } });
  await page.locator("#import-file").setInputFiles({ name: "mine.json", mimeType: "application/json", buffer: Buffer.from(file) });
  await page.getByRole("button", { name: en.data.import_confirm }).click();
  await page.getByText(en.data.import_memory).waitFor();
  assert.equal(await page.getByText(en.data.import_done).count(), 0);
}, { storageThrows: true, locale: "en-GB" }));
