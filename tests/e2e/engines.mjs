// The three engines this machine has, behind one small interface for the core flows:
// Chromium (Blink) and Firefox ESR (Gecko) through puppeteer-core, WebKitGTK through its W3C
// WebDriver server under Xvfb. Debian's packages only: nothing is downloaded.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import puppeteer from "puppeteer-core";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../../tools/common.mjs";
import { freePort } from "./harness.mjs";

export const FIREFOX_PATH = "/usr/bin/firefox-esr";
export const MINIBROWSER_PATH = "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser";
const WAIT_MS = 20_000;

/**
 * One browser tab, the same in every engine:
 * goto(url), reload(), eval(fn, ...args) → JSON value, waitFor(fn, ...args), click(selector),
 * close(). `fn` is a function; it runs in the page.
 */
class PuppeteerTab {
  constructor(browser, page) {
    this.browser = browser;
    this.page = page;
  }
  async goto(url) {
    await this.page.goto(url, { waitUntil: "load" });
  }
  async reload() {
    await this.page.reload({ waitUntil: "load" });
  }
  eval(fn, ...args) {
    return this.page.evaluate(fn, ...args);
  }
  async waitFor(fn, ...args) {
    await this.page.waitForFunction(fn, { timeout: WAIT_MS, polling: 100 }, ...args);
  }
  async click(selector) {
    await this.page.waitForSelector(selector, { timeout: WAIT_MS });
    await this.page.click(selector);
  }
  async close() {
    await this.browser.close();
  }
}

async function puppeteerTab(options) {
  const browser = await puppeteer.launch({ headless: true, ...options });
  const [page] = await browser.pages();
  return new PuppeteerTab(browser, page ?? (await browser.newPage()));
}

export const chromium = () =>
  puppeteerTab({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    userDataDir: mkdtempSync(join(tmpdir(), "veiviser-chromium-")),
  });

// Firefox over WebDriver BiDi, with a fresh profile; no update checks or telemetry calls.
export const firefox = () =>
  puppeteerTab({
    browser: "firefox",
    executablePath: FIREFOX_PATH,
    userDataDir: mkdtempSync(join(tmpdir(), "veiviser-firefox-")),
    extraPrefsFirefox: {
      "app.update.enabled": false,
      "browser.shell.checkDefaultBrowser": false,
      "datareporting.policy.dataSubmissionEnabled": false,
      "toolkit.telemetry.enabled": false,
      "network.captive-portal-service.enabled": false,
      "network.connectivity-service.enabled": false,
      "browser.safebrowsing.malware.enabled": false,
      "browser.safebrowsing.phishing.enabled": false,
    },
  });

/** A minimal W3C WebDriver client: only what the flows need. */
class WebDriverTab {
  constructor(proc, base, session) {
    this.proc = proc;
    this.base = base;
    this.session = session;
  }
  async cmd(method, path, body) {
    const res = await fetch(`${this.base}/session/${this.session}${path}`, {
      method,
      headers: { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = await res.json();
    if (!res.ok) throw new Error(`WebDriver ${method} ${path}: ${json.value?.error} ${json.value?.message}`);
    return json.value;
  }
  async goto(url) {
    await this.cmd("POST", "/url", { url });
  }
  async reload() {
    await this.cmd("POST", "/refresh", {});
  }
  eval(fn, ...args) {
    // Promises are awaited, as in puppeteer.
    const script = `const done = arguments[arguments.length - 1];
      Promise.resolve((${fn}).apply(null, Array.from(arguments).slice(0, -1)))
        .then((v) => done({ ok: v === undefined ? null : v }), (e) => done({ error: String(e) }));`;
    return this.cmd("POST", "/execute/async", { script, args }).then((r) => {
      if (r && "error" in r) throw new Error(r.error);
      return r?.ok;
    });
  }
  async waitFor(fn, ...args) {
    const until = Date.now() + WAIT_MS;
    let last;
    while (Date.now() < until) {
      try {
        if (await this.eval(fn, ...args)) return;
      } catch (e) {
        last = e; // a navigation in between: try again
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`timed out waiting for ${fn}${last ? `: ${last.message}` : ""}`);
  }
  async click(selector) {
    await this.waitFor((s) => !!document.querySelector(s), selector);
    // Clear of the fixed top and tab bars, as a person would scroll it.
    await this.eval((s) => document.querySelector(s).scrollIntoView({ block: "center" }), selector);
    const el = await this.cmd("POST", "/element", { using: "css selector", value: selector });
    await this.cmd("POST", `/element/${Object.values(el)[0]}/click`, {});
  }
  async close() {
    try {
      await this.cmd("DELETE", "", undefined);
    } finally {
      this.proc.kill("SIGTERM");
    }
  }
}

/** WebKitGTK's MiniBrowser, driven by WebKitWebDriver inside a virtual X display. */
export async function webkit() {
  const port = await freePort();
  const proc = spawn("xvfb-run", ["-a", "WebKitWebDriver", `--port=${port}`], { stdio: "ignore" });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    try {
      await fetch(`${base}/status`);
      break;
    } catch (e) {
      if (i > 200) {
        proc.kill("SIGTERM");
        throw new Error("WebKitWebDriver did not start: " + e.message);
      }
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  const res = await fetch(`${base}/session`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      capabilities: {
        alwaysMatch: {
          "webkitgtk:browserOptions": { binary: MINIBROWSER_PATH, args: ["--automation"] },
        },
      },
    }),
  });
  const json = await res.json();
  if (!res.ok) {
    proc.kill("SIGTERM");
    throw new Error("WebKitWebDriver session: " + JSON.stringify(json.value));
  }
  return new WebDriverTab(proc, base, json.value.sessionId);
}

/** Which engines this machine can run (the setup script installs all three). */
export const ENGINES = [
  ["chromium", chromium, existsSync(CHROMIUM_PATH)],
  ["firefox", firefox, existsSync(FIREFOX_PATH)],
  ["webkit", webkit, existsSync(MINIBROWSER_PATH)],
];
