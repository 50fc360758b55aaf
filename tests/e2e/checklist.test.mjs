// The personal checklist in Chromium: ticking survives reloads and offline, profiles are
// independent, export → delete → import restores exactly, storage faults lose nothing, and the
// questionnaire changes what is shown.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { L, LANGS } from "./fixtures.mjs";
import {
  Server, addPerson, containing, expectText, lead, newContext, rendered, startBoth, stopBoth, storageThrowsFlow,
  waitForController,
} from "./harness.mjs";

const { uk, en } = L;
const KEY = "veiviser.data";

let server, browser;
before(async () => ({ server, browser } = await startBoth()));
after(() => stopBoth({ server, browser }));

const stored = (page) => page.evaluate((k) => localStorage.getItem(k), KEY);
const tick = async (page, id) => {
  await page.locator(`#task-${id}`).check();
  await page.waitForFunction((id) => (localStorage.getItem("veiviser.data") || "").includes(`"${id}"`), id);
};

test("a journey ticked in Ukrainian survives a reload and going offline with the server stopped", async () => {
  const own = await Server.start();
  const { context, problems } = await newContext(browser, own);
  try {
    const page = await context.newPage();
    await page.goto(own.url + "/uk/step/registration");
    await rendered(page);
    await waitForController(page);
    await page.getByLabel(uk.task.arrived).check();
    await page.getByLabel(uk.task.rade_trip).check();
    await page.getByLabel(uk.task.registered).check();
    await page.reload();
    assert.ok(await page.getByLabel(uk.task.rade_trip).isChecked());
    assert.ok(await page.getByLabel(uk.task.registered).isChecked());
    await page.goto(own.url + "/uk/");
    await page.locator(".next-task", { hasText: uk.task.asylum_card }).waitFor();

    await own.stop();
    await context.setOffline(true);
    await page.goto(own.url + "/uk/progress");
    await page.getByRole("heading", { level: 1, name: uk.checklist.my_progress }).waitFor();
    assert.ok(await page.getByLabel(uk.task.registered).isChecked());
    await page.getByLabel(uk.task.asylum_card).check();
    await page.reload();
    assert.ok(await page.getByLabel(uk.task.asylum_card).isChecked());
    assert.deepEqual(problems.errors, []);
  } finally {
    await context.close();
    await own.stop();
  }
});

test("profiles are independent", async () => {
  const { context } = await newContext(browser, server);
  const page = await context.newPage();
  await page.goto("/en/step/tb-test");
  await tick(page, "tb-test");
  await page.goto("/en/settings");
  await addPerson(page, "en");
  await page.getByLabel(en.checklist.profile_name).fill("Olena");
  await page.getByRole("button", { name: en.checklist.rename }).click();
  await page.goto("/en/progress");
  await expectText(page.locator("#profile option:checked"), "Olena");
  await page.goto("/en/step/tb-test");
  await rendered(page);
  assert.ok(!(await page.locator("#task-tb-test").isChecked()), "a new person starts empty");
  await page.goto("/en/progress");
  await page.locator("#profile").selectOption({ label: en.checklist.me });
  await page.goto("/en/step/tb-test");
  await rendered(page);
  assert.ok(await page.locator("#task-tb-test").isChecked());
  await context.close();
});

test("export, delete all, import restores the data exactly", async () => {
  const { context } = await newContext(browser, server);
  const page = await context.newPage();
  await page.goto("/en/step/registration");
  await tick(page, "registration-place");
  await page.locator("#date-registration-place").fill("2024-02-29");
  await page.locator("#date-registration-place").dispatchEvent("change");
  await page.locator("#place-registration-place").fill("Politihuset, Oslo");
  await page.locator("#place-registration-place").dispatchEvent("change");
  await page.locator(".appointment-card", { hasText: "29 February 2024" }).waitFor();
  const before = await stored(page);
  assert.match(before, /Politihuset/);

  await page.goto("/en/settings");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: en.data.export }).click(),
  ]);
  const file = await download.path();
  assert.equal(readFileSync(file, "utf8"), before);

  await page.getByRole("button", { name: en.data.delete }).click();
  await page.getByRole("button", { name: en.data.delete_yes }).click();
  await page.getByText(en.data.deleted).waitFor();
  const left = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("veiviser.")));
  assert.deepEqual(left, []);

  await page.locator("#import-file").setInputFiles(file);
  await page.locator(".import-preview").waitFor();
  assert.equal(await stored(page), null, "nothing changes before confirming");
  await page.getByRole("button", { name: en.data.import_confirm }).click();
  await page.getByText(en.data.import_done).waitFor();
  assert.equal(await stored(page), before);

  await page.locator("#import-file").setInputFiles({ name: "bad.json", mimeType: "application/json", buffer: Buffer.from("{\"version\":1,\"data\":{\"profiles\":7}}") });
  await page.getByRole("alert").filter({ hasText: "Nothing was changed" }).waitFor();
  assert.equal(await stored(page), before);
  await context.close();
});

const FAULTS = [
  ["garbage JSON", "{this is not json"],
  ["wrong types", JSON.stringify({ version: 1, data: { profiles: "many", active: "me" } })],
  // A future version is not a fault: it is left as it is, read-only (safety.test.mjs).
  ["a huge value", JSON.stringify({ version: 1, data: "x".repeat(1_200_000) })],
];

// The whole fault matrix runs in every language: the notices' texts differ.
for (const lang of LANGS) {
  const T = L[lang];
  for (const [name, value] of FAULTS) {
    test(`fault (${lang}): ${name} is kept in a backup, the app runs and says so`, async () => {
      const { context } = await newContext(browser, server);
      const page = await context.newPage();
      await page.goto(`/${lang}/`);
      await rendered(page);
      await page.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY, value]);
      await page.reload();
      await rendered(page);
      const notice = page.getByRole("alert").filter({ hasText: lead(T.data.recovered) });
      await notice.waitFor();
      assert.equal(await page.evaluate(() => localStorage.getItem("veiviser.backup.1")), value);
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        notice.getByRole("button", { name: T.data.download_backup }).click(),
      ]);
      assert.equal(readFileSync(await download.path(), "utf8"), value);
      // The app works: a new tick is saved over the unreadable value, which the backup keeps.
      await page.goto(`/${lang}/step/tb-test`);
      await tick(page, "tb-test");
      assert.equal(await page.evaluate(() => localStorage.getItem("veiviser.backup.1")), value);
      await context.close();
    });
  }

  test(`fault (${lang}): storage that throws — the app runs in memory and says so`, async () => {
    // The flow is shared with foundation.test.mjs: see storageThrowsFlow.
    await storageThrowsFlow(browser, server, lang);
  });

  test(`fault (${lang}): a full quota shows an error and keeps the previous state`, async () => {
    const { context } = await newContext(browser, server);
    const page = await context.newPage();
    await page.goto(`/${lang}/step/tb-test`);
    await tick(page, "tb-test");
    const before = await stored(page);
    await page.evaluate(() => {
      Storage.prototype.setItem = function () {
        throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      };
    });
    await page.locator("#task-tb-contact-health").click();
    await page.getByRole("alert").filter({ hasText: lead(T.data.save_failed) }).waitFor();
    assert.equal(await stored(page), before);
    assert.ok(!(await page.locator("#task-tb-contact-health").isChecked()), "what is shown is what is stored");
    await context.close();
  });
}

test("the questionnaire's answers change which tasks are shown", async () => {
  const { context } = await newContext(browser, server);
  const page = await context.newPage();
  await page.goto("/en/");
  await page.getByRole("link", { name: en.questions.start }).click();
  await page.getByLabel(en.questions.housing_private).check();
  await page.getByLabel(en.questions.no_children).check();
  await page.getByRole("group", { name: en.questions.age }).getByLabel(en.questions.no, { exact: true }).check();
  await page.getByRole("button", { name: en.questions.save }).click();
  await page.waitForURL("**/en/");
  assert.equal(await page.getByRole("link", { name: en.questions.start }).count(), 0, "asked once");

  await page.goto("/en/step/settlement");
  await page.locator("#t-imdi-apply").waitFor();
  assert.equal(await page.locator("#t-school").count(), 0);
  // Not 18–55 may mean over 55, who may still qualify: the task stays, with the advice.
  await expectText(page.locator("#t-intro-programme [data-testid=advice]"), en.checklist.over_55);
  assert.equal(await page.locator("#t-settlement-date").count(), 0, "no centre place when living privately");
  const hidden = page.locator(".hidden-tasks");
  await hidden.locator("summary").click();
  await hidden.getByText(en.hidden.no_child_in_band).first().waitFor();
  await page.goto("/en/step/tb-test");
  await page.locator("#t-tb-contact-health").waitFor();

  await page.goto("/en/settings");
  await page.getByLabel(en.questions.child_6_15).check();
  await page.getByRole("button", { name: en.questions.save }).click();
  await page.goto("/en/step/settlement");
  await page.locator("#t-school").waitFor();
  await context.close();
});

test("a person over 55 sees the introduction programme on the progress page, with the advice to ask the municipality", async () => {
  const { context, problems } = await newContext(browser, server, { locale: "en-GB" });
  const page = await context.newPage();
  await page.goto("/en/settings");
  await rendered(page);
  await page.getByRole("group", { name: en.questions.age }).getByLabel(en.questions.no, { exact: true }).check();
  await page.getByRole("button", { name: en.questions.save }).click();
  await page.getByText(en.questions.saved).waitFor();
  for (const lang of LANGS) {
    await page.goto(`/${lang}/progress`);
    await rendered(page);
    // Settlement is a later step here: its tasks are one line each, the advice with the task.
    const task = page.locator("[data-task=intro-programme], #t-intro-programme");
    await expectText(task.getByTestId("advice"), L[lang].checklist.over_55);
    await task.getByText(L[lang].task.intro_programme).waitFor();
    assert.equal(await page.locator(".hidden-tasks", { hasText: L[lang].task.intro_programme }).count(), 0, lang);
  }
  assert.deepEqual(problems.errors, []);
  await context.close();
});

test("no reminder or phrase card states the 20-day card rule as current", async () => {
  const { context } = await newContext(browser, server, { locale: "en-GB" });
  const page = await context.newPage();
  await page.goto("/en/step/residence-card");
  await page.locator("#t-new-card-ordered").getByRole("button", { name: en.checklist.add_date }).click();
  await page.locator("#date-new-card-ordered").fill("2024-12-20");
  await page.locator("#date-new-card-ordered").dispatchEvent("change");
  await page.locator("#t-permit-expiry").getByRole("button", { name: en.checklist.add_date }).click();
  await page.locator("#date-permit-expiry").fill("2025-03-01");
  await page.locator("#date-permit-expiry").dispatchEvent("change");
  for (const lang of LANGS) {
    await page.goto(`/${lang}/`);
    await rendered(page);
    const reminders = page.locator(".reminders li");
    await reminders.first().waitFor();
    const texts = await reminders.allInnerTexts();
    const card = texts.filter((t) => /\b20\b/.test(t));
    assert.equal(card.length, 1, `${lang}: one reminder names the 20 days: ${texts}`);
    assert.match(card[0], /2023/, `${lang}: it says the rule is from 2023 guidance`);
    // The extension letter: the mailbox date, and that a letter by post takes longer.
    await page.goto(`/${lang}/phrases`);
    await rendered(page);
    const phrases = await page.locator("main").innerText();
    assert.ok(phrases.includes(L[lang].phrase.card_not_arrived), lang);
    assert.doesNotMatch(L[lang].phrase.card_not_arrived, /20/, `${lang}: the phrase card`);
    assert.doesNotMatch(L.nb.phrase.card_not_arrived, /20/, "the Norwegian under it");
  }
  await context.close();
});

test("dates become reminders on home, in the reader's language", async () => {
  const { context } = await newContext(browser, server);
  const page = await context.newPage();
  await page.goto("/uk/step/residence-card");
  await page.locator("#t-new-card-ordered").getByRole("button", { name: uk.checklist.add_date }).click();
  await page.locator("#date-new-card-ordered").fill("2024-12-20");
  await page.locator("#date-new-card-ordered").dispatchEvent("change");
  await page.goto("/uk/");
  await page.locator(".reminders li", { hasText: "9 січня 2025" }).waitFor();
  await context.close();
});

test("a change in another tab is picked up", async () => {
  const { context } = await newContext(browser, server);
  const a = await context.newPage();
  const b = await context.newPage();
  await a.goto("/en/step/d-number");
  await b.goto("/en/step/d-number");
  await rendered(b);
  await tick(a, "d-number");
  await b.getByRole("status").filter({ hasText: en.data.other_tab }).waitFor();
  assert.ok(await b.locator("#task-d-number").isChecked());
  await context.close();
});

test("a delete in one tab stays deleted: the other tab starts afresh and writes nothing back", async () => {
  const { context } = await newContext(browser, server, { locale: "en-GB" });
  const a = await context.newPage();
  const b = await context.newPage();
  await b.goto("/en/step/registration");
  await rendered(b);
  await tick(b, "registered");
  await a.goto("/en/settings");
  await rendered(a);
  await a.getByRole("button", { name: en.data.delete }).click();
  await a.getByRole("button", { name: en.data.delete_yes }).click();
  await a.getByText(en.data.deleted).waitFor();
  // Tab B is told, and no longer shows the deleted tick.
  await b.getByRole("status").filter({ hasText: en.data.deleted_elsewhere }).waitFor();
  assert.equal(await b.locator("#task-registered").isChecked(), false);
  // Its next tick starts from nothing: the deleted one is not written back.
  await tick(b, "asylum-card");
  const data = JSON.parse(await stored(b));
  assert.equal(data.data.profiles[0].tasks.registered, undefined, "the deleted tick stays deleted");
  assert.equal(data.data.profiles[0].tasks["asylum-card"].status, "done");
  await context.close();
});

test("an import in one tab is shown in the other", async () => {
  const { context } = await newContext(browser, server, { locale: "en-GB" });
  const a = await context.newPage();
  const b = await context.newPage();
  await b.goto("/en/step/tb-test");
  await rendered(b);
  await a.goto("/en/settings");
  await rendered(a);
  const file = join(mkdtempSync(join(tmpdir(), "veiviser-import-")), "data.json");
  writeFileSync(file, JSON.stringify({ version: 2, data: { profiles: [{ id: 1, tasks: { "tb-test": { status: "done" } } }], active: 1 } }));
  await a.locator("#import-file").setInputFiles(file);
  await a.getByRole("button", { name: en.data.import_confirm }).click();
  await a.getByText(en.data.import_done).waitFor();
  await b.getByRole("status").filter({ hasText: en.data.other_tab }).waitFor();
  assert.ok(await b.locator("#task-tb-test").isChecked());
  await context.close();
});

test("settings say whether the browser keeps the data", async () => {
  const { context } = await newContext(browser, server);
  const page = await context.newPage();
  await page.goto("/en/settings");
  // One of the two answers, exactly.
  const either = new RegExp(`^(?:${containing(en.data.persisted).source}|${containing(en.data.not_persisted).source})$`);
  await expectText(page.getByTestId("persisted"), either);
  await context.close();
});

test("a checklist stored by the version-1 build keeps its ticks after the upgrade; the old copy is kept", async () => {
  // Written by the build before the 2024–26 rules (tests/data/checklist-v1.json, see its README).
  const v1 = readFileSync(new URL("../data/checklist-v1.json", import.meta.url), "utf8").trim();
  const { context, problems } = await newContext(browser, server, { locale: "en-GB" });
  const page = await context.newPage();
  await page.goto("/en/");
  await rendered(page);
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY, v1]);
  await page.goto("/en/step/registration");
  await rendered(page);
  const notice = page.getByTestId("upgraded");
  await notice.waitFor();
  await expectText(notice, containing(en.data.upgraded.split("{{ n }}")[0]));
  assert.equal(await page.evaluate(() => localStorage.getItem("veiviser.backup.1")), v1, "the old value is kept verbatim");
  // "Booked the police" became "registration place chosen", with its appointment.
  assert.ok(await page.locator("#task-registration-place").isChecked());
  assert.equal(await page.locator("#place-registration-place").inputValue(), "Politihuset, Oslo");
  assert.ok(await page.locator("#task-registered").isChecked());
  assert.ok(await page.locator("#task-asylum-card").isChecked());
  await page.goto("/en/step/eid");
  await rendered(page);
  assert.ok(await page.locator("#task-bankid").isChecked());
  // The first change writes today's version (3); every tick is still there after a reload.
  for (const id of ["digital-mailbox", "postal-address"]) assert.ok(await page.locator(`#task-${id}`).isChecked(), id);
  await page.goto("/en/step/residence-card");
  await tick(page, "name-on-mailbox");
  assert.match(await stored(page), /^\{"version":4,/);
  await page.reload();
  await rendered(page);
  for (const id of ["watch-video", "card-received", "name-on-mailbox"]) {
    assert.ok(await page.locator(`#task-${id}`).isChecked(), id);
  }
  assert.equal(await page.getByTestId("upgraded").count(), 0, "said once");
  assert.deepEqual(problems.errors, []);
  await context.close();
});
