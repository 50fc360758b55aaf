// The MDN HTTP Observatory's grade for a deployment on any ports, as JSON:
//   NODE_EXTRA_CA_CERTS=ca.pem node deploy/observatory.mjs HOST [HTTPS_PORT HTTP_PORT]
// The package's scan() asks only ports 443 and 80; this is scan() with the ports handed to its
// retriever, graded by the package's own tables. A certificate Node does not trust fails the
// redirection and HSTS tests, so a test CA goes in NODE_EXTRA_CA_CERTS (read at start-up).
import { existsSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const pkg = dirname(createRequire(import.meta.url).resolve("@mdn/mdn-http-observatory/package.json"));

// Its install script (skipped: setup.sh runs `npm ci --ignore-scripts`) downloads Chromium's HSTS
// preload list. An empty one stands in: no host gets credit for being preloaded.
const preload = join(pkg, "conf/hsts-preload.json");
if (!existsSync(preload)) writeFileSync(preload, "{}\n");

const load = (path) => import(join(pkg, "src", path));
const { retrieve } = await load("retriever/retriever.js");
const { ALL_TESTS } = await load("constants.js");
const { MINIMUM_SCORE_FOR_EXTRA_CREDIT } = await load("grader/charts.js");
const { getGradeForScore, getScoreModifier } = await load("grader/grader.js");

/** What scan() of @mdn/mdn-http-observatory 1.4.8 computes (src/scanner/index.js), on any ports. */
export async function observatory(hostname, { httpsPort, httpPort } = {}) {
  const r = await retrieve(hostname, { httpsPort, httpPort });
  if (!r.responses.auto) throw new Error(`${hostname}: the site seems to be down`);
  const { status } = r.responses.auto;
  if (status < 200 || (status >= 400 && ![401, 403].includes(status))) {
    throw new Error(`${hostname}: unexpected HTTP status ${status}`);
  }
  let withExtraCredit = 100;
  let uncurved = 100;
  const tests = {};
  for (const test of ALL_TESTS) {
    const out = test(r);
    const modifier = out.result ? getScoreModifier(out.result) : 0;
    withExtraCredit += modifier;
    if (modifier < 0) uncurved += modifier;
    tests[out.constructor.name] = { result: out.result, pass: out.pass, modifier };
  }
  // Extra credit counts only when the score without it is an A already.
  const { grade, score } = getGradeForScore(uncurved >= MINIMUM_SCORE_FOR_EXTRA_CREDIT ? withExtraCredit : uncurved);
  const passed = Object.values(tests).filter((t) => t.pass).length;
  return { grade, score, testsPassed: passed, testsFailed: ALL_TESTS.length - passed, statusCode: status, tests };
}

if (process.argv[1] === import.meta.filename) {
  const [hostname, httpsPort, httpPort] = process.argv.slice(2);
  if (!hostname) {
    console.error("usage: node deploy/observatory.mjs HOST [HTTPS_PORT HTTP_PORT]");
    process.exit(2);
  }
  console.log(JSON.stringify(await observatory(hostname, { httpsPort, httpPort }), null, 2));
}
