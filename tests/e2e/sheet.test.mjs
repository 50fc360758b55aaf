// The printable QR codes: Chromium prints the sheet and the poster to PDF, poppler's pdftoppm
// draws each page, and jsQR reads every code back. Each must open this deployment's own address
// (its origin and base path), in the sheet's language; six codes a page and none split.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import jsQR from "jsqr";
import { PNG } from "pngjs";
import { L, STEPS, TOPICS } from "./fixtures.mjs";
import { Server, launch, newContext, rendered } from "./harness.mjs";

const ROOT = resolve(import.meta.dirname, "../..");
const DIST_BASE = process.env.E2E_DIST_BASE || join(ROOT, "target/dist-base");
const BASE = "/veiviser/";

let browser, server;
before(async () => {
  browser = await launch();
  server = await Server.start(DIST_BASE, { base: BASE });
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

/** Prints the page to PDF as a person would (A4, the page's own print CSS) and reads every code. */
async function printAndRead(page) {
  const dir = mkdtempSync(join(tmpdir(), "veiviser-pdf-"));
  const pdf = join(dir, "print.pdf");
  writeFileSync(pdf, await page.pdf({ format: "A4", preferCSSPageSize: true }));
  execFileSync("pdftoppm", ["-r", "110", "-png", pdf, join(dir, "page")]);
  const pages = readdirSync(dir).filter((f) => f.endsWith(".png")).sort();
  return pages.map((f) => readCodes(PNG.sync.read(readFileSync(join(dir, f)))));
}

/** Every QR code on one page image: jsQR finds one, which is then painted over, until none is left. */
function readCodes(png) {
  const found = [];
  for (let i = 0; i < 12; i++) {
    const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    if (!code) break;
    found.push(code.data);
    const { topLeftCorner: a, bottomRightCorner: b, topRightCorner: c, bottomLeftCorner: d } = code.location;
    const xs = [a.x, b.x, c.x, d.x], ys = [a.y, b.y, c.y, d.y];
    const pad = 12;
    const [x0, x1] = [Math.max(0, Math.min(...xs) - pad), Math.min(png.width, Math.max(...xs) + pad)];
    const [y0, y1] = [Math.max(0, Math.min(...ys) - pad), Math.min(png.height, Math.max(...ys) + pad)];
    for (let y = Math.floor(y0); y < y1; y++) png.data.fill(255, (y * png.width + Math.floor(x0)) * 4, (y * png.width + Math.ceil(x1)) * 4);
  }
  return found;
}

for (const lang of ["uk", "nb"]) {
  test(`the ${lang} QR sheet prints on A4, six codes a page, each opening its page at this deployment`, async () => {
    const { context, problems } = await newContext(browser, server);
    try {
      const page = await context.newPage();
      await page.goto(server.url + `${BASE}${lang}/share/sheet`);
      await rendered(page);
      const entries = STEPS.length + TOPICS.length;
      assert.equal(await page.locator(".qr-entry svg.qr").count(), entries);
      const pages = await printAndRead(page);
      assert.equal(pages.length, Math.ceil(entries / 6), `pages: ${pages.map((p) => p.length)}`);
      for (const [i, codes] of pages.entries()) {
        assert.ok(codes.length <= 8 && (codes.length >= 6 || i === pages.length - 1), `page ${i + 1} has ${codes.length} codes`);
      }
      const want = [...STEPS.map((id) => `step/${id}`), ...TOPICS.map((id) => `topic/${id}`)].map((p) => `${server.url}${BASE}${lang}/${p}`);
      // Every code read back whole, once: none was cut by a page break.
      assert.deepEqual(pages.flat().sort(), want.sort());
      // The titles in the sheet's language and in Norwegian, and the address as text.
      const first = page.locator(".qr-entry").first();
      await first.getByText(L[lang].step.registration.title, { exact: true }).waitFor();
      if (lang !== "nb") await first.getByText(L.nb.step.registration.title, { exact: true }).waitFor();
      await first.getByText(want[0], { exact: true }).waitFor();
      assert.deepEqual(problems.errors, []);
    } finally {
      await context.close();
    }
  });
}

test("the poster prints on one page with one code for the guide and a line in each language", async () => {
  const { context } = await newContext(browser, server);
  try {
    const page = await context.newPage();
    await page.goto(server.url + `${BASE}en/share/poster`);
    await rendered(page);
    for (const lang of ["uk", "ru", "en", "nb"]) await page.locator(`.poster-line[lang=${lang}]`).getByText(L[lang].share.poster_line).waitFor();
    const pages = await printAndRead(page);
    assert.deepEqual(pages, [[`${server.url}${BASE}`]]);
  } finally {
    await context.close();
  }
});

test("the sheet works offline, from the app's own files", async () => {
  const own = await Server.start(DIST_BASE, { base: BASE });
  const { context } = await newContext(browser, own);
  try {
    const page = await context.newPage();
    await page.goto(own.url + `${BASE}ru/`);
    await rendered(page);
    await page.evaluate(async () => navigator.serviceWorker.ready);
    await page.reload();
    await rendered(page);
    await own.stop();
    await context.setOffline(true);
    await page.goto(own.url + `${BASE}ru/share/sheet`);
    await rendered(page);
    assert.equal(await page.locator(".qr-entry svg.qr").count(), STEPS.length + TOPICS.length);
  } finally {
    await context.close();
    await own.stop();
  }
});
