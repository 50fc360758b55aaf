// The rules that decide rights in 2026–27 (current-rules.md section 13), as a person meets them:
// the reported safe oblasts named and marked unconfirmed in every language, beside UDI's own
// list; a family living privately sees its IMDi deadline and five-year date on the progress page
// and in the calendar file; the home page says how current the guide is and links its change log.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import ICAL from "ical.js";
import { L, LANGS, formatDate } from "./fixtures.mjs";
import { axe, containing, expectText, rendered, startBoth, stopBoth, withPage } from "./harness.mjs";

let server, browser;
before(async () => ({ server, browser } = await startBoth()));
after(() => stopBoth({ server, browser }));
const fresh = (fn, options) => () => withPage(browser, server, options, fn);

const FACTS = JSON.parse(await readFile(new URL("../data/facts.json", import.meta.url), "utf8"));
const ymd = (iso) => iso.split("-").map(Number);

// Three of the eight oblasts news reported on 14 January 2025, and a word that says the guide
// could not confirm it, in each language's own spelling (the same as tests/content.rs).
const REPORTED = {
  en: { oblasts: ["Poltava", "Vinnytsia", "Zhytomyr"], unconfirmed: "could not confirm" },
  uk: { oblasts: ["Полтав", "Вінниц", "Житомир"], unconfirmed: "не зміг підтвердити" },
  ru: { oblasts: ["Полтав", "Винниц", "Житомир"], unconfirmed: "не смог подтвердить" },
  nb: { oblasts: ["Poltava", "Vinnytsja", "Zjytomyr"], unconfirmed: "ikke kunnet bekrefte" },
};

for (const lang of LANGS) {
  test(`${lang}: the eligibility page names the reported oblasts, says they are not confirmed, and cites UDI beside the news`, fresh(async ({ page }) => {
    await page.goto(`/${lang}/topic/eligibility`);
    await rendered(page);
    const { oblasts, unconfirmed } = REPORTED[lang];
    let block = page.locator("main .note, main p");
    for (const name of oblasts) block = block.filter({ hasText: name });
    block = block.first();
    await expectText(block, containing(unconfirmed));
    // Its references: a news report, labelled as news, and UDI's own page.
    const refs = await block.locator("a.ref").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    assert.ok(refs.length >= 2, `${lang}: the block cites its sources (${refs})`);
    const items = await Promise.all(refs.map((href) => page.locator(href).evaluate((li) => ({
      news: li.classList.contains("news"),
      text: li.textContent,
    }))));
    const news = items.filter((i) => i.news);
    assert.ok(news.length >= 1, `${lang}: a news source`);
    for (const n of news) assert.ok(n.text.includes(L[lang].article.news), `${lang}: shown as news: ${n.text}`);
    assert.ok(items.some((i) => !i.news && i.text.includes(L[lang].publisher.udi)), `${lang}: UDI's page beside the news`);
  }));
}

/** Clicks the button and parses the file it saves. */
async function savedCalendar(page, button) {
  const [download] = await Promise.all([page.waitForEvent("download"), button.click()]);
  const text = await readFile(await download.path(), "utf8");
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
}

const enterDate = async (page, task, value, lang) => {
  await page.locator(`#t-${task}`).getByRole("button", { name: L[lang].checklist.add_date }).click();
  await page.locator(`#date-${task}`).fill(value);
  await page.locator(`#date-${task}`).dispatchEvent("change");
};

/** Answers "Where do you live now?" in Settings (Ukrainian) and saves. */
async function setHousing(page, answer) {
  await page.goto("/uk/settings");
  await rendered(page);
  await page.getByRole("group", { name: L.uk.questions.housing }).getByLabel(answer).check();
  await page.getByRole("button", { name: L.uk.questions.save }).click();
  await page.getByText(L.uk.questions.saved).waitFor();
}

test("a family living privately enters the day the police told the decision: the IMDi date is on the progress page and in the .ics", fresh(async ({ page, problems }) => {
  const uk = L.uk;
  await setHousing(page, uk.questions.housing_private);

  await page.goto("/uk/step/settlement");
  await rendered(page);
  await enterDate(page, "decision-told", "2026-08-31", "uk");
  await page.goto("/uk/step/residence-card");
  await rendered(page);
  await enterDate(page, "first-permit", "2022-03-11", "uk");

  await page.goto("/uk/progress");
  await rendered(page);
  const reminders = page.locator("section.reminders");
  const imdiDate = formatDate("uk", [2027, 2, 28]);
  const imdi = reminders.locator("li").filter({ hasText: imdiDate });
  await expectText(imdi.first(), containing(uk.checklist.reminder_imdi.split("{{")[0].trim()));
  await reminders.locator("li").filter({ hasText: formatDate("uk", [2027, 3, 11]) }).first().waitFor();

  const events = await savedCalendar(page, reminders.getByRole("button", { name: uk.calendar.all }));
  const by = Object.fromEntries(events.map((e) => [e.summary, e]));
  assert.equal(by[uk.calendar.imdi]?.startDate.toString(), "2027-02-28", Object.keys(by).join(" | "));
  assert.ok(by[uk.calendar.imdi].startDate.isDate, "a whole day");
  assert.ok(by[uk.calendar.imdi].description.includes(imdiDate), "its sentence as the description");
  assert.equal(by[uk.calendar.five_years]?.startDate.toString(), "2027-03-11");

  // Living at a reception centre instead: no IMDi deadline (the centre settles its residents).
  await setHousing(page, uk.questions.housing_centre);
  await page.goto("/uk/progress");
  await rendered(page);
  await reminders.locator("li").filter({ hasText: formatDate("uk", [2027, 3, 11]) }).first().waitFor();
  assert.equal(await reminders.locator("li").filter({ hasText: imdiDate }).count(), 0, "no IMDi date from a reception centre");
  assert.deepEqual(problems.errors, []);
}));

for (const lang of LANGS) {
  test(`${lang}: home says when the newest rule took effect and links the change log, which lists this update first`, fresh(async ({ page }) => {
    await page.goto(`/${lang}/`);
    await rendered(page);
    const line = page.getByTestId("rules-date");
    await expectText(line, containing(formatDate(lang, ymd(FACTS.newest_rule))));
    await line.getByRole("link", { name: L[lang].home.changes_link }).click();
    await page.waitForURL(`**/${lang}/changes`);
    await expectText(page.locator("main h1"), L[lang].changelog.title);
    const first = page.getByTestId("change-log").locator(":scope > li").first();
    await expectText(first.locator("p").first(), containing(L[lang].changes.c2026_12_07));
    await first.getByRole("link", { name: L[lang].topic.eligibility.title }).waitFor();
    assert.deepEqual(await axe(page), [], `${lang}: the change log passes axe`);
  }, { bypassCSP: true }));
}
