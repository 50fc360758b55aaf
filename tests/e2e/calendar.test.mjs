// "Add to calendar": an appointment or a reminder becomes an .ics file the phone's calendar opens.
// A strict parser (ical.js) must read back the date, time, time zone, place and the alarm.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import ICAL from "ical.js";
import { L } from "./fixtures.mjs";
import { launch, newContext, rendered, Server } from "./harness.mjs";

let server, browser;
before(async () => {
  server = await Server.start();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

/** Clicks the button and parses the file it saves. */
async function saved(page, button) {
  const [download] = await Promise.all([page.waitForEvent("download"), button.click()]);
  assert.match(download.suggestedFilename(), /^veiviser-.*\.ics$/);
  const text = await readFile(await download.path(), "utf8");
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const tz of calendar.getAllSubcomponents("vtimezone")) {
    ICAL.TimezoneService.register(tz);
  }
  return { text, events: calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v)) };
}

const field = async (page, id, value) => {
  await page.locator(`#${id}`).fill(value);
  await page.locator(`#${id}`).dispatchEvent("change");
};

test("an appointment is in the calendar in two taps: its date, time, place, and an alarm the day before", async () => {
  const { context } = await newContext(browser, server, { viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto("/nb/step/registration");
  await rendered(page);
  await page.locator("#t-registration-place").getByRole("button", { name: L.nb.checklist.add_appointment }).click();
  await field(page, "date-registration-place", "2027-03-30");
  await field(page, "time-registration-place", "09:30");
  await field(page, "place-registration-place", "Politihuset, Grønlandsleiret 44; Oslo");
  const card = page.locator(".appointment-card");
  const { text, events } = await saved(page, card.getByRole("button", { name: L.nb.calendar.add }));

  assert.match(text, /\r\n/, "CRLF line ends");
  assert.equal(events.length, 1);
  const [event] = events;
  assert.equal(event.summary, L.nb.calendar.registration_place);
  assert.equal(event.location, "Politihuset, Grønlandsleiret 44; Oslo");
  assert.equal(event.startDate.toString(), "2027-03-30T09:30:00");
  assert.equal(event.startDate.zone.tzid, "Europe/Oslo");
  // Summer time in Norway: 09:30 is 07:30 UTC.
  assert.equal(event.startDate.toUnixTime(), Date.UTC(2027, 2, 30, 7, 30) / 1000);
  assert.ok(event.endDate.compare(event.startDate) > 0, "it ends after it starts");
  assert.ok(event.uid && event.component.getFirstPropertyValue("dtstamp"), "UID and DTSTAMP");
  const alarm = event.component.getFirstSubcomponent("valarm");
  assert.equal(alarm.getFirstPropertyValue("trigger").toString(), "-P1D");

  // A note stays on the phone unless the person ticks "include my notes".
  const include = card.getByLabel(L.nb.calendar.include_notes);
  assert.equal(await include.count(), 0, "no choice while there is no note");
  await field(page, "note-registration-place", "Ta med fødselsattesten til Olena");
  assert.equal(await include.isChecked(), false);
  const without = await saved(page, card.getByRole("button", { name: L.nb.calendar.add }));
  assert.doesNotMatch(without.text, /Olena/);
  await include.check();
  const withNote = await saved(page, card.getByRole("button", { name: L.nb.calendar.add }));
  assert.equal(withNote.events[0].description, "Ta med fødselsattesten til Olena");
  await context.close();
});

test("'All my dates' gives one file with every reminder; a date without a time is a whole day", async () => {
  const { context } = await newContext(browser, server);
  const page = await context.newPage();
  await page.goto("/uk/step/residence-card");
  await rendered(page);
  await page.locator("#t-permit-expiry").getByRole("button", { name: L.uk.checklist.add_date }).click();
  await field(page, "date-permit-expiry", "2027-03-04");
  await page.locator("#t-police-photo").getByRole("button", { name: L.uk.checklist.add_appointment }).click();
  await field(page, "date-police-photo", "2027-01-12");
  await page.goto("/uk/");
  await rendered(page);
  const reminders = page.locator("section.reminders");
  const { events } = await saved(page, reminders.getByRole("button", { name: L.uk.calendar.all }));

  // The appointment, the extension letter, and the expiry itself with its follow-up.
  assert.equal(events.length, 3);
  const bySummary = Object.fromEntries(events.map((e) => [e.summary, e]));
  assert.equal(bySummary[L.uk.calendar.expires]?.startDate.toString(), "2027-03-04");
  const photo = bySummary[L.uk.calendar.police_photo];
  // No time given: a whole-day event, never a guessed time.
  assert.ok(photo.startDate.isDate, "all day");
  assert.equal(photo.startDate.toString(), "2027-01-12");
  const letter = bySummary[L.uk.calendar.extension];
  assert.ok(letter, `the extension reminder (${Object.keys(bySummary)})`);
  assert.ok(letter.startDate.isDate);
  assert.ok(letter.description.includes("UDI"), "its full sentence as the description");
  // Each event's own button gives a file with that one event.
  const one = await saved(page, reminders.locator("li").first().getByRole("button", { name: L.uk.calendar.add }));
  assert.equal(one.events.length, 1);
  await context.close();
});
