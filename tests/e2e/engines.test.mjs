// The core flows in all three engines this machine has: Blink (Chromium), Gecko (Firefox ESR)
// and WebKit (WebKitGTK). Phones run Blink and WebKit (Safari, and every iPhone browser).
import { test } from "node:test";
import assert from "node:assert/strict";
import { DIST, DIST_UPDATE, Server } from "./harness.mjs";
import { ENGINES } from "./engines.mjs";
import { L } from "./fixtures.mjs";

/** How each engine names itself, so a test cannot pass in the wrong browser. */
const SELF = { chromium: /Chrome\//, firefox: /Firefox\//, webkit: /AppleWebKit\/(?!.*Chrome)/ };

/** The app has taken over: its own heading, no pre-rendered nodes, live controls. */
const appShows = (title) =>
  document.querySelector("main h1")?.textContent === title && !document.querySelector("[data-prerendered]");

for (const [name, open, installed] of ENGINES) {
  test(`${name}: deep link, service worker, a tick, offline in another language, an update`, async () => {
    assert.ok(installed, `${name} is not installed: bash scripts/setup.sh installs it`);
    const server = await Server.start(DIST);
    const tab = await open();
    try {
      // 1. A first visit to a QR-code deep link gets the pre-rendered page, then the app.
      const html = await (await fetch(server.url + "/uk/step/tb-test")).text();
      assert.ok(html.includes("data-prerendered") && html.includes(L.uk.step.tb_test.title), "pre-rendered");
      await tab.goto(server.url + "/uk/step/tb-test");
      assert.match(await tab.eval(() => navigator.userAgent), SELF[name]);
      await tab.waitFor(appShows, L.uk.step.tb_test.title);
      await tab.waitFor(() => {
        const box = document.querySelector("#task-tb-test");
        return box && !box.disabled && document.documentElement.lang === "uk";
      });

      // 2. The service worker controls the page after a reload (a bounded wait for `ready`).
      await tab.eval(() => {
        navigator.serviceWorker.ready.then(() => (window.__swReady = true));
      });
      await tab.waitFor(() => window.__swReady === true);
      await tab.reload();
      await tab.waitFor(() => navigator.serviceWorker.controller !== null);
      await tab.waitFor(appShows, L.uk.step.tb_test.title);
      assert.equal(await tab.eval(() => navigator.serviceWorker.controller.scriptURL), server.url + "/sw.js");

      // 3. A tick survives a reload.
      await tab.click("#task-tb-test");
      await tab.waitFor(() => (localStorage.getItem("veiviser.data") || "").includes('"tb-test":{"status":"done"'));
      await tab.reload();
      await tab.waitFor(appShows, L.uk.step.tb_test.title);
      assert.equal(await tab.eval(() => document.querySelector("#task-tb-test").checked), true, "tick kept");

      // 4. With nginx stopped, a deep link in another language opens from the service worker.
      await server.stop();
      await tab.goto(server.url + "/ru/topic/travel");
      await tab.waitFor(appShows, L.ru.topic.travel.title);
      assert.equal(await tab.eval(() => document.documentElement.lang), "ru");

      // 5. A new build: the banner waits for the person, and its button switches to it.
      server.serve(DIST_UPDATE);
      await server.restart();
      await tab.goto(server.url + "/en/about");
      await tab.waitFor(appShows, L.en.about.title);
      await tab.eval(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
      await tab.waitFor((text) => [...document.querySelectorAll(".banner p")].some((p) => p.textContent === text), L.en.update.available);
      assert.doesNotMatch(await tab.eval(() => document.querySelector("[data-testid=version]").textContent), /update-test/);
      await tab.click(".banner-update button");
      await tab.waitFor(() => /update-test/.test(document.querySelector("[data-testid=version]")?.textContent || ""));
    } finally {
      await tab.close();
      await server.stop();
    }
  });
}

for (const [name, open, installed] of ENGINES) {
  test(`${name}: nothing is lost: newer data is read-only, a removed person comes back with Undo`, async () => {
    assert.ok(installed, `${name} is not installed: bash scripts/setup.sh installs it`);
    const server = await Server.start(DIST);
    const tab = await open();
    try {
      await tab.goto(server.url + "/en/step/tb-test");
      await tab.waitFor(appShows, L.en.step.tb_test.title);
      await tab.click("#task-tb-test");
      await tab.waitFor(() => (localStorage.getItem("veiviser.data") || "").includes('"tb-test":{"status":"done"'));

      // A newer build wrote its format: this build shows it cannot change it, and changes nothing.
      const newer = JSON.stringify({ version: 99, data: { people: [] } });
      await tab.eval((v) => localStorage.setItem("veiviser.data", v), newer);
      await tab.reload();
      await tab.waitFor(appShows, L.en.step.tb_test.title);
      await tab.waitFor(() => !!document.querySelector("[data-testid=newer-data]"));
      assert.equal(await tab.eval(() => document.querySelector("#task-tb-contact-health").disabled), true);
      await tab.eval(() => document.querySelector("#task-tb-contact-health").click());
      assert.equal(await tab.eval(() => localStorage.getItem("veiviser.data")), newer, "left byte for byte");
      assert.equal(await tab.eval(() => localStorage.getItem("veiviser.backup.1")), null);

      // Back to this build's data: add a person, remove them, undo.
      await tab.eval(() => localStorage.clear());
      await tab.goto(server.url + "/en/settings");
      await tab.waitFor(appShows, L.en.checklist.settings);
      await tab.eval(() => document.querySelector(".profile-switcher .add-person").click());
      await tab.eval((label) => [...document.querySelectorAll("[data-testid=add-who] button")].find((b) => b.textContent === label).click(), L.en.checklist.person_adult);
      await tab.waitFor(() => JSON.parse(localStorage.getItem("veiviser.data") || "{}").data?.profiles.length === 2);
      await tab.eval((label) => [...document.querySelectorAll("button")].find((b) => b.textContent === label).click(), L.en.checklist.remove_profile);
      await tab.waitFor(() => JSON.parse(localStorage.getItem("veiviser.data")).data.profiles.length === 1);
      await tab.eval((label) => [...document.querySelectorAll("[data-testid=removed] button")].find((b) => b.textContent === label).click(), L.en.checklist.undo);
      await tab.waitFor(() => JSON.parse(localStorage.getItem("veiviser.data")).data.profiles.length === 2);
    } finally {
      await tab.close();
      await server.stop();
    }
  });
}
