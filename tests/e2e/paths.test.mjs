// Every person's path (issue 36), the parts built so far: the two-language appointment card at a
// phone's width, the day of arrival giving the TB deadline (reminders and the .ics), the permit's
// expiry in "All my dates", the "Does not apply" toggle saying what it does, one add-person
// control, a saved appointment ticking its task, and a full-screen phrase card above the tab bar.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import ICAL from "ical.js";
import { L, formatDate } from "./fixtures.mjs";
import { axe, rendered, startBoth, stopBoth, withPage } from "./harness.mjs";

let server, browser;
before(async () => ({ server, browser } = await startBoth()));
after(() => stopBoth({ server, browser }));
const fresh = (fn, options) => () => withPage(browser, server, options, fn);

const field = async (page, id, value) => {
  await page.locator(`#${id}`).fill(value);
  await page.locator(`#${id}`).dispatchEvent("change");
};

const LONG_PLACE = "Politiets utlendingsenhet, Nasjonalt ankomstsenter, Mosseveien 58, 1640 Råde, inngang B";
const LONG_NOTE = "Ta med pass, fødselsattester for barna og alle andre dokumenter som viser hvem vi er";

for (const lang of ["uk", "ru", "nb"]) {
  for (const width of [320, 390]) {
    test(`${lang} at ${width} px: the appointment card, in two languages too, never scrolls sideways and every value is readable`, fresh(async ({ page }) => {
      const T = L[lang];
      await page.goto(`/${lang}/step/registration`);
      await rendered(page);
      await page.locator("#t-registration-place").getByRole("button", { name: T.checklist.add_appointment }).click();
      await field(page, "date-registration-place", "2027-03-30");
      await field(page, "time-registration-place", "09:30");
      await field(page, "place-registration-place", LONG_PLACE);
      await field(page, "note-registration-place", LONG_NOTE);
      const card = page.locator(".appointment-card");
      const views = lang === "nb" ? [false] : [false, true];
      for (const staff of views) {
        if (staff) await card.getByRole("button", { name: T.staff.show }).click();
        const fits = await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
        assert.ok(fits, `${staff ? "two languages" : "one language"}: no sideways scrolling`);
        const cardWidth = (await card.boundingBox()).width;
        for (const dd of await card.locator("dd").all()) {
          const box = await dd.boundingBox();
          assert.ok(box.width > cardWidth * 0.4, `a value is ${Math.round(box.width)} px wide in a ${Math.round(cardWidth)} px card`);
        }
      }
      // Choosing the place and time is the task: the saved appointment ticks it.
      assert.ok(await page.locator("#task-registration-place").isChecked(), "place and time chosen");
    }, { viewport: { width, height: 800 } }));
  }
}

test("the day of arrival gives the TB deadline in reminders and in the .ics; the permit's expiry is in 'All my dates'", fresh(async ({ page, problems }) => {
  const uk = L.uk;
  await page.goto("/uk/step/registration");
  await rendered(page);
  await page.locator("#t-arrived").getByRole("button", { name: uk.checklist.add_date }).click();
  await field(page, "date-arrived", "2026-12-28");
  assert.ok(await page.locator("#task-arrived").isChecked(), "written down is done");
  await page.goto("/uk/step/residence-card");
  await rendered(page);
  await page.locator("#t-permit-expiry").getByRole("button", { name: uk.checklist.add_date }).click();
  await field(page, "date-permit-expiry", "2027-03-04");
  await page.goto("/uk/progress");
  await rendered(page);
  const reminders = page.locator("section.reminders");
  const tbDate = formatDate("uk", [2027, 1, 11]);
  await reminders.locator("li").filter({ hasText: tbDate }).first().waitFor();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    reminders.getByRole("button", { name: uk.calendar.all }).click(),
  ]);
  const calendar = new ICAL.Component(ICAL.parse(await readFile(await download.path(), "utf8")));
  const events = calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
  const by = Object.fromEntries(events.map((e) => [e.summary, e.startDate.toString()]));
  assert.equal(by[uk.calendar.tb], "2027-01-11", Object.keys(by).join(" | "));
  assert.equal(by[uk.calendar.expires], "2027-03-04");
  assert.equal(by[uk.calendar.extension], "2027-02-11");
  assert.deepEqual(problems.errors, []);
}));

test("'Does not apply to me', pressed, reads 'Applies to me after all'; one add-person control on Settings", fresh(async ({ page }) => {
  const en = L.en;
  await page.goto("/en/step/tb-test");
  await rendered(page);
  const toggle = page.locator("#t-tb-test").getByRole("button", { name: en.checklist.not_applicable });
  await toggle.click();
  const back = page.locator("#t-tb-test").getByRole("button", { name: en.checklist.applies_after_all });
  assert.equal(await back.getAttribute("aria-pressed"), "true");
  await back.click();
  await page.locator("#t-tb-test").getByRole("button", { name: en.checklist.not_applicable }).waitFor();
  await page.goto("/en/settings");
  await rendered(page);
  assert.equal(await page.getByRole("button", { name: new RegExp(en.checklist.add_profile) }).count(), 1);
}));

test("a full-screen phrase card covers the tab bar; axe passes with the card open", fresh(async ({ page }) => {
  await page.goto("/uk/phrases");
  await rendered(page);
  await page.getByRole("button", { name: L.uk.phrases.show }).first().click();
  await page.locator(".fullscreen").waitFor();
  assert.equal(await page.locator(".tab-bar").isVisible(), false);
  assert.deepEqual(await axe(page), []);
}, { viewport: { width: 390, height: 844 }, bypassCSP: true }));

const ADULT_ONLY = ["rade-trip", "registration-place", "buypass-order", "minid", "bankid", "imdi-apply", "intro-programme", "decision-told"];

for (const lang of ["uk", "ru", "nb"]) {
  test(`${lang}: a child added as a child sees the child's tasks only`, fresh(async ({ page }) => {
    await page.goto(`/${lang}/`);
    await rendered(page);
    await page.locator(".profile-switcher .add-person").click();
    assert.deepEqual(await axe(page), [], "the choice of who passes axe");
    await page.getByTestId("add-who").getByRole("button", { name: L[lang].questions.child_6_15, exact: true }).click();
    await page.waitForFunction(() => JSON.parse(localStorage.getItem("veiviser.data") || "{}").data?.profiles.length === 2);
    await page.goto(`/${lang}/progress`);
    await rendered(page);
    await page.locator("[data-task=school], #t-school").first().waitFor();
    for (const id of ADULT_ONLY) {
      assert.equal(await page.locator(`[data-task=${id}], #t-${id}`).count(), 0, `${lang}: no ${id} for a child`);
    }
    await page.goto(`/${lang}/step/eid`);
    await rendered(page);
    assert.equal(await page.locator(".task-row input[type=checkbox]").count(), 0, "no eID task for a child");
  }, { viewport: { width: 390, height: 844 }, bypassCSP: true }));
}

test("uk: 'I already have a permit, since 2022-03-15': home leads with the permit's dates, not registration", fresh(async ({ page }) => {
  const uk = L.uk;
  await page.goto("/uk/settings");
  await rendered(page);
  await page.getByRole("group", { name: uk.questions.stage }).getByLabel(uk.questions.stage_permit).check();
  await page.locator("#permit-since").fill("2022-03-15");
  await page.locator("#permit-since").dispatchEvent("change");
  await page.getByRole("button", { name: uk.questions.save }).click();
  await page.getByText(uk.questions.saved).waitFor();
  await page.goto("/uk/");
  await rendered(page);
  const current = page.locator("ol.stepper > li[aria-current=step]");
  await current.locator(".step-title", { hasText: uk.step.residence_card.title }).waitFor();
  await current.locator(".next-task", { hasText: uk.task.permit_expiry }).waitFor();
  assert.equal(await page.locator("ol.stepper > li.step-done .step-title", { hasText: uk.step.registration.title }).count(), 1, "registration is behind her");
  // Five years on from her first permit, among her dates.
  await page.locator("section.reminders li").filter({ hasText: formatDate("uk", [2027, 3, 15]) }).first().waitFor();
  await page.goto("/uk/step/registration");
  await rendered(page);
  assert.ok(await page.locator("#task-registered").isChecked(), "counted as done");
  assert.ok(await page.locator("#task-registered").isDisabled(), "by her answer, not a tick");
}));

test("ru: 'Not in Norway yet': home opens with who qualifies, where to register and what not to do while waiting", fresh(async ({ page }) => {
  const ru = L.ru;
  await page.goto("/ru/settings");
  await rendered(page);
  await page.getByRole("group", { name: ru.questions.stage }).getByLabel(ru.questions.stage_not_in_norway).check();
  await page.getByRole("button", { name: ru.questions.save }).click();
  await page.getByText(ru.questions.saved).waitFor();
  await page.goto("/ru/");
  await rendered(page);
  const panel = page.getByTestId("not-in-norway");
  await panel.getByRole("link", { name: ru.home.before_who }).click();
  await page.waitForURL("**/ru/topic/eligibility");
  await page.goBack();
  await panel.getByRole("link", { name: ru.topic.arrival_centre.title }).waitFor();
  await panel.getByRole("link", { name: ru.home.before_wait }).waitFor();
  assert.deepEqual(await axe(page), []);
}, { bypassCSP: true }));

for (const lang of ["uk", "ru", "en", "nb"]) {
  test(`${lang}: home has a card for staff and volunteers, one tap from the QR sheet and the poster`, fresh(async ({ page }) => {
    await page.goto(`/${lang}/`);
    await rendered(page);
    const card = page.getByTestId("for-staff");
    await card.getByRole("heading", { name: L[lang].home.staff_title }).waitFor();
    await card.getByRole("link", { name: L[lang].share.poster_link }).waitFor();
    await card.getByRole("link", { name: L[lang].share.sheet_link }).click();
    await page.waitForURL(`**/${lang}/share/sheet`);
    await page.getByLabel(L[lang].share.sheet_language).waitFor();
  }));
}

test("a search result opens its page at the section that answers the question", fresh(async ({ page }) => {
  const en = L.en;
  await page.goto("/en/search?q=what%20to%20bring%20to%20registration");
  await rendered(page);
  const first = page.locator(".hits li a").first();
  await first.waitFor();
  assert.match(await first.getAttribute("href"), /\/en\/step\/registration#s-\d+$/);
  await first.click();
  await page.waitForURL(/\/en\/step\/registration#s-\d+$/);
  const heading = page.getByRole("heading", { level: 2, name: "What to bring", exact: true });
  await heading.waitFor();
  await page.waitForFunction(() => {
    const h = document.getElementById(location.hash.slice(1));
    const box = h?.getBoundingClientRect();
    return box && box.top >= 0 && box.bottom <= window.innerHeight;
  });
  assert.equal(await heading.getAttribute("id"), new URL(page.url()).hash.slice(1));
}, { viewport: { width: 390, height: 844 } }));
