// Service-worker updates and faults: v1 → v2 across an offline period, a first visit whose
// install is cut off, and two tabs during an update. No page may ever run mixed versions.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { L, NEWEST_CHANGE, STEPS } from "./fixtures.mjs";
import {
  DIST, DIST_UPDATE, Server, containing, expectText, launch, newContext, rendered, runningBuild as build,
  updateBanner, updateThenOffline, waitForController,
} from "./harness.mjs";

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

const banner = (page) => updateBanner(page, "en");

test("v1 → offline → v2: the update waits for the person, then offline serves v2 only", async () => {
  // The flow is shared with offline.test.mjs (there in Ukrainian): see updateThenOffline.
  await updateThenOffline(browser, "en");
});

test("a first visit whose install is cut off recovers on the next visit", async () => {
  // A build missing one file stands in for the server going away mid-install.
  const broken = mkdtempSync(join(tmpdir(), "veiviser-broken-"));
  cpSync(DIST, broken, { recursive: true });
  rmSync(join(broken, "icons/icon-512.png"));
  const server = await Server.start(broken);
  const { context } = await newContext(browser, server, { locale: "en-GB" });
  try {
    const page = await context.newPage();
    await page.goto(server.url + "/en/");
    await rendered(page);
    await server.stop();
    await page.waitForFunction(async () => {
      const reg = await navigator.serviceWorker.getRegistration();
      return reg && !reg.installing && !reg.waiting && !reg.active;
    });
    assert.equal(await page.evaluate(() => navigator.serviceWorker.controller), null);

    server.serve(DIST);
    await server.restart();
    await page.reload();
    await rendered(page);
    await waitForController(page);
    await server.stop();
    await context.setOffline(true);
    await page.goto(server.url + "/en/step/registration");
    await rendered(page);
  } finally {
    await context.close();
    await server.stop();
    rmSync(broken, { recursive: true, force: true });
  }
});

test("two tabs during an update: each runs one whole version, and both end on v2", async () => {
  const server = await Server.start(DIST);
  const { context } = await newContext(browser, server, { locale: "en-GB" });
  try {
    const a = await context.newPage();
    await a.goto(server.url + "/en/about");
    await rendered(a);
    await waitForController(a);
    const b = await context.newPage();
    await b.goto(server.url + "/en/about");
    await rendered(b);
    const v1 = await build(b);

    server.serve(DIST_UPDATE);
    await a.reload();
    await banner(a).waitFor();
    await b.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
    await banner(b).waitFor();

    await Promise.all([a.waitForEvent("load"), banner(a).getByRole("button").click()]);
    await a.getByTestId("version").filter({ hasText: "update-test" }).waitFor();
    const v2 = await build(a);
    assert.deepEqual(await build(b), v1, "the other tab keeps running v1 as a whole");
    await Promise.all([b.waitForEvent("load"), banner(b).getByRole("button").click()]);
    await b.getByTestId("version").filter({ hasText: "update-test" }).waitFor();
    assert.deepEqual(await build(b), v2);
  } finally {
    await context.close();
    await server.stop();
  }
});

test("an update with a newer change log shows \"What's new\" once and marks the changed pages, offline too", async () => {
  // The update-test build ships the log without its newest entry: serve it first, then update.
  const { en } = L;
  const server = await Server.start(DIST_UPDATE);
  const { context, problems } = await newContext(browser, server, { locale: "en-GB" });
  try {
    const page = await context.newPage();
    await page.goto(server.url + "/en/");
    await rendered(page);
    await waitForController(page);
    assert.equal(await page.getByTestId("whats-new").count(), 0, "a first visit has no news");
    assert.equal(await page.locator(".updated-mark").count(), 0);

    server.serve(DIST);
    await page.reload();
    await banner(page).waitFor();
    await Promise.all([page.waitForEvent("load"), banner(page).getByRole("button").click()]);
    const news = page.getByTestId("whats-new");
    await news.waitFor();
    await expectText(news, new RegExp(en.whats_new.title.replace(/[.'’]/g, ".")));
    await expectText(news, containing(en.changes[NEWEST_CHANGE.key]));
    const marked = page.locator("ol.journey li", { has: page.locator(".updated-mark") });
    const stepsChanged = STEPS.filter((id) => NEWEST_CHANGE.pages.includes(id));
    assert.ok(stepsChanged.includes("registration"), "the test reads the registration step");
    assert.equal(await marked.count(), stepsChanged.length, "every step the entry changed");
    await news.getByRole("button", { name: en.whats_new.close }).click();
    await news.waitFor({ state: "hidden" });

    await server.stop();
    await context.setOffline(true);
    await page.goto(server.url + "/en/step/registration");
    await rendered(page);
    await page.locator("h1 .updated-mark").waitFor();
    await page.goto(server.url + "/en/");
    await rendered(page);
    assert.equal(await page.getByTestId("whats-new").count(), 0, "shown once");
    await page.locator("ol.journey li", { has: page.locator(".updated-mark") }).first().waitFor();
    assert.equal(await marked.count(), stepsChanged.length - 1, "the page read is no longer marked");
    const seen = JSON.parse(await page.evaluate(() => localStorage.getItem("veiviser.seen")));
    assert.equal(seen.shown, NEWEST_CHANGE.date);
    assert.equal(seen.pages.registration, NEWEST_CHANGE.date);
    assert.equal(await page.evaluate(() => localStorage.getItem("veiviser.data")), null, "kept apart from the checklist");
    assert.deepEqual(problems.errors, []);
  } finally {
    await context.close();
    await server.stop();
  }
});
