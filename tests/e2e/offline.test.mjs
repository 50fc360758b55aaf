// Offline with the server really stopped, and the update flow from one build to the next.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { firstVisit, launch, offlineTour, updateThenOffline } from "./harness.mjs";

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test("offline: with nginx stopped, home, about and a typed deep link all render", async () => {
  const { server, context, problems, page } = await firstVisit(browser, "/uk/");
  try {
    await offlineTour(page, context, server);
    assert.deepEqual(problems.errors, []);
  } finally {
    await context.close();
    await server.stop();
  }
});

test("first visit: the service worker reuses what the page downloaded, so each file crosses the network once", async () => {
  const { server, context } = await firstVisit(browser, "/uk/step/registration");
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
  // The flow is shared with updates.test.mjs (there in English): see updateThenOffline.
  await updateThenOffline(browser, "uk");
});
