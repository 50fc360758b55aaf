// The production configs, deploy/nginx.conf (its local variant: only addresses, certificate and
// root replaced) and deploy/Caddyfile (as is, with a global-options wrapper), over HTTPS with a
// CA and certificate made here: headers, caching, redirects, the 404 rules, precompression,
// HTTP/2, the MDN HTTP Observatory's grade, and a build under a sub-path.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { execFile, spawn } from "node:child_process";
import { existsSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import http2 from "node:http2";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { mount, prepare } from "../../deploy/local-nginx.mjs";
import { HASHED_NAME } from "../../tools/common.mjs";
import { DIST, Server, freePort } from "./harness.mjs";

const ROOT = resolve(import.meta.dirname, "../..");
const run = promisify(execFile);

// The headers every response carries, as deploy/nginx.conf writes them (Cache-Control aside).
const NGINX_CONF = readFileSync(join(ROOT, "deploy/nginx.conf"), "utf8");
const HEADERS = Object.fromEntries(
  [...NGINX_CONF.matchAll(/^\s*add_header ([\w-]+) (?:"([^"]*)"|(\S+)) always;/gm)]
    .filter(([, name]) => name !== "Cache-Control")
    .map(([, name, quoted, bare]) => [name.toLowerCase(), quoted ?? bare]),
);
const IMMUTABLE = "public, max-age=31536000, immutable";
const HASHED = readdirSync(DIST).find((f) => new RegExp(HASHED_NAME).test("/" + f) && f.endsWith(".wasm"));
const INDEX = readFileSync(join(DIST, "index.html"));
// An unknown address gets the build's own 404 page (tools/prerender.mjs) with status 404.
const NOT_FOUND_PAGE = readFileSync(join(DIST, "404.html"));

let pki; // { dir, ca: PEM text, caFile, cert, key }
const RUNNING = new Set();
process.once("exit", () => {
  for (const proc of RUNNING) proc.kill("SIGKILL");
});

before(async () => {
  const dir = mkdtempSync(join(tmpdir(), "veiviser-pki-"));
  const ssl = (...args) => run("openssl", args, { cwd: dir });
  const ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"];
  await ssl("req", "-x509", ...ec, "-keyout", "ca.key", "-out", "ca.pem", "-days", "2", "-subj", "/CN=Veiviser test CA",
    "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign");
  await ssl("req", "-new", ...ec, "-keyout", "key.pem", "-out", "csr.pem", "-subj", "/CN=localhost");
  writeFileSync(join(dir, "ext.cnf"), [
    "subjectAltName=DNS:localhost,IP:127.0.0.1",
    "basicConstraints=critical,CA:FALSE",
    "keyUsage=critical,digitalSignature",
    "extendedKeyUsage=serverAuth",
  ].join("\n"));
  await ssl("x509", "-req", "-in", "csr.pem", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial",
    "-out", "cert.pem", "-days", "2", "-extfile", "ext.cnf");
  pki = { dir, caFile: join(dir, "ca.pem"), ca: readFileSync(join(dir, "ca.pem")), cert: join(dir, "cert.pem"), key: join(dir, "key.pem") };
});

after(() => {
  if (pki) rmSync(pki.dir, { recursive: true, force: true });
});

/** Two different free ports: HTTPS and the plain-http redirect. */
async function twoPorts() {
  const port = await freePort();
  let httpPort;
  do httpPort = await freePort();
  while (httpPort === port);
  return [port, httpPort];
}

/** Starts a server process, and waits until its HTTPS port answers. */
async function launch(name, prefix, command, args, env, port) {
  const log = openSync(join(prefix, `${name}.log`), "a");
  const proc = spawn(command, args, { cwd: prefix, env: { ...process.env, ...env }, stdio: ["ignore", log, log] });
  RUNNING.add(proc);
  proc.once("exit", () => RUNNING.delete(proc));
  proc.unref();
  const stop = async () => {
    if (proc.exitCode !== null || proc.signalCode !== null) return;
    const exited = new Promise((r) => proc.once("exit", r));
    proc.kill("SIGTERM");
    const timer = setTimeout(() => proc.kill("SIGKILL"), 5_000);
    await exited;
    clearTimeout(timer);
    rmSync(prefix, { recursive: true, force: true });
  };
  for (let i = 0; i < 200 && proc.exitCode === null; i++) {
    try {
      await get(`https://localhost:${port}`, "/");
      return stop;
    } catch {
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  const text = readFileSync(join(prefix, `${name}.log`), "utf8") + (existsSync(join(prefix, "nginx-error.log")) ? readFileSync(join(prefix, "nginx-error.log"), "utf8") : "");
  await stop();
  throw new Error(`${name} did not start:\n${text}`);
}

/** deploy/nginx.conf's local variant: HTTPS + HTTP/2 on one port, the redirect on another. */
async function startNginx(base) {
  const [port, httpPort] = await twoPorts();
  const prefix = mkdtempSync(join(tmpdir(), "veiviser-nginx-"));
  prepare(prefix, { dist: DIST, port, base, https: { cert: pki.cert, key: pki.key, httpPort } });
  const globals = "daemon off;" + (process.getuid?.() === 0 ? " user root;" : "");
  const stop = await launch("nginx", prefix, "nginx", ["-p", prefix, "-c", join(prefix, "nginx.conf"), "-g", globals], {}, port);
  return { port, httpPort, base, origin: `https://localhost:${port}`, stop };
}

/** deploy/Caddyfile unchanged, imported under test-only global options: the ports, no admin
 * endpoint, and certificates from Caddy's internal CA with the test CA as its root. */
async function startCaddy(base) {
  const [port, httpPort] = await twoPorts();
  const prefix = mkdtempSync(join(tmpdir(), "veiviser-caddy-"));
  mount(prefix, base, DIST);
  writeFileSync(join(prefix, "Caddyfile"), `{
	admin off
	http_port ${httpPort}
	default_bind 127.0.0.1
	storage file_system ${join(prefix, "storage")}
	local_certs
	skip_install_trust
	pki {
		ca local {
			root {
				format pem_file
				cert ${pki.caFile}
				key ${join(pki.dir, "ca.key")}
			}
		}
	}
}
import ${join(ROOT, "deploy/Caddyfile")}
`);
  const env = {
    VEIVISER_SITE: `https://localhost:${port}`,
    VEIVISER_ROOT: join(prefix, "site"),
    VEIVISER_BASE: base,
    XDG_DATA_HOME: prefix,
    XDG_CONFIG_HOME: prefix,
  };
  const stop = await launch("caddy", prefix, "caddy", ["run", "--config", join(prefix, "Caddyfile"), "--adapter", "caddyfile"], env, port);
  return { port, httpPort, base, origin: `https://localhost:${port}`, stop };
}

/** One request over HTTP/2 (the connection fails without it), trusting the test CA only. */
function get(origin, path, headers = {}) {
  return new Promise((ok, fail) => {
    const client = http2.connect(origin, { ca: pki.ca });
    client.once("error", fail);
    const req = client.request({ ":path": path, ...headers });
    const chunks = [];
    let head;
    req.once("response", (h) => (head = h));
    req.on("data", (c) => chunks.push(c));
    req.once("end", () => {
      client.close();
      ok({ status: head[":status"], headers: head, body: Buffer.concat(chunks), alpn: client.alpnProtocol });
    });
    req.once("error", (e) => {
      client.close();
      fail(e);
    });
    req.end();
  });
}

/** A plain-http request, as a browser sends one to the http:// address. */
function getHttp(port, path) {
  return new Promise((ok, fail) => {
    const req = http.get({ host: "127.0.0.1", port, path, headers: { host: `localhost:${port}` } }, (res) => {
      res.resume();
      res.once("end", () => ok({ status: res.statusCode, headers: res.headers }));
    });
    req.once("error", fail);
  });
}

function decoded({ headers, body }) {
  const encoding = headers["content-encoding"];
  return encoding === "br" ? brotliDecompressSync(body) : encoding === "gzip" ? gunzipSync(body) : body;
}

function assertHeaders(res, what) {
  for (const [name, value] of Object.entries(HEADERS)) assert.equal(res.headers[name], value, `${what}: ${name}`);
}

test("deploy/Caddyfile uses HASHED_NAME and the headers of deploy/nginx.conf", () => {
  const caddy = readFileSync(join(ROOT, "deploy/Caddyfile"), "utf8");
  assert.equal(caddy.split(`path_regexp ${HASHED_NAME}`).length - 1, 2, "immutable and no-cache both use HASHED_NAME");
  assert.deepEqual(Object.keys(HEADERS).sort(), [
    "content-security-policy", "permissions-policy", "referrer-policy", "strict-transport-security",
    "x-content-type-options", "x-frame-options",
  ]);
  assert.ok(HASHED, "the build has a hashed .wasm");
});

test("the production files as shipped are valid: nginx -t inside Debian's nginx.conf, caddy validate", { skip: process.getuid?.() !== 0 && "Debian's nginx.conf logs to /var/log/nginx: needs root" }, async () => {
  const dir = mkdtempSync(join(tmpdir(), "veiviser-prod-"));
  try {
    // Only the certificate paths change: certbot's do not exist here.
    const site = NGINX_CONF.replace(/\/etc\/letsencrypt\/live\/example\.org\/fullchain\.pem/, pki.cert)
      .replace(/\/etc\/letsencrypt\/live\/example\.org\/privkey\.pem/, pki.key);
    assert.notEqual(site, NGINX_CONF);
    writeFileSync(join(dir, "veiviser"), site);
    const debian = readFileSync("/etc/nginx/nginx.conf", "utf8");
    assert.match(debian, /include \/etc\/nginx\/sites-enabled\/\*;/);
    writeFileSync(join(dir, "nginx.conf"), debian
      .replace(/^pid .*$/m, `pid ${join(dir, "nginx.pid")};`)
      .replace("include /etc/nginx/sites-enabled/*;", `include /etc/nginx/sites-enabled/*; include ${join(dir, "veiviser")};`));
    await run("nginx", ["-t", "-q", "-c", join(dir, "nginx.conf")]);
    const env = { ...process.env, XDG_DATA_HOME: dir, XDG_CONFIG_HOME: dir };
    for (const name of ["VEIVISER_SITE", "VEIVISER_ROOT", "VEIVISER_BASE"]) delete env[name];
    await run("caddy", ["validate", "--config", join(ROOT, "deploy/Caddyfile"), "--adapter", "caddyfile"], { env });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

for (const [name, start] of [["nginx", startNginx], ["Caddy", startCaddy]]) {
  describe(`${name}, production config over HTTPS`, () => {
    let site;
    before(async () => {
      site = await start("/");
    });
    after(async () => {
      await site?.stop();
    });

    test("HTTP/2, the security headers and HSTS on every response; hashed files immutable, HTML and sw.js revalidated", async () => {
      const html = await get(site.origin, "/uk/");
      assert.equal(html.alpn, "h2");
      assert.equal(html.status, 200);
      assert.match(html.headers["content-type"], /^text\/html/);
      assert.equal(html.headers["cache-control"], "no-cache");
      assertHeaders(html, "HTML");
      assert.ok(/max-age=(\d+)/.exec(HEADERS["strict-transport-security"])[1] >= 15552000, "HSTS for six months at least");

      const hashed = await get(site.origin, "/" + HASHED);
      assert.equal(hashed.status, 200);
      assert.equal(hashed.headers["content-type"], "application/wasm");
      assert.equal(hashed.headers["cache-control"], IMMUTABLE);
      assertHeaders(hashed, HASHED);

      const sw = await get(site.origin, "/sw.js");
      assert.equal(sw.status, 200);
      assert.match(sw.headers["content-type"], /javascript/);
      assert.equal(sw.headers["cache-control"], "no-cache");
      assertHeaders(sw, "sw.js");

      const manifest = await get(site.origin, "/manifest.webmanifest");
      assert.match(manifest.headers["content-type"], /^application\/manifest\+json/);
      assert.equal(manifest.headers["cache-control"], "no-cache");
    });

    test("http:// redirects to https:// for good, keeping the path and query", async () => {
      for (const path of ["/", "/uk/step/registration?from=qr"]) {
        const res = await getHttp(site.httpPort, path);
        assert.ok([301, 308].includes(res.status), `${path}: ${res.status}`);
        assert.equal(res.headers.location, `https://localhost:${site.port}${path}`);
      }
    });

    test("a pre-rendered deep link is served with 200; a missing file is a real 404; any other address is the app's 404", async () => {
      for (const path of ["/uk/step/registration", "/nb/topic/rights", "/en/"]) {
        const res = await get(site.origin, path);
        assert.equal(res.status, 200, path);
        const page = decoded(res).toString();
        assert.match(page, /data-prerendered/, `${path} is the pre-rendered page`);
        assert.match(page, new RegExp(`<html lang="${path.split("/")[1]}"`), path);
        assert.equal(res.headers["cache-control"], "no-cache", path);
      }
      for (const path of ["/no-such-file.js", "/uk/step/no-such.png", "/app-0123456789_bg.wasm"]) {
        const res = await get(site.origin, path);
        assert.equal(res.status, 404, path);
        assert.ok(!decoded(res).includes("<script"), `${path} is not the app`);
        assertHeaders(res, path);
      }
      const res = await get(site.origin, "/nb/finnes-ikke", { "accept-encoding": "identity" });
      assert.equal(res.status, 404);
      assert.deepEqual(res.body, NOT_FOUND_PAGE);
      assert.equal(res.headers["cache-control"], "no-cache");
    });

    test("precompressed files: .br when the client accepts brotli, .gz for gzip only", async () => {
      for (const path of ["/" + HASHED, "/sw.js", "/uk/step/registration"]) {
        const file = path === "/uk/step/registration" ? "uk/step/registration/index.html" : path.slice(1);
        const br = await get(site.origin, path, { "accept-encoding": "gzip, deflate, br" });
        assert.equal(br.headers["content-encoding"], "br", path);
        assert.deepEqual(br.body, readFileSync(join(DIST, file + ".br")), `${path}: the .br file as built`);
        assert.match(br.headers.vary ?? "", /Accept-Encoding/i, path);
        const gz = await get(site.origin, path, { "accept-encoding": "gzip" });
        assert.equal(gz.headers["content-encoding"], "gzip", path);
        assert.deepEqual(gunzipSync(gz.body), readFileSync(join(DIST, file)), path);
      }
    });

    test("MDN HTTP Observatory: A+", async (t) => {
      const { stdout } = await run("node", [join(ROOT, "deploy/observatory.mjs"), "localhost", String(site.port), String(site.httpPort)], {
        env: { ...process.env, NODE_EXTRA_CA_CERTS: pki.caFile },
        timeout: 60_000,
      });
      const scan = JSON.parse(stdout);
      t.diagnostic(`${name}: ${scan.grade}, score ${scan.score}, ${scan.testsPassed}/${scan.testsPassed + scan.testsFailed} tests passed`);
      const failed = Object.entries(scan.tests).filter(([, r]) => !r.pass);
      assert.deepEqual(failed, [], "every Observatory test passes");
      assert.equal(scan.grade, "A+");
      assert.ok(scan.score >= 100, `score ${scan.score}`);
      // The certificate was trusted: an untrusted one fails the redirection test.
      assert.equal(scan.tests.redirection.result, "redirection-to-https");
      assert.equal(scan.tests["strict-transport-security"].result, "hsts-implemented-max-age-at-least-six-months");
    });
  });

  describe(`${name}, the build under /veiviser/`, () => {
    let site;
    before(async () => {
      site = await start("/veiviser/");
    });
    after(async () => {
      await site?.stop();
    });

    test("deep links, files and the app's 404 under the base; nothing outside it is the app", async () => {
      const deep = await get(site.origin, "/veiviser/uk/step/registration");
      assert.equal(deep.status, 200);
      assert.match(decoded(deep).toString(), /data-prerendered/);
      const home = await get(site.origin, "/veiviser/", { "accept-encoding": "identity" });
      assert.equal(home.status, 200);
      assert.deepEqual(home.body, INDEX);
      const hashed = await get(site.origin, "/veiviser/" + HASHED);
      assert.equal(hashed.status, 200);
      assert.equal(hashed.headers["cache-control"], IMMUTABLE);
      assert.equal((await get(site.origin, "/veiviser/sw.js")).headers["cache-control"], "no-cache");
      assert.equal((await get(site.origin, "/veiviser/no-such-file.js")).status, 404);
      const unknown = await get(site.origin, "/veiviser/nb/finnes-ikke", { "accept-encoding": "identity" });
      assert.equal(unknown.status, 404);
      assert.deepEqual(unknown.body, NOT_FOUND_PAGE);

      for (const path of ["/", "/index.html", "/sw.js", "/uk/step/registration", "/nb/finnes-ikke", "/" + HASHED, "/veiviserx/uk/"]) {
        const res = await get(site.origin, path);
        assert.equal(res.status, 404, path);
        assert.ok(!decoded(res).includes("<script"), `${path} is not the app`);
        assertHeaders(res, path);
      }
      const res = await getHttp(site.httpPort, "/veiviser/uk/step/registration");
      assert.equal(res.headers.location, `https://localhost:${site.port}/veiviser/uk/step/registration`);
    });
  });
}

test("the e2e harness serves the local variant (plain http) at a base, and swaps the build there", async () => {
  const server = await Server.start(DIST, { base: "/veiviser/" });
  try {
    assert.equal(server.appUrl, server.url + "/veiviser/");
    const deep = await fetch(server.appUrl + "uk/step/registration");
    assert.equal(deep.status, 200);
    assert.match(await deep.text(), /data-prerendered/);
    assert.equal(deep.headers.get("strict-transport-security"), null, "no HSTS over plain http");
    assert.equal(deep.headers.get("content-security-policy"), HEADERS["content-security-policy"]);
    assert.equal((await fetch(server.url + "/uk/step/registration")).status, 404);
    const empty = mkdtempSync(join(tmpdir(), "veiviser-empty-"));
    writeFileSync(join(empty, "index.html"), "swapped");
    server.serve(empty);
    assert.equal(await (await fetch(server.appUrl)).text(), "swapped");
    const { status, method, uri } = server.requests().at(-1);
    assert.deepEqual({ status, method }, { status: 200, method: "GET" });
    // try_files' `$uri/index.html` of /veiviser/.
    assert.equal(uri, "/veiviser//index.html");
    rmSync(empty, { recursive: true, force: true });
  } finally {
    await server.stop();
  }
});
