// Reach, offline in Chromium: QR codes that decode to the page's own address, search that
// forgives typos and scripts, Norwegian beside the reader's language, and phrase cards.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { L, LANGS } from "./fixtures.mjs";
import { expectText, launch, rendered, withOfflineVisit } from "./harness.mjs";

const require = createRequire(import.meta.url);
const jsQR = require("jsqr");
const { PNG } = require("pngjs");

// One Chromium for the file. Every test runs offline in its own profile, after a first visit to
// its own nginx, which it stops (see offlineVisit).
let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});
/** A test body run offline (see withOfflineVisit). */
const offline = (fn) => () => withOfflineVisit(browser, fn);

async function decodeQr(locator) {
  await locator.evaluate((el) => el.scrollIntoView({ block: "center" }));
  const png = PNG.sync.read(await locator.screenshot());
  const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  assert.ok(code, "the QR code decodes");
  return code.data;
}

test("the QR code on a step page decodes to exactly that page's URL", offline(async ({ server, page }) => {
  await page.goto(`${server.url}/uk/step/eid`);
  await rendered(page);
  await page.getByRole("button", { name: L.uk.share.qr_show }).click();
  const svg = page.locator("svg.qr");
  assert.equal(await decodeQr(svg), `${server.url}/uk/step/eid`);
  assert.match(await svg.getAttribute("aria-label"), /\/uk\/step\/eid/);
}));

test("a volunteer reading Norwegian shows a page's code that opens it in Ukrainian", offline(async ({ server, page }) => {
  await page.goto(`${server.url}/nb/step/settlement`);
  await rendered(page);
  await page.getByRole("button", { name: L.nb.share.qr_show }).click();
  const svg = page.locator("svg.qr");
  assert.equal(await decodeQr(svg), `${server.url}/nb/step/settlement`);
  await page.getByLabel(L.nb.share.qr_language).selectOption("uk");
  await expectText(page.locator(".qr-figure figcaption"), /\/uk\/step\/settlement$/);
  assert.equal(await decodeQr(svg), `${server.url}/uk/step/settlement`);
  // The interface stays Norwegian.
  assert.equal(new URL(page.url()).pathname, "/nb/step/settlement");
}));

test("the share page's QR code opens the app's root", offline(async ({ server, page }) => {
  await page.goto(`${server.url}/en/share`);
  await page.getByRole("heading", { level: 1, name: L.en.share.title }).waitFor();
  assert.equal(await decodeQr(page.locator("svg.qr")), `${server.url}/`);
}));

async function firstHit({ server, page }, lang, query) {
  await page.goto(`${server.url}/${lang}/search`);
  await page.getByLabel(L[lang].search.label).fill(query);
  const first = page.locator(".hits li").first();
  await first.waitFor();
  return first;
}

test("search finds known pages from a typo, from Cyrillic and from Latin transliteration", offline(async (visit) => {
  const { page } = visit;
  let hit = await firstHit(visit, "en", "tuberculosys");
  await expectText(hit.locator("a"), L.en.step.tb_test.title);
  hit = await firstHit(visit, "uk", "туберкульоз");
  await expectText(hit.locator("a"), L.uk.step.tb_test.title);
  await expectText(hit.locator("mark").first(), /туберкульоз/i);
  hit = await firstHit(visit, "uk", "poselennya");
  await expectText(hit.locator("a"), L.uk.step.settlement.title);
  hit = await firstHit(visit, "ru", "байпас");
  await expectText(hit.locator("a"), L.ru.step.eid.title);
  await hit.locator("a").click();
  await page.getByRole("heading", { level: 1, name: L.ru.step.eid.title }).waitFor();
}));

test("search from home, and labelled results from other languages when none match", offline(async ({ server, page }) => {
  await page.goto(`${server.url}/en/`);
  await page.getByLabel(L.en.search.label).fill("bosettingsdatoen");
  await page.getByRole("button", { name: L.en.search.button, exact: true }).click();
  await page.waitForURL("**/en/search?q=bosettingsdatoen");
  await page.getByText(L.en.search.other_languages).waitFor();
  const first = page.locator(".hits li").first();
  assert.notEqual(await first.getAttribute("lang"), "en");
}));

test("show to staff puts Norwegian next to Ukrainian", offline(async ({ server, page }) => {
  await page.goto(`${server.url}/uk/step/tb-test`);
  await page.getByRole("button", { name: L.uk.staff.show }).click();
  const title = page.locator(".pair-title");
  await expectText(title.locator("[lang=uk]"), L.uk.step.tb_test.title);
  await expectText(title.locator("[lang=nb]"), L.nb.step.tb_test.title);
  const pairs = page.locator(".staff-view .pair:not(.pair-title)");
  assert.ok((await pairs.count()) >= 3);
  for (const pair of await pairs.all()) {
    assert.equal(await pair.locator(":scope > [lang=uk]").count(), 1);
    assert.equal(await pair.locator(":scope > [lang=nb]").count(), 1);
  }
  await expectText(pairs.last().locator("[lang=nb]"), /helse/);
}));

test("side by side from a Norwegian page: the volunteer picks the person's language", offline(async ({ server, page }) => {
  await page.goto(`${server.url}/nb/step/tb-test`);
  const group = page.getByRole("group", { name: L.nb.staff.beside });
  await group.getByRole("button", { name: "Русский" }).click();
  const title = page.locator(".pair-title");
  await expectText(title.locator("[lang=ru]"), L.ru.step.tb_test.title);
  await expectText(title.locator("[lang=nb]"), L.nb.step.tb_test.title);
  // The note in both languages, for both readers.
  await expectText(page.locator(".staff-note[lang=ru]"), L.ru.staff.note);
  await expectText(page.locator(".staff-note[lang=nb]"), L.nb.staff.note);
  assert.equal(await group.getByRole("button", { name: "Русский" }).getAttribute("aria-pressed"), "true");
  await group.getByRole("button", { name: L.nb.staff.hide }).click();
  await page.locator(".staff-view").waitFor({ state: "detached" });
  // From a Ukrainian page, the toggle speaks to both readers.
  await page.goto(`${server.url}/uk/step/tb-test`);
  const toggle = page.getByRole("button", { name: L.uk.staff.show });
  await expectText(toggle.locator("[lang=nb]"), L.nb.staff.show);
}));

test("the phrase cards work in all four languages", offline(async ({ server, page }) => {
  for (const lang of LANGS) {
    await page.goto(`${server.url}/${lang}/phrases`);
    await page.getByRole("heading", { level: 1, name: L[lang].phrases.title }).waitFor();
    const cards = page.locator(".phrase-card");
    assert.ok((await cards.count()) >= 15, `${lang}: ${await cards.count()} cards`);
    const card = page.locator("#p-activation_code");
    await expectText(card.locator("[lang=nb]"), L.nb.phrase.activation_code);
    if (lang !== "nb") await expectText(card.locator(`[lang=${lang}]`), L[lang].phrase.activation_code);
    await card.getByRole("button", { name: L[lang].phrases.show }).click();
    const dialog = page.getByRole("dialog");
    await expectText(dialog.locator(".fullscreen-nb"), L.nb.phrase.activation_code);
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "detached" });
  }
}));

test("an unknown step id offline gives the helpful page", offline(async ({ server, page }) => {
  await page.goto(`${server.url}/nb/step/ukjent`);
  await page.getByRole("heading", { level: 1, name: L.nb.not_found.title }).waitFor();
  assert.equal(await page.locator("ol.journey > li").count(), 6);
}));

test("the appointment card has the same Norwegian mode", offline(async ({ server, page }) => {
  await page.goto(`${server.url}/uk/step/registration`);
  await page.locator("#t-registration-place").getByRole("button", { name: L.uk.checklist.add_appointment }).click();
  await page.locator("#date-registration-place").fill("2025-03-04");
  await page.locator("#date-registration-place").dispatchEvent("change");
  const card = page.locator(".appointment-card");
  await card.waitFor();
  await card.getByRole("button", { name: L.uk.staff.show }).click();
  // The appointment's own title, not the task ("Choose where and when to register").
  await expectText(card.locator("p[lang=nb]"), L.nb.calendar.registration_place);
  await expectText(card, new RegExp(L.nb.checklist.bring_police.replace(/[.]/g, "\\.")));
  await expectText(card, /4 березня 2025/);
}));
