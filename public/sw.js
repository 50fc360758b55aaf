// Veiviser service worker: precache every file of one build, serve it cache-first, and open any
// in-app address from the cached index.html so deep links work offline.
// The build's post_build hook replaces the manifest below with the staged files and their hashes.
const MANIFEST = /* PRECACHE_MANIFEST */ { version: "dev", files: [] } /* END_PRECACHE_MANIFEST */;
const CACHE = "veiviser-" + MANIFEST.version;
// The app may live under a base path (/veiviser/): its shell is at the top of the scope.
const SHELL = new URL("index.html", self.registration.scope).pathname;

async function sha256Base64(buffer) {
  const digest = await crypto.subtle.digest("SHA-256", buffer);
  return btoa(String.fromCharCode(...new Uint8Array(digest)));
}

// A file whose name carries its content hash never changes, so the copy the page has just
// downloaded (the HTTP cache) is reused: a first visit pays for each byte once. Other files are
// revalidated. Every body is checked against the manifest, so a cache never mixes two builds.
// The pattern is tools/common.mjs's HASHED_NAME, written in by the build.
const HASHED = new RegExp(/* HASHED_NAME */ "$^" /* END_HASHED_NAME */);

// One file, checked against its hash. A hashed file comes from the HTTP cache first; if that
// copy is bad (a proxy or an interrupted download stored a wrong body), it is fetched once more
// past the cache, so one bad copy never blocks every later install.
async function fetchChecked(url, sha256) {
  const modes = HASHED.test(url) ? ["default", "reload"] : ["no-cache"];
  let last;
  for (const mode of modes) {
    const response = await fetch(new Request(url, { cache: mode }));
    if (!response.ok) {
      last = new Error(`precache ${url}: HTTP ${response.status}`);
      continue;
    }
    const body = await response.clone().arrayBuffer();
    if ((await sha256Base64(body)) === sha256) return response;
    last = new Error(`precache ${url}: content changed`);
  }
  throw last;
}

async function precache() {
  const cache = await caches.open(CACHE);
  await Promise.all(
    MANIFEST.files.map(async ({ url, sha256 }) => {
      const cached = await cache.match(url);
      if (cached) return;
      await cache.put(url, await fetchChecked(url, sha256));
    }),
  );
}

self.addEventListener("install", (event) => {
  // No skipWaiting here: a new build waits until the person accepts it in the app.
  event.waitUntil(precache());
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(
        names.filter((n) => n.startsWith("veiviser-") && n !== CACHE).map((n) => caches.delete(n)),
      );
      await self.clients.claim();
    })(),
  );
});

self.addEventListener("message", (event) => {
  if (event.data && event.data.type === "SKIP_WAITING") self.skipWaiting();
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === "navigate") {
    event.respondWith(fromCacheFirst(SHELL, request));
  } else {
    event.respondWith(fromCacheFirst(url.pathname, request));
  }
});

async function fromCacheFirst(key, request) {
  const cache = await caches.open(CACHE);
  const hit = await cache.match(key);
  return hit || fetch(request);
}
