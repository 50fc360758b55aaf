// Shared e2e plumbing: nginx with the shipped config, and Debian's Chromium via playwright-core.
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../../tools/common.mjs";

const ROOT = resolve(import.meta.dirname, "../..");
export const DIST = process.env.E2E_DIST || join(ROOT, "dist");
export const DIST_UPDATE = process.env.E2E_DIST_UPDATE || join(ROOT, "target/dist-update");


function freePort() {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.on("error", fail);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
  });
}

/** nginx running deploy/nginx.conf (only the port and an access log changed) over a swappable dist symlink. */
export class Server {
  static async start(dist = DIST) {
    const server = new Server();
    server.port = await freePort();
    server.prefix = mkdtempSync(join(tmpdir(), "veiviser-e2e-"));
    mkdirSync(join(server.prefix, "tmp"));
    server.serve(dist);
    const conf = readFileSync(join(ROOT, "deploy/nginx.conf"), "utf8");
    // Only two things change: the port, and an access log the tests can read.
    const patched = conf
      .replace("listen 127.0.0.1:8080;", `listen 127.0.0.1:${server.port};`)
      .replace("access_log off;", `log_format e2e '$status $request_method $uri $body_bytes_sent'; access_log access.log e2e;`);
    if (!patched.includes(`${server.port};`) || !patched.includes("access.log")) {
      throw new Error("deploy/nginx.conf no longer has `listen 127.0.0.1:8080;` and `access_log off;`");
    }
    writeFileSync(join(server.prefix, "nginx.conf"), patched);
    await server.run();
    return server;
  }

  get url() {
    return `http://127.0.0.1:${this.port}`;
  }

  /** What nginx answered so far: { status, method, uri, bytes } per request. */
  requests() {
    let text = "";
    try {
      text = readFileSync(join(this.prefix, "access.log"), "utf8");
    } catch {
      return [];
    }
    return text.trim().split("\n").filter(Boolean).map((line) => {
      const [status, method, uri, bytes] = line.split(" ");
      return { status: +status, method, uri, bytes: +bytes };
    });
  }

  /** Points the server at another build; nginx follows the symlink on the next request. */
  serve(dist) {
    rmSync(join(this.prefix, "dist"), { force: true });
    symlinkSync(dist, join(this.prefix, "dist"));
  }

  async run() {
    const globals = "daemon off;" + (process.getuid?.() === 0 ? " user root;" : "");
    this.proc = spawn("nginx", ["-p", this.prefix, "-c", join(this.prefix, "nginx.conf"), "-g", globals], {
      stdio: ["ignore", "inherit", "inherit"],
    });
    for (let i = 0; i < 100; i++) {
      try {
        await fetch(this.url + "/manifest.webmanifest", { method: "HEAD" });
        return;
      } catch {
        await new Promise((r) => setTimeout(r, 50));
      }
    }
    throw new Error("nginx did not start; see " + join(this.prefix, "nginx-error.log"));
  }

  /** Starts nginx again on the same port (same origin), after stop(). */
  async restart() {
    await this.run();
  }

  /** Really stops nginx: the offline tests must not be able to reach it. */
  async stop() {
    if (!this.proc || this.proc.exitCode !== null || this.proc.signalCode !== null) return;
    const exited = new Promise((r) => this.proc.once("exit", r));
    this.proc.kill("SIGTERM");
    await exited;
  }
}

/** nginx and Chromium for a whole test file: `({ server, browser } = await startBoth())`. */
export async function startBoth() {
  return { server: await Server.start(), browser: await launch() };
}

export async function stopBoth({ server, browser }) {
  await browser?.close();
  await server?.stop();
}

/** Playwright gives every launch a new, empty profile directory. */
export async function launch() {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

/** A real (non-incognito) profile in a new, empty --user-data-dir: installability needs one. */
export async function launchPersistent(server) {
  const userDataDir = mkdtempSync(join(tmpdir(), "veiviser-profile-"));
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    baseURL: server.url,
    locale: "uk-UA",
  });
}

/** A fresh browser profile with a given browser language, and what went wrong on its pages. */
export async function newContext(browser, server, { locale = "uk-UA", storageThrows = false, ...options } = {}) {
  const context = await browser.newContext({ locale, baseURL: server.url, ...options });
  const problems = { csp: [], foreign: [], errors: [] };
  await context.addInitScript(() => {
    window.__csp = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  if (storageThrows) {
    await context.addInitScript(() => {
      Object.defineProperty(window, "localStorage", {
        configurable: true,
        get() {
          throw new DOMException("The operation is insecure.", "SecurityError");
        },
      });
    });
  }
  context.on("request", (req) => {
    const url = new URL(req.url());
    if (!["http:", "https:"].includes(url.protocol)) return;
    if (url.origin !== server.url) problems.foreign.push(req.url());
  });
  context.on("console", (msg) => {
    if (/Content.Security.Policy/i.test(msg.text())) problems.csp.push(msg.text());
  });
  context.on("weberror", (err) => problems.errors.push(String(err.error())));
  return { context, problems };
}

/** Waits until the service worker is active and controls the page. */
export async function waitForController(page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** A new server and a fresh profile that has opened `path` and is controlled by the SW. */
export async function firstVisit(browser, path, options) {
  const server = await Server.start();
  const { context, problems } = await newContext(browser, server, options);
  const page = await context.newPage();
  await page.goto(server.url + path);
  await rendered(page);
  await waitForController(page);
  return { server, context, page, problems };
}

/** Holds the page's wasm back until the returned function is called: the page before the app runs. */
export async function holdWasm(page) {
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route(/_bg\.wasm$/, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** The app has rendered its page (the wasm ran: not the empty shell, not the pre-rendered page). */
export async function rendered(page) {
  await page.locator("main h1").first().waitFor({ state: "visible" });
  await page.waitForFunction(() => !document.querySelector("[data-prerendered]"));
}
