// The guidance in the browser: every page in every language offline, the phone links exact,
// help one tap away, external links marked, unknown ids helpful.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { L, LANGS, PAGES, REVIEWED, STEPS, TOPICS, formatDate, key } from "./fixtures.mjs";
import {
  containing, expectText, rendered, startBoth, stopBoth, withOfflineVisit, withPage,
} from "./harness.mjs";

// No source has been checked on the live page yet (src/content/sources.rs VERIFIED), so every
// article says it was checked against stored copies, never that it was checked live.
const reviewedText = (lang) => L[lang].article.reviewed_copies.replace("{{ date }}", formatDate(lang, REVIEWED));
const pageDated = (lang) => L[lang].article.page_date.split("{{ date }}")[0];

// One nginx and one Chromium for the file; every test has its own profile and page, and the
// test that stops nginx has its own.
let server, browser;
before(async () => ({ server, browser } = await startBoth()));
after(() => stopBoth({ server, browser }));
/** A test body in a fresh profile on the shared server. */
const fresh = (fn, options) => () => withPage(browser, server, options, fn);

test("home lists the six steps in order, each linking to its page", fresh(async ({ page }) => {
  await page.goto("/en/");
  await rendered(page);
  const links = page.locator("ol.stepper > li a.step-title");
  assert.equal(await links.count(), 6);
  for (const [i, id] of STEPS.entries()) {
    assert.equal(await links.nth(i).getAttribute("href"), `/en/step/${id}`);
    await expectText(links.nth(i), L.en.step[key(id)].title);
  }
  assert.equal(await page.locator("ul.topics > li > a").count(), TOPICS.length);
}));

test("links open pages in place: no reload, at the top or at their task; back works", fresh(async ({ page }) => {
  await page.goto("/en/step/registration");
  await rendered(page);
  await page.evaluate(() => { window.__samePage = true; });
  const kept = () => page.evaluate(() => window.__samePage === true);

  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  assert.ok((await page.evaluate(() => window.scrollY)) > 300, "the step page scrolls");
  await page.locator("a.step-link.next").click();
  await page.waitForURL("**/en/step/tb-test");
  await expectText(page.locator("h1"), L.en.step.tb_test.title);
  await page.waitForFunction(() => window.scrollY === 0);
  assert.ok(await kept(), "the page was not reloaded");

  await page.goBack();
  await page.waitForURL("**/en/step/registration");
  await expectText(page.locator("h1"), L.en.step.registration.title);

  // The home page's "next up" links to the step with the task's anchor.
  await page.locator("a.brand").click();
  await page.waitForURL(/\/en\/$/);
  const entries = await page.evaluate(() => history.length);
  await page.locator("a.brand").click();
  assert.equal(await page.evaluate(() => history.length), entries, "a link to the page shown adds no entry");
  const next = page.locator(".next-up a");
  const href = await next.getAttribute("href");
  assert.match(href, /^\/en\/step\/[a-z-]+#t-[a-z-]+$/);
  await next.click();
  await page.waitForURL(`**${href}`);
  const task = page.locator(href.slice(href.indexOf("#")));
  await page.waitForFunction((id) => {
    const box = document.getElementById(id)?.getBoundingClientRect();
    return box && box.top > -2 && box.top < innerHeight / 2;
  }, href.slice(href.indexOf("#") + 1));
  assert.ok(await task.isVisible());
  // The first tasks sit well below the article's first screen.
  assert.ok((await page.evaluate(() => scrollY)) > 300, "scrolled down to the task");
  assert.ok(await kept(), "the page was not reloaded");
}));

test("the phone links are exactly right", fresh(async ({ page }) => {
  await page.goto("/en/topic/help");
  await rendered(page);
  const hrefs = await page.locator("main a[href^='tel:']").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  for (const tel of ["tel:112", "tel:113", "tel:02800", "tel:116117", "tel:+4723351500", "tel:+4780030300"]) {
    assert.ok(hrefs.includes(tel), `${tel} in ${hrefs}`);
  }
  assert.ok(hrefs.every((h) => /^tel:\+?\d+$/.test(h)), hrefs.join(" "));
  const udi = page.locator("main a[href='tel:+4723351500']").first();
  await expectText(udi, "+47 23 35 15 00");
  await expectText(udi.locator("xpath=.."), /Monday–Friday 8:00–15:00/);
}));

test("the About page says the guide is not the authorities', and what it rests on, in every language", fresh(async ({ page }) => {
  for (const lang of ["uk", "ru", "en", "nb"]) {
    await page.goto(`/${lang}/about`);
    await rendered(page);
    await expectText(page.getByTestId("not-official"), L[lang].about.not_official, lang);
    await expectText(page.getByTestId("old-pages"), L[lang].about.old_pages, lang);
    const text = await page.locator("main").innerText();
    assert.ok(!text.includes(L[lang].article.reviewed.split("{{")[0].trim()), `${lang}: no claim of a live check`);
  }
}));

test("200 days after the sources' check every article says the guide may be out of date, and not before", async () => {
  // The phone's clock decides, so it works offline. 2026-12-02 + 194 days = 2027-06-14; + 173 = 2027-05-24.
  for (const [when, shown] of [["2027-06-14T10:00:00", true], ["2027-05-24T10:00:00", false], ["2026-11-26T10:00:00", false]]) {
    await withPage(browser, server, { locale: "en-GB" }, async ({ page: p }) => {
      await p.clock.setFixedTime(new Date(when));
      for (const path of ["/en/step/registration", "/uk/topic/travel", "/nb/topic/money"]) {
        await p.goto(path);
        await rendered(p);
        await p.getByTestId("reviewed").waitFor();
        const notice = p.getByTestId("stale");
        assert.equal(await notice.count(), shown ? 1 : 0, `${when} ${path}`);
        if (shown) {
          const lang = path.split("/")[1];
          // Counted from the page's own sources: before any live check, the review day.
          await expectText(notice, containing(formatDate(lang, REVIEWED)), `${when} ${path}`);
          await expectText(notice, containing(L[lang].article.stale.split("{{")[0].trim()), `${when} ${path}`);
          assert.equal(await notice.locator("a[href='https://www.udi.no/']").count(), 1);
          assert.equal(await notice.locator("a[href='tel:+4723351500']").count(), 1);
        }
      }
    });
  }
});

test("the rules-change warning stands near the top of the four pages where old rules harm most", fresh(async ({ page }) => {
  for (const [kind, id] of [["step", "registration"], ["topic", "eligibility"], ["topic", "extension"], ["topic", "travel"], ["step", "eid"]]) {
    await page.goto(`/en/${kind}/${id}`);
    await rendered(page);
    const warning = page.locator("article .rules-notice");
    const expected = id === "eid" ? 0 : 1;
    assert.equal(await warning.count(), expected, id);
    if (expected) {
      // Above the first section of the text.
      const above = await page.evaluate(() =>
        document.querySelector("article .rules-notice").compareDocumentPosition(document.querySelector("article.article > div > h2")) & Node.DOCUMENT_POSITION_FOLLOWING);
      assert.ok(above, id);
    }
  }
  assert.equal(await page.locator("footer.site-footer .rules-notice").count(), 0);
}));

test("every step and topic renders offline in all four languages, with help one tap away", async () => {
  // Its own nginx, stopped after a first visit (see offlineVisit).
  await withOfflineVisit(browser, async ({ server, page, problems }) => {
    for (const lang of LANGS) {
      for (const { kind, id } of PAGES) {
        const texts = L[lang][kind][key(id)];
        await page.goto(`${server.url}/${lang}/${kind}/${id}`);
        const h1 = page.getByRole("heading", { level: 1 });
        await h1.waitFor();
        await expectText(h1, texts.title, `${lang} ${kind}/${id}`);
        assert.equal(await page.getAttribute("html", "lang"), lang);
        assert.equal(await page.title(), `${texts.title} · Veiviser`);
        // The page's own section headings, in order.
        const headings = texts.body.split("\n\n").filter((b) => b.startsWith("## ")).map((b) => b.slice(3));
        const shown = await page.locator("article.article > div > h2").allTextContents();
        assert.deepEqual(shown, headings, `${lang} ${id}: headings`);
        // When it was checked against the sources, in the page's language.
        await expectText(page.getByTestId("reviewed"), reviewedText(lang), `${lang} ${id}`);
        // One numbered entry per source cited, each reference leading to its entry.
        const cited = new Set([...`${texts.summary}\n${texts.body}`.matchAll(/\[src:([^\]]+)\]/g)].flatMap((m) => m[1].split(",")));
        const sources = page.locator("footer.sources li");
        assert.equal(await sources.count(), cited.size, `${lang} ${id}: sources`);
        for (const text of await sources.allTextContents()) {
          const dated = text.includes(L[lang].article.undated) || text.includes(pageDated(lang));
          assert.ok(dated, `${lang} ${id}: a source without its date: ${text}`);
        }
        const refs = await page.locator("article a.ref").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
        const blocks = texts.body.split("\n\n").filter((b) => !b.startsWith("## ")).length + 1;
        assert.ok(refs.length >= blocks, `${lang} ${id}: every block has a reference (${refs.length} < ${blocks})`);
        for (const href of new Set(refs)) assert.equal(await page.locator(href).count(), 1, `${lang} ${id}: ${href}`);
        assert.equal(await page.locator(".top-bar .call-button").count(), 1, `${lang} ${id}: the call button`);
      }
    }
    assert.deepEqual(problems.errors, []);
  });
});

test("external links open outside the app, are marked, and leak no referrer", fresh(async ({ page }) => {
  await page.goto("/nb/step/eid");
  await rendered(page);
  const external = page.locator("main a[href^='https://']");
  assert.ok((await external.count()) >= 8);
  for (const a of await external.all()) {
    assert.equal(await a.getAttribute("rel"), "noopener noreferrer");
    assert.equal(await a.getAttribute("target"), "_blank");
    await expectText(a, /åpner en ekstern nettside/);
  }
}));

test("an unknown step id gives a helpful page that lists the steps", fresh(async ({ page }) => {
  await page.goto("/ru/step/no-such-step");
  await page.getByRole("heading", { level: 1, name: L.ru.not_found.title }).waitFor();
  const links = page.locator("ol.journey > li > a");
  assert.equal(await links.count(), 6);
  await links.nth(2).click();
  await page.waitForURL("**/ru/step/d-number");
  await page.getByRole("heading", { level: 1, name: L.ru.step.d_number.title }).waitFor();
}));
