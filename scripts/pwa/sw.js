// The service worker: the players' page is kept on the device after one
// visit, so it loads and plays in a hall with no signal. The contest page
// (contest.html), the Learn page (learn.html) and the tools page
// (tools.html: host mode, organiser, verify) are kept too once each has
// been opened on this device, and never downloaded for a player who has
// not.
//
// - The app itself (html, js, wasm, css, icons) is served from the cache of
//   this build. A new build writes a new sw.js (VERSION is a hash of every
//   file), the browser installs it in the background, and the page offers
//   "new version, reload"; old caches are deleted when it takes over.
// - The data files (static/*.json: the question bank and configs) are
//   served from the cache at once and checked against the server in the
//   background, because organisers replace them without rebuilding. When
//   the server's copy differs, the cache is updated and the page is told,
//   so it can offer the reload. The bank's notes (explanations, sources,
//   facts; static/questions.notes.json) are precached with the bank: the
//   page fetches them after its start screen, and offline play needs them. The fact list (static/facts.json) and the
//   bank's English (static/questions.en.json) are not precached: each is
//   kept the first time it is fetched (Learn opened, English chosen), and
//   fetched again by a new version on a device that kept it.
//
// Written by scripts/post-build.mjs: VERSION, FILES (the players' page and
// the data), CONTEST (what only contest.html needs), LEARN (what only
// learn.html needs), TOOLS (what only tools.html needs) and ON_DEMAND (the
// data files kept once fetched) are filled in there.
const VERSION = '__VERSION__';
const FILES = __FILES__;
const CONTEST = __CONTEST__;
const LEARN = __LEARN__;
const TOOLS = __TOOLS__;
const ON_DEMAND = __ON_DEMAND__;
const CACHE = `coopquiz-${VERSION}`;
const DATA = /\/static\/[^/]+\.json$/;

// Files whose names carry a content hash never change, so the copy the
// page just downloaded (in the HTTP cache) is the right one; the others are
// checked with the server so the cache never starts stale.
const HASHED = /-[0-9a-f]{16}(_bg)?\.(js|wasm|css)$/;

const request = (f) => new Request(f, { cache: HASHED.test(f) ? 'default' : 'no-cache' });
const scoped = (path) => new URL(path, self.registration.scope).href;

/** Whether an earlier version kept `path` on this device. */
async function keptBefore(path) {
  for (const name of await caches.keys()) {
    if (name.startsWith('coopquiz-') && await (await caches.open(name)).match(scoped(path), { ignoreSearch: true })) return true;
  }
  return false;
}

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    await cache.addAll(FILES.map(request));
    // A host's device keeps its tools across updates, a contestant's the
    // contest page (a contest round may still be ahead, in a hall with no
    // signal), a Learn reader's the Learn page and the fact list, an
    // English reader's the bank's English.
    const tools = await keptBefore('./tools.html');
    if (tools) await cache.addAll(TOOLS.map(request));
    if (await keptBefore('./contest.html')) await cache.addAll(CONTEST.map(request));
    if (await keptBefore('./learn.html')) await cache.addAll(LEARN.map(request));
    // Not fatal: the page fetches them again when needed. The bank's
    // English is also a tools file: fetched once, not twice, for a host.
    for (const f of ON_DEMAND) {
      if (!(tools && TOOLS.includes(f)) && await keptBefore(f)) await cache.add(request(f)).catch(() => undefined);
    }
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith('coopquiz-') && name !== CACHE) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

self.addEventListener('message', (event) => {
  if (event.data === 'skipWaiting') self.skipWaiting();
  // Sent by contest.html, learn.html and tools.html once they run
  // (scripts/pwa/register.js).
  const keep = {
    'keep-contest': ['./contest.html', CONTEST],
    'keep-learn': ['./learn.html', LEARN],
    'keep-tools': ['./tools.html', TOOLS],
  }[event.data];
  if (keep) {
    const [page, files] = keep;
    event.waitUntil(caches.open(CACHE).then(async (cache) => {
      if (!(await cache.match(scoped(page)))) await cache.addAll(files.map(request));
    }));
  }
});

// When a data file last changed on the server, and the background check in
// progress. A page asks after it starts ("data-check"); asking, rather than
// only being told, matters because a page's first bank request starts
// (preloaded) before the page can receive messages.
let dataChangedAt = 0;
let checking = Promise.resolve();

async function tellPages(message) {
  for (const page of await self.clients.matchAll({ type: 'window' })) page.postMessage(message);
}

self.addEventListener('message', (event) => {
  if (event.data?.type !== 'data-check') return;
  event.waitUntil(checking.then(() => {
    if (dataChangedAt >= event.data.since) event.source?.postMessage('data-updated');
  }));
});

async function fromCacheThenRevalidate(event, cache, cached) {
  // Copied now: the page consumes `cached` before the server answers.
  const cachedCopy = cached?.clone();
  const refreshed = fetch(event.request.url, { cache: 'no-cache' }).then(async (response) => {
    if (response.ok) {
      const fresh = await response.clone().text();
      const old = cachedCopy ? await cachedCopy.text() : null;
      if (fresh !== old) {
        await cache.put(event.request.url, response.clone());
        if (old !== null) {
          dataChangedAt = Date.now();
          await tellPages('data-updated');
        }
      }
    }
    return response;
  });
  if (!cached) return refreshed;
  checking = refreshed.catch(() => undefined);
  event.waitUntil(checking);
  return cached;
}

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    if (DATA.test(url.pathname)) {
      return fromCacheThenRevalidate(event, cache, await cache.match(url.href, { ignoreSearch: true }));
    }
    // Navigations (any address inside the site, with any query) get the
    // players' page, or the contest page for contest.html, the Learn page
    // for learn.html, the tools page for tools.html.
    const navigate = event.request.mode === 'navigate';
    const other = ['./contest.html', './learn.html', './tools.html'].find((p) => url.pathname.endsWith(p.slice(1)));
    const page = scoped(other ?? './');
    const cached = await cache.match(navigate ? page : event.request, { ignoreSearch: navigate });
    if (cached) return cached;
    try {
      return await fetch(event.request);
    } catch (offline) {
      const fallback = navigate && await cache.match(page);
      if (fallback) return fallback;
      throw offline;
    }
  })());
});
