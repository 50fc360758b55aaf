// iPhone storage: Safari may delete a website's data after seven days without a visit, unless
// the app was added to the home screen. On iOS Safari, not standalone, the app says so once,
// next to the "Add to Home Screen" how-to, with the data download.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { L } from "./fixtures.mjs";
import { Server, expectText, launch, newContext, rendered } from "./harness.mjs";

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

const IPHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1";

test("on an iPhone in Safari the footer says once that data may be deleted after seven days, with the download", async () => {
  const server = await Server.start();
  try {
    const { context } = await newContext(browser, server, {
      locale: "en-GB", userAgent: IPHONE, hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 },
    });
    const page = await context.newPage();
    await page.goto("/en/step/tb-test");
    await rendered(page);
    await page.locator("#task-tb-test").check();
    const howto = page.getByTestId("ios-howto");
    await howto.waitFor();
    await expectText(howto.locator("p").first(), L.en.install.ios);
    await expectText(howto.locator("p").nth(1), L.en.install.ios_storage);
    assert.equal(await page.getByText(L.en.install.ios_storage).count(), 1, "said once");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      howto.getByRole("button", { name: L.en.data.export }).click(),
    ]);
    assert.match(readFileSync(await download.path(), "utf8"), /"tb-test":\{"status":"done"/);
    await context.close();

    // Installed on the Home Screen (standalone), or another phone: no such notice.
    for (const options of [{ userAgent: IPHONE, hasTouch: true, standalone: true }, { userAgent: undefined }]) {
      const { standalone, ...rest } = options;
      const { context: other } = await newContext(browser, server, { locale: "en-GB", ...rest });
      if (standalone) await other.addInitScript(() => Object.defineProperty(navigator, "standalone", { get: () => true }));
      const p = await other.newPage();
      await p.goto("/en/");
      await rendered(p);
      await p.locator("footer.site-footer nav").waitFor();
      // The install offer is set up with the service worker's registration, after the takeover.
      await p.waitForFunction(async () => !!(await navigator.serviceWorker.getRegistration()));
      assert.equal(await p.getByTestId("ios-howto").count(), 0, JSON.stringify(options));
      await other.close();
    }
  } finally {
    await server.stop();
  }
});
