// The journey at a glance: home's stepper, a progress page that fits a phone, date fields only
// when a task needs one, and dates in the page's language whatever the browser's locale.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { L, LANGS, STEPS, key } from "./fixtures.mjs";
import { addPerson, launch, newContext, rendered, Server } from "./harness.mjs";

let server, browser;
before(async () => {
  server = await Server.start();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

const PHONE = { width: 390, height: 844 };
const title = (lang, id) => L[lang].step[key(id)].title;
/** A step's state as the stepper says it, in words. */
const stateOf = (page, id) => page.getByTestId(`state-${id}`);
const fill = (tpl, values) => Object.entries(values).reduce((s, [k, v]) => s.replace(`{{ ${k} }}`, String(v)), tpl);

for (const lang of LANGS) {
  test(`${lang}: a fresh profile's progress page fits three phone screens at 390 px`, async () => {
    const { context } = await newContext(browser, server, { viewport: PHONE });
    const page = await context.newPage();
    await page.goto(`/${lang}/progress`);
    await rendered(page);
    await page.locator(".progress-step.current").waitFor();
    // The page's own content, to the end of <main>: the footer every page shares is not counted
    // (since 2026-12-07 the task links' lines are 24 px apart for WCAG 2.2's target size).
    const height = await page.evaluate(() => document.querySelector("main").getBoundingClientRect().bottom + window.scrollY);
    assert.ok(height <= 3 * PHONE.height, `${lang}: ${height} px > ${3 * PHONE.height} px`);
    // Later steps list their tasks; the current one is open.
    assert.equal(await page.locator(".progress-step.current").count(), 1);
    assert.ok((await page.locator(".compact-tasks li").count()) > 10);
    await context.close();
  });
}

test("home: each step says its state in words, the current one with its next task", async () => {
  const { context } = await newContext(browser, server, { viewport: PHONE, locale: "en-GB" });
  const page = await context.newPage();
  await page.goto("/en/");
  await rendered(page);
  const steps = page.locator("ol.stepper > li");
  assert.equal(await steps.count(), 6);
  await stateOf(page, "registration").filter({ hasText: L.en.checklist.step_next }).waitFor();
  await stateOf(page, "tb-test").filter({ hasText: fill(L.en.checklist.step_waiting, { step: title("en", "registration") }) }).waitFor();
  assert.equal(await page.locator("ol.stepper > li[aria-current=step]").count(), 1);
  // Where the person stands is on the first screen.
  const box = await page.locator("ol.stepper > li[aria-current=step] .step-next").boundingBox();
  assert.ok(box && box.y + box.height <= PHONE.height, `the next task ends at ${box?.y + box?.height} px`);
  for (const id of STEPS) assert.ok((await stateOf(page, id).textContent()).trim().length > 0, id);
  await context.close();
});

test("ticking the last task of a step marks it done on home and moves 'next'", async () => {
  const { context } = await newContext(browser, server, { viewport: PHONE, locale: "en-GB" });
  const page = await context.newPage();
  await page.goto("/en/");
  await rendered(page);
  const current = page.locator("ol.stepper > li[aria-current=step]");
  // The one action on the current step ticks its next task: the day of arrival, where to
  // register (the housing is not known: Råde is then not needed), registered, the card.
  for (const task of ["arrived", "registration_place", "registered", "asylum_card"]) {
    await current.locator(".next-task", { hasText: L.en.task[task] }).waitFor();
    await current.getByRole("button", { name: L.en.checklist.mark_done }).click();
  }
  await stateOf(page, "registration").filter({ hasText: L.en.checklist.step_done }).waitFor();
  await page.locator("ol.stepper > li.step-done .step-title", { hasText: title("en", "registration") }).waitFor();
  await stateOf(page, "tb-test").filter({ hasText: L.en.checklist.step_next }).waitFor();
  await current.locator(".step-title", { hasText: title("en", "tb-test") }).waitFor();
  await current.locator(".next-task", { hasText: L.en.task.tb_contact_health }).waitFor();
  // The progress page folds the finished step.
  await page.goto("/en/progress");
  await rendered(page);
  await page.locator("details.progress-step.folded", { hasText: title("en", "registration") }).waitFor();
  assert.equal(await page.locator("details.progress-step.folded").getAttribute("open"), null);
  await context.close();
});

test("no date or time field shows before a task needs one", async () => {
  const { context } = await newContext(browser, server, { viewport: PHONE, locale: "en-GB" });
  const page = await context.newPage();
  const fields = page.locator("input[type=date], input[type=time]");
  for (const path of ["/en/progress", "/en/step/registration", "/en/step/residence-card", "/en/step/settlement"]) {
    await page.goto(path);
    await rendered(page);
    await page.locator(".task").first().waitFor();
    assert.equal(await fields.count(), 0, path);
  }
  // "Add a date" opens the field; so does ticking a task that records one.
  await page.goto("/en/step/residence-card");
  await rendered(page);
  await page.locator("#t-permit-expiry").getByRole("button", { name: L.en.checklist.add_date }).click();
  await page.locator("#date-permit-expiry").waitFor();
  await page.locator("#task-police-photo").check();
  await page.locator("#date-police-photo").waitFor();
  await page.locator("#time-police-photo").waitFor();
  await context.close();
});

test("dates show in the page's language whatever the browser's locale", async () => {
  const { context } = await newContext(browser, server, { viewport: PHONE, locale: "en-US" });
  const page = await context.newPage();
  const expected = { uk: "12 березня 2026", ru: "12 марта 2026", en: "12 March 2026", nb: "12. mars 2026" };
  await page.goto("/uk/step/residence-card");
  await rendered(page);
  await page.locator("#t-permit-expiry").getByRole("button", { name: L.uk.checklist.add_date }).click();
  await page.locator("#date-permit-expiry").fill("2026-03-12");
  await page.locator("#date-permit-expiry").dispatchEvent("change");
  for (const lang of LANGS) {
    await page.goto(`/${lang}/step/residence-card`);
    await rendered(page);
    await page.getByTestId("date-shown-permit-expiry").filter({ hasText: expected[lang] }).waitFor();
  }
  await context.close();
});

test("the profile switcher reads 'Checklist for: Me' and adds a person from there", async () => {
  const { context } = await newContext(browser, server, { viewport: PHONE, locale: "en-GB" });
  const page = await context.newPage();
  await page.goto("/en/");
  await rendered(page);
  const select = page.getByLabel(L.en.checklist.checklist_for);
  assert.equal(await select.locator("option:checked").textContent(), L.en.checklist.me);
  await addPerson(page, "en");
  await page.waitForFunction((name) => document.querySelector("#profile").selectedOptions[0]?.textContent === name,
    fill(L.en.checklist.profile_n, { n: 2 }));
  assert.equal(await select.locator("option").count(), 2);
  await context.close();
});
