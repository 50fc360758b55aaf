// Offline with the server really stopped, and the update flow from one build to the next.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { DIST_UPDATE, firstVisit, launch, rendered } from "./harness.mjs";

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

async function checkOffline(page, context, server) {
  await server.stop();
  await context.setOffline(true);
  await page.reload();
  await rendered(page);
  await page.getByRole("link", { name: "Про застосунок" }).click();
  await page.getByRole("heading", { level: 1, name: "Про Veiviser" }).waitFor();
  // A deep link typed as a URL, in another language.
  await page.goto(server.url + "/ru/about");
  await page.getByRole("heading", { level: 1, name: "О Veiviser" }).waitFor();
  await page.goto(server.url + "/nb/");
  await page.getByRole("heading", { level: 1, name: "Din vei" }).waitFor();
}

test("offline: with nginx stopped, home, about and a typed deep link all render", async () => {
  const { server, context, problems, page } = await firstVisit(browser, "/uk/");
  await checkOffline(page, context, server);
  assert.deepEqual(problems.errors, []);
  await context.close();
});

test("first visit: the service worker reuses what the page downloaded, so each file crosses the network once", async () => {
  const { server, context, page } = await firstVisit(browser, "/uk/step/registration");
  try {
    const got = server.requests().filter((r) => r.method === "GET" && r.status === 200);
    const wasm = got.filter((r) => r.uri.endsWith(".wasm"));
    assert.equal(wasm.length, 1, JSON.stringify(got));
    const counts = new Map();
    for (const r of got) counts.set(r.uri, (counts.get(r.uri) || 0) + 1);
    // The navigation got the pre-rendered page; the SW fetches the shell it serves from then on.
    // Every file, the wasm above all, crosses the network once.
    assert.equal(counts.get("/uk/step/registration/index.html"), 1, JSON.stringify(got));
    assert.equal(counts.get("/index.html"), 1, JSON.stringify(got));
    for (const [uri, n] of counts) assert.equal(n, 1, `${uri} was downloaded ${n} times`);
  } finally {
    await server.stop();
    await context.close();
  }
});

test("update: a new build shows the banner, its button brings the new version, offline still works", async () => {
  const { server, context, page } = await firstVisit(browser, "/uk/about");
  const oldVersion = await page.getByTestId("version").textContent();
  assert.ok(!oldVersion.includes("update-test"), "the first build is the plain one");
  assert.equal(await page.getByRole("status").count(), 0, "no banner without an update");

  server.serve(DIST_UPDATE);
  await page.reload();
  const banner = page.getByRole("status").filter({ hasText: "Доступна нова версія" });
  await banner.waitFor();
  // The old build keeps running until the person chooses.
  assert.equal(await page.getByTestId("version").textContent(), oldVersion);
  await Promise.all([page.waitForEvent("load"), banner.getByRole("button", { name: "Оновити зараз" }).click()]);
  await page.getByTestId("version").filter({ hasText: "update-test" }).waitFor();

  await checkOffline(page, context, server);
  await page.goto(server.url + "/uk/about");
  assert.match(await page.getByTestId("version").textContent(), /update-test/);
  await context.close();
});
