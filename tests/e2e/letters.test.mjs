// "Which letter is this?" and the letters pages in Chromium: a pasted letter is named, its dates
// found, its appointment put into the checklist on a press and still there after a reload; no
// request of any kind while it is read; the pages offline in four languages; a kept letter
// stays until "Delete all my data".
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { L, LANGS } from "./fixtures.mjs";
import { expectText, lead, newContext, rendered, startBoth, stopBoth, withOfflineVisit } from "./harness.mjs";

const SAMPLES = JSON.parse(readFileSync(new URL("../data/letters.json", import.meta.url), "utf8"));
/** A written test letter of this type with an appointment: a date followed by a time. */
const withAppointment = (type) => SAMPLES.find((s) => s.type === type && s.expect.dates?.some((d) => d.time));

let server, browser;
before(async () => ({ server, browser } = await startBoth()));
after(() => stopBoth({ server, browser }));

async function readLetter(page, lang, text) {
  await page.locator("#letter-text").fill(text);
  await page.getByRole("button", { name: L[lang].letters.read, exact: true }).click();
  const answer = page.getByTestId("letter-answer");
  await answer.waitFor();
  return answer;
}

test("a pasted letter: its page, its dates, and its appointment in the checklist after a reload", async () => {
  const { context } = await newContext(browser, server, { viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto("/uk/letters");
  await rendered(page);
  const sample = withAppointment("police-photo");
  const answer = await readLetter(page, "uk", sample.text);
  await expectText(answer.locator(".letter-match a"), L.uk.letter.police_photo.title);
  const appointment = sample.expect.dates.find((d) => d.time);
  const [y, , d] = appointment.date.split("-").map(Number);
  const row = answer.locator(".found-date").filter({ hasText: appointment.time });
  await expectText(row.locator("strong"), new RegExp(`^${d} .* ${y}$`));
  // Nothing is written until the person presses.
  assert.equal(await page.evaluate(() => localStorage.getItem("veiviser.data")), null);
  await row.getByRole("button", { name: lead(L.uk.letters.to_checklist) }).click();
  await row.getByRole("link", { name: L.uk.letters.added }).waitFor();
  await page.reload();
  await page.goto("/uk/step/residence-card");
  await rendered(page);
  assert.equal(await page.locator("#date-police-photo").inputValue(), appointment.date);
  assert.equal(await page.locator("#time-police-photo").inputValue(), appointment.time);
  await context.close();
});

test("no request of any kind while a letter is read", async () => {
  const { context } = await newContext(browser, server);
  const page = await context.newPage();
  await page.goto("/nb/letters");
  await rendered(page);
  // Let the first visit's own requests (the service worker's install) finish first.
  await page.waitForLoadState("networkidle");
  const requests = [];
  context.on("request", (r) => requests.push(r.url()));
  for (const type of ["advance-notice", "municipality-offer", "none"]) {
    const sample = SAMPLES.find((s) => s.type === type);
    await readLetter(page, "nb", sample.text);
  }
  assert.deepEqual(requests, []);
  await context.close();
});

test("the letters offline in four languages: the list, a letter's page, and a pasted letter named", async () => {
  await withOfflineVisit(browser, async ({ page }) => {
    const decision = SAMPLES.find((s) => s.type === "decision-granted");
    for (const lang of LANGS) {
      await page.goto(`${new URL(page.url()).origin}/${lang}/letters`);
      await page.getByRole("heading", { level: 1, name: L[lang].letters.title }).waitFor();
      assert.ok((await page.locator(".letter-list li").count()) >= 8);
      const answer = await readLetter(page, lang, decision.text);
      await expectText(answer.locator(".letter-match a"), L[lang].letter.decision_granted.title);
      await answer.locator(".letter-match a").click();
      await page.getByRole("heading", { level: 1, name: L[lang].letter.decision_granted.title }).waitFor();
    }
  });
});

test("not a letter of the journey: the reader says so and names nothing", async () => {
  const { context } = await newContext(browser, server);
  const page = await context.newPage();
  await page.goto("/en/letters");
  await rendered(page);
  for (const sample of SAMPLES.filter((s) => s.type === "none")) {
    const answer = await readLetter(page, "en", sample.text);
    const text = await answer.innerText();
    assert.ok(text.includes(L.en.letters.unknown) || text.includes(L.en.letters.unsure), text.slice(0, 200));
    assert.equal(await answer.locator(".letter-match").count(), 0);
  }
  await context.close();
});

test("a kept letter stays on the phone until 'Delete all my data'; a period counts from the day received", async () => {
  const { context } = await newContext(browser, server);
  const page = await context.newPage();
  await page.goto("/en/letters");
  await rendered(page);
  const sample = SAMPLES.find((s) => s.expect.period === "3w");
  const answer = await readLetter(page, "en", sample.text);
  await page.getByLabel(L.en.letters.received).fill("2027-01-31");
  await page.getByLabel(L.en.letters.received).dispatchEvent("change");
  await expectText(answer.locator(".letter-deadline"), /21 February 2027/);
  await answer.getByRole("button", { name: L.en.letters.keep }).click();
  await answer.getByText(L.en.letters.kept).waitFor();
  await page.reload();
  await rendered(page);
  const kept = page.locator(".kept-letters li");
  assert.equal(await kept.count(), 1);
  assert.match(await page.evaluate(() => localStorage.getItem("veiviser.data")), /"letters":\[\{"saved"/);
  await page.goto("/en/settings");
  await rendered(page);
  await page.getByRole("button", { name: L.en.data.delete }).click();
  await page.getByRole("button", { name: L.en.data.delete_yes }).click();
  await page.getByText(L.en.data.deleted).waitFor();
  await page.waitForFunction(() => !(localStorage.getItem("veiviser.data") || "").includes("letters"));
  await page.goto("/en/letters");
  await rendered(page);
  assert.equal(await page.locator(".kept-letters li").count(), 0);
  await context.close();
});

test("a letter's page: its sender, its step, and the same text beside the Norwegian for an official", async () => {
  const { context } = await newContext(browser, server);
  const page = await context.newPage();
  await page.goto("/uk/letter/advance-notice");
  await page.getByRole("heading", { level: 1, name: L.uk.letter.advance_notice.title }).waitFor();
  await expectText(page.locator(".letter-meta"), /UDI \(Utlendingsdirektoratet\)/);
  // The Norwegian words the letter uses are marked Norwegian, for a screen reader's voice.
  const term = /\[nb:([^\]]+)\]/.exec(L.uk.letter.advance_notice.body)[1];
  await expectText(page.locator("main li span[lang=nb]").first(), term);
  await page.getByRole("button", { name: L.uk.staff.show }).click();
  const pairs = page.locator(".staff-view .pair:not(.pair-title)");
  assert.ok((await pairs.count()) >= 5);
  await expectText(page.locator(".pair-title [lang=nb]"), L.nb.letter.advance_notice.title);
  // The step lists its letters and leads to the reader.
  await page.goto("/uk/step/residence-card");
  await rendered(page);
  const letters = page.locator(".step-letters");
  await letters.getByRole("link", { name: L.uk.letter.advance_notice.title }).waitFor();
  await letters.getByRole("link", { name: L.uk.letters.reader_title }).click();
  await page.getByRole("heading", { level: 1, name: L.uk.letters.title }).waitFor();
  await context.close();
});
