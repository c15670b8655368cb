// Performance benchmark of the built quiz (a benchmark, not a test: it
// reports figures and never fails on them). See BENCHMARKS.md.
//
//   node bench/run.mjs [--dist DIR] [--loads N] [--memory-rounds N (200)]
//                      [--lighthouse-runs N] [--no-lighthouse]
//                      [--names-wasm FILE] [--out FILE] [--give-up-min N]
//
// It builds nothing: it serves an already built site (default ../dist) from
// a sub-path on 127.0.0.1 and measures it in headless Chromium with
// Lighthouse's mobile settings, next to a hand-written baseline page
// (bench/baseline/) that shows the same first screen and one question from
// the same bank. Then it runs Lighthouse on both, and on the tools page.
//
// Every wait is bounded: a step that does not finish in time ends the run
// with an error naming it (and what the page said, if it threw), and the
// browsers and servers started here are closed on the way out. --give-up-min
// is a last resort over the whole run (default 45), in case a wait was missed.
import { chromium } from 'playwright-core';
import { execFile } from 'node:child_process';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { parseArgs } from 'node:util';
import { brotli, gzip, startServer } from './server.mjs';
import { runLighthouse } from './lighthouse.mjs';

const BENCH = dirname(fileURLToPath(import.meta.url));
const run = promisify(execFile);

const { values: opts } = parseArgs({
  options: {
    dist: { type: 'string', default: join(BENCH, '..', 'dist') },
    loads: { type: 'string', default: '3' },
    'memory-rounds': { type: 'string', default: '200' },
    'lighthouse-runs': { type: 'string', default: '3' },
    'no-lighthouse': { type: 'boolean', default: false },
    'names-wasm': { type: 'string' },
    out: { type: 'string', default: join(BENCH, 'results', 'latest.json') },
    'give-up-min': { type: 'string', default: '45' },
  },
});
const DIST = resolve(opts.dist);
const LOADS = Number(opts.loads);
const MEMORY_ROUNDS = Number(opts['memory-rounds']);
const LH_RUNS = opts['no-lighthouse'] ? 0 : Number(opts['lighthouse-runs']);
const RESULTS = dirname(resolve(opts.out));

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
// The flags the end-to-end tests use: quiet, no background traffic that
// would add bytes or CPU to a measurement.
const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

// Lighthouse's mobile preset (throttling.mobileSlow4G in its constants):
// 150 ms RTT, 1.6 Mbps down, 750 kbps up, 4x CPU slowdown. CDP wants
// bytes per second; Lighthouse converts kbps with 1024 bits per kilobit.
const SLOW_4G = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
  connectionType: 'cellular4g',
};
const CPU_SLOWDOWN = 4;
// A common cheap Android phone: 360x740 CSS pixels at 2x.
const PHONE = { viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

// The quiz is served from a sub-path, as on a provincial portal, with the
// Content-Security-Policy the README asks hosts to send. The baseline borrows
// the quiz's own static/ folder, so both load the very same bank.
const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; " +
  "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'none'; frame-ancestors 'none'";
const APP_PATH = '/htx/quiz/';
const BASELINE_PATH = '/baseline/';
const MOUNTS = [
  { prefix: APP_PATH, root: DIST, headers: { 'content-security-policy': CSP } },
  { prefix: `${BASELINE_PATH}static/`, root: join(DIST, 'static') },
  { prefix: BASELINE_PATH, root: join(BENCH, 'baseline') },
];

const KB = 1024;
const BUDGET = { firstLoadBrotliBytes: 200 * KB, startInteractiveMs: 1500, answerP95Ms: 50, lighthouse: 100 };

// ---------------------------------------------------------------- helpers

// The step under way, named in the error if the run has to give up.
let currentStep = 'starting';
const log = (...a) => {
  currentStep = a.join(' ');
  console.error('bench:', ...a);
};
const sum = (xs) => xs.reduce((a, b) => a + b, 0);
const round1 = (x) => (x == null ? null : Math.round(x * 10) / 10);

/** Rejects with an error naming `what` if `promise` has not settled in `ms`. */
function bounded(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no result after ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

// How long one step in a page may take under throttling on a busy machine
// (a cold load's start screen took 2 to 4 s at load 10 on 2 cores).
const STEP_MS = 60_000;

/**
 * Runs `fn` (a wait on the page) for at most `ms`; ends early if the page
 * crashes. The error names the step and what the page said, e.g. an
 * exception that stopped the verdict from ever showing.
 */
async function step(page, what, fn, ms = STEP_MS) {
  try {
    return await bounded(Promise.race([fn(), page.crashed]), ms, what);
  } catch (e) {
    const said = page.errors.length ? ` (the page said: ${[...new Set(page.errors)].slice(-3).join(' | ')})` : '';
    const message = e.message.startsWith(what) ? e.message : `${what}: ${e.message}`;
    throw new Error(`${message}${said}`, { cause: e });
  }
}

/** Nearest-rank percentile: p95 of 30 samples is the 29th smallest. */
function percentile(xs, p) {
  if (xs.length === 0) return null;
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
}
function stats(xs) {
  return {
    n: xs.length,
    median: round1(percentile(xs, 50)),
    p95: round1(percentile(xs, 95)),
    min: round1(Math.min(...xs)),
    max: round1(Math.max(...xs)),
  };
}

async function filesUnder(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue; // Trunk's .stage and lock files
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await filesUnder(path)));
    else out.push(path);
  }
  return out.sort();
}

// ---------------------------------------------------------------- sizes

/** Raw, gzip -9 and brotli -q 11 size of every file of the built site. */
async function sizeBreakdown() {
  const rows = [];
  for (const path of await filesUnder(DIST)) {
    const raw = await readFile(path);
    const ext = path.slice(path.lastIndexOf('.'));
    rows.push({ file: relative(DIST, path), raw: raw.length, gzip: gzip(raw).length, brotli: brotli(raw, ext).length });
  }
  return rows;
}

/**
 * Which crate a twiggy item belongs to, from its demangled name: the crate of
 * the item's path, or for `<T as Trait>::f` of T (of Trait when T is a
 * primitive or generic, e.g. `<u32 as core::fmt::Display>::fmt`).
 */
function crateOf(name) {
  if (/^(custom section|"function names"|"local names"|producers)/.test(name)) return '(names and custom sections, not shipped)';
  if (/^data(\[| segment)/.test(name)) return '(data segments: strings, tables)';
  if (/^(table|type|import|export|elem|global|memory)\b/.test(name)) return '(wasm structure: imports, exports, tables)';
  if (/^__wbg|^__wbindgen|^__externref|wasm_bindgen/.test(name)) return 'wasm_bindgen';
  if (/^(func|code)\[/.test(name)) return '(unnamed functions)';
  const path = /^([A-Za-z_][A-Za-z0-9_]*)(?:\[[0-9a-f]+\])?::/;
  const bare = (s) => s.replace(/^[<&\s]*(?:(?:dyn|mut|impl) )*/, '');
  let m = path.exec(bare(name));
  const as = name.indexOf(' as ');
  if (!m && as >= 0) m = path.exec(bare(name.slice(as + 4)));
  let crate = m?.[1];
  if (!crate && /^<(char|str|bool|[iu](8|16|32|64|128|size)|f(32|64))>::/.test(name)) crate = 'core';
  if (!crate && name === 'main') crate = 'coop_quiz';
  if (!crate) return '(other)';
  return ['core', 'alloc', 'std'].includes(crate) ? 'std (core, alloc, std)' : crate;
}

/**
 * `twiggy top` on the wasm before wasm-opt (wasm-bindgen's output, which
 * keeps function names): the biggest items and a per-crate sum. The release
 * wasm has no names left, so this is the only way to see what costs bytes.
 */
async function twiggyReport(file) {
  if (!file) return { skipped: 'no --names-wasm given' };
  try {
    const { stdout: topText } = await run('twiggy', ['top', '-n', '25', file], { maxBuffer: 1 << 26, timeout: 120_000 });
    // Generic instantiations have very long names; keep the table readable.
    const top = topText.split('\n').map((l) => (l.length > 150 ? `${l.slice(0, 149)}…` : l)).join('\n');
    const { stdout: json } = await run('twiggy', ['top', '--format', 'json', file], { maxBuffer: 1 << 28, timeout: 120_000 });
    const items = JSON.parse(json).items ?? JSON.parse(json);
    const total = sum(items.map((i) => i.shallow_size));
    const byCrate = new Map();
    for (const item of items) {
      const crate = crateOf(item.name);
      byCrate.set(crate, (byCrate.get(crate) ?? 0) + item.shallow_size);
    }
    const crates = [...byCrate].map(([crate, bytes]) => ({ crate, bytes })).sort((a, b) => b.bytes - a.bytes);
    return { file, totalBytes: total, top: top.trimEnd(), crates };
  } catch (e) {
    return { skipped: `twiggy failed or is not installed: ${e.message.split('\n')[0]}` };
  }
}

// ---------------------------------------------------------------- browser

/** A fresh phone-like context (empty cache and storage) with the probe. */
async function phonePage(browser, { throttle, serviceWorkers = 'allow' }) {
  const context = await browser.newContext({ ...PHONE, locale: 'vi-VN', serviceWorkers });
  await context.addInitScript({ path: join(BENCH, 'probe.js') });
  // Playwright's own waits (clicks, goto) are bounded by this too.
  context.setDefaultTimeout(STEP_MS);
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && page.errors.push(`console: ${m.text()}`));
  page.crashed = new Promise((_, reject) => page.once('crash', () => reject(new Error('the page crashed'))));
  page.crashed.catch(() => undefined);
  const cdp = await context.newCDPSession(page);
  const setUp = async () => {
    await cdp.send('Network.enable');
    if (throttle) {
      await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    }
  };
  await bounded(setUp(), STEP_MS, 'setting up throttling over DevTools');
  // What the browser itself saw: encodedDataLength counts headers and body
  // as they came over the wire.
  const requests = new Map();
  cdp.on('Network.requestWillBeSent', (e) => requests.set(e.requestId, { url: e.request.url, done: false }));
  cdp.on('Network.responseReceived', (e) => {
    const r = requests.get(e.requestId);
    if (r) Object.assign(r, { status: e.response.status, encoding: e.response.headers['content-encoding'] ?? 'identity' });
  });
  cdp.on('Network.loadingFinished', (e) => {
    const r = requests.get(e.requestId);
    if (r) Object.assign(r, { done: true, wireBytes: e.encodedDataLength });
  });
  cdp.on('Network.loadingFailed', (e) => {
    const r = requests.get(e.requestId);
    if (r) Object.assign(r, { done: true, failed: e.errorText, wireBytes: 0 });
  });
  return { context, page, cdp, requests };
}

/**
 * Waits until no request has been in flight, and the server has had no new
 * request, for `quietMs`. The server side also catches requests the page's
 * DevTools session cannot see, such as a service worker precaching the site.
 */
async function networkQuiet(requests, server, what, quietMs = 1000, maxMs = 20_000) {
  const deadline = Date.now() + maxMs;
  let quietSince = Date.now();
  let served = server.log.length;
  while (Date.now() < deadline) {
    const busy = [...requests.values()].some((r) => !r.done) || server.log.length !== served;
    served = server.log.length;
    if (busy) quietSince = Date.now();
    else if (Date.now() - quietSince >= quietMs) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  log(`${what}: the network was still busy after ${maxMs / 1000} s; its bytes may be incomplete`);
}

/**
 * Clicks `locator` and returns the milliseconds from that click's event
 * time stamp to the first frame showing `test` (a name in probe.js's
 * bench.tests; with `arg`, a factory called with it).
 */
async function timedClick(page, what, locator, test, arg) {
  return step(page, what, async () => {
    await page.evaluate(
      ([test, arg]) => {
        const b = window.__bench;
        b.clicks.length = 0;
        b.pending = b.until(arg === null ? b.tests[test] : b.tests[test](arg));
      },
      [test, arg ?? null],
    );
    await locator.click();
    return page.evaluate(async () => {
      const b = window.__bench;
      const shownAt = await b.pending;
      return shownAt - b.clicks[b.clicks.length - 1];
    });
  });
}

/**
 * One cold load on a fresh context under throttling: bytes, time to an
 * interactive start screen, start-to-question, and (for the quiz) a whole
 * round of answer-to-feedback latencies.
 *
 * By default service workers are blocked: the quiz's worker registers early
 * and, once active, answers some of the page's own requests (the bank) from
 * its precache, so what the page fetches would depend on a race. With
 * `withServiceWorker`, the worker runs, and only the load is measured: the
 * bytes of a whole first visit, including the offline precache.
 */
async function coldLoad(browser, server, target, label, { withServiceWorker = false } = {}) {
  const { context, page, requests } = await bounded(
    phonePage(browser, { throttle: true, serviceWorkers: withServiceWorker ? 'allow' : 'block' }),
    STEP_MS,
    `${label}: opening a throttled phone page`,
  );
  try {
    server.resetLog();
    const url = `${server.origin}${target.path}`;
    await step(page, `${label}: opening ${url}`, () => page.goto(url, { waitUntil: 'commit' }));
    const startInteractiveMs = await step(page, `${label}: waiting for the start screen ("Bắt đầu (10 câu hỏi)" on screen and enabled)`, () =>
      page.evaluate(() => window.__bench.startReady),
    );
    const timing = await step(page, `${label}: reading the page's timings`, () => page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      const fcp = performance.getEntriesByName('first-contentful-paint')[0];
      return { fcp: fcp?.startTime ?? null, domContentLoaded: nav?.domContentLoadedEventEnd ?? null, load: nav?.loadEventEnd ?? null };
    }));
    await networkQuiet(requests, server, label);
    // When each file arrived, and when the wasm had started: explains where
    // the time to an interactive start screen goes.
    const waterfall = await step(page, `${label}: reading the page's resource timings`, () => page.evaluate((base) => {
      const rel = (url) => url.replace(base, '') || '(index)';
      const nav = performance.getEntriesByType('navigation')[0];
      const rows = [{ what: rel(nav.name), startMs: 0, endMs: nav.responseEnd }];
      for (const r of performance.getEntriesByType('resource')) {
        rows.push({ what: rel(r.name), startMs: r.startTime, endMs: r.responseEnd });
      }
      if (window.__bench.wasmStartedAt) rows.push({ what: '(wasm instantiated, app started)', endMs: window.__bench.wasmStartedAt });
      return rows;
    }, url));
    const served = server.log.map((r) => ({ ...r }));
    const byPage = served.filter((r) => r.by === 'page');
    const byWorker = served.filter((r) => r.by === 'service worker');
    // Navigation start on the wall clock, to place server-side events.
    const timeOrigin = await step(page, `${label}: reading the time origin`, () => page.evaluate(() => performance.timeOrigin));
    const seen = [...requests.values()];
    const bytes = {
      // Bodies as the server sent them ("encoded response sizes"), for
      // what the page itself fetched: what a first visit needs.
      page: sum(byPage.map((r) => r.bytes)),
      // Fetched by the service worker to make the site work offline (not
      // throttled here: DevTools throttling applies to the page only).
      precache: sum(byWorker.map((r) => r.bytes)),
      total: sum(served.map((r) => r.bytes)),
      // What the page saw on the wire, HTTP headers included.
      pageWire: sum(seen.map((r) => r.wireBytes ?? 0)),
      pageUncompressed: sum(byPage.map((r) => r.raw)),
    };
    const resources = served.map(({ path, by, at, status, encoding, bytes, raw }) => ({
      path: path.slice(target.path.length) || '(index)', by, atMs: Math.round(at - timeOrigin), status, encoding, bytes, raw,
    }));
    const precacheStartMs = byWorker.length ? round1(Math.min(...byWorker.map((r) => r.at)) - timeOrigin) : null;
    const loadFigures = {
      startInteractiveMs: round1(startInteractiveMs),
      ...Object.fromEntries(Object.entries(timing).map(([k, v]) => [`${k}Ms`, round1(v)])),
      bytes,
      precacheStartMs,
      resources,
      waterfall: waterfall.map((w) => ({ what: w.what, startMs: round1(w.startMs), endMs: round1(w.endMs) })),
    };
    if (withServiceWorker) return { ...loadFigures, errors: page.errors };

    const startToQuestionMs = await timedClick(
      page, `${label}: start button -> "Câu 1/10"`,
      page.getByRole('button', { name: 'Bắt đầu (10 câu hỏi)' }), 'question', 1,
    );

    const answers = [];
    const nextQuestion = [];
    for (let n = 1; n <= target.questions; n++) {
      const answer = `${label}: answering question ${n} (waiting for .verdict)`;
      const multiple = (await step(page, answer, () => page.locator('.choice[aria-pressed]').count())) > 0;
      let ms;
      if (multiple) {
        await step(page, `${answer}: ticking the first option`, () => page.locator('.choice').first().click());
        ms = await timedClick(page, answer, page.getByRole('button', { name: 'Kiểm tra', exact: true }), 'verdict');
      } else {
        ms = await timedClick(page, answer, page.locator('.choice').first(), 'verdict');
      }
      answers.push({ n, kind: multiple ? 'multiple' : 'single', ms: round1(ms) });
      if (target.questions === 10) {
        const last = n === 10;
        const button = page.getByRole('button', { name: last ? /^Xem kết quả/ : /^Câu tiếp theo/ });
        const what = `${label}: ${last ? '"Xem kết quả" -> "Kết quả"' : `"Câu tiếp theo" -> "Câu ${n + 1}/10"`}`;
        const t = await timedClick(page, what, button, last ? 'results' : 'question', last ? null : n + 1);
        nextQuestion.push(round1(t));
      }
    }
    return {
      ...loadFigures,
      startToQuestionMs: round1(startToQuestionMs),
      answers,
      nextQuestionMs: nextQuestion,
      errors: page.errors,
    };
  } finally {
    await closeContext(context, label);
  }
}

/** Closes a browser context; one that does not close is left to browser.close(). */
async function closeContext(context, label) {
  await bounded(context.close(), 30_000, `${label}: closing the page`).catch((e) => log(e.message));
}

/** Closes the browser; if it will not close, Playwright kills it when this process exits. */
async function closeBrowser(browser) {
  await bounded(browser.close(), 30_000, 'closing Chromium').catch((e) => log(e.message));
}

/** GC, then the JS heap, DOM size and wasm linear memory. */
async function memorySnapshot(page, cdp, what) {
  return step(page, what, async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const metric = (name) => metrics.find((m) => m.name === name)?.value ?? null;
    return {
      jsHeapUsedBytes: heap.usedSize,
      jsHeapTotalBytes: heap.totalSize,
      wasmMemoryBytes: await page.evaluate(() => window.__bench.wasmMemoryBytes()),
      domNodes: metric('Nodes'),
      jsEventListeners: metric('JSEventListeners'),
    };
  });
}

/**
 * Plays many rounds without throttling (for speed) and samples memory every
 * ten rounds, to see whether anything grows per round.
 */
async function memorySoak(browser, server, rounds) {
  const label = 'memory';
  const { context, page, cdp } = await bounded(phonePage(browser, { throttle: false }), STEP_MS, `${label}: opening a page`);
  try {
    await step(page, `${label}: Performance.enable`, () => cdp.send('Performance.enable'));
    await step(page, `${label}: opening the quiz`, () => page.goto(`${server.origin}${APP_PATH}`));
    await step(page, `${label}: waiting for the start screen`, () => page.evaluate(() => window.__bench.startReady));
    const samples = [{ rounds: 0, ...(await memorySnapshot(page, cdp, `${label}: measuring before the first round`)) }];
    const started = Date.now();
    for (let done = 0; done < rounds; ) {
      const chunk = Math.min(10, rounds - done);
      // Ten rounds took about 6 s unthrottled at load 11; the page throws
      // "benchmark: no ... on screen" if a button it needs is missing.
      await step(
        page,
        `${label}: playing rounds ${done + 1} to ${done + chunk}`,
        () => page.evaluate(([n, fromStart]) => window.__bench.playRounds(n, { fromStart }), [chunk, done === 0]),
        180_000,
      );
      done += chunk;
      samples.push({ rounds: done, ...(await memorySnapshot(page, cdp, `${label}: measuring after ${done} rounds`)) });
      log(`memory: ${done}/${rounds} rounds`);
    }
    return { rounds, seconds: round1((Date.now() - started) / 1000), samples, errors: page.errors };
  } finally {
    await closeContext(context, label);
  }
}

// ---------------------------------------------------------------- report

const fmtKB = (b) => (b == null ? '-' : `${(b / KB).toFixed(1)} KB`);
const fmtMs = (x) => (x == null ? '-' : `${Math.round(x)} ms`);
const fmtRatio = (a, b) => (a == null || !b ? '-' : `${(a / b).toFixed(1)}x`);

function table(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  return rows
    .map((r, ri) => {
      const line = r.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
      return ri === 0 ? `${line}\n${widths.map((w) => '-'.repeat(w)).join('  ')}` : line;
    })
    .join('\n');
}

/** Medians over loads; bytes only for loads of one encoding (pooled ones mix two). */
function summarise(loads, { bytes = true } = {}) {
  const pick = (k) => loads.map((l) => l[k]).filter((x) => x != null);
  return {
    ...(bytes && {
      bytes: loads[0].bytes,
      // Should be false: the same files are fetched on every cold load.
      bytesVariesBetweenLoads: new Set(loads.map((l) => l.bytes.total)).size > 1,
    }),
    startInteractiveMs: stats(pick('startInteractiveMs')),
    fcpMs: stats(pick('fcpMs')),
    startToQuestionMs: stats(pick('startToQuestionMs')),
    answerToFeedbackMs: stats(loads.flatMap((l) => l.answers.map((a) => a.ms))),
    nextQuestionMs: stats(loads.flatMap((l) => l.nextQuestionMs)),
  };
}

function medianScores(runs) {
  if (runs.length === 0) return null;
  const cats = Object.keys(runs[0].scores);
  return Object.fromEntries(cats.map((c) => [c, percentile(runs.map((r) => r.scores[c]), 50)]));
}

// ---------------------------------------------------------------- main

async function main() {
  await stat(join(DIST, 'index.html')).catch(() => {
    throw new Error(`no built site in ${DIST} (run scripts/bench.sh, or trunk build --release --dist DIR)`);
  });
  log(`site: ${DIST}`);
  // Timings under a 4x CPU slowdown suffer badly from other work on the
  // machine (builds, tests): sample the load average to report alongside.
  const loadSamples = [os.loadavg()[0]];
  const loadTimer = setInterval(() => loadSamples.push(os.loadavg()[0]), 5000);
  const sizes = await sizeBreakdown();
  const twiggy = await twiggyReport(opts['names-wasm']);

  const targets = {
    app: { path: APP_PATH, questions: 10 },
    baseline: { path: BASELINE_PATH, questions: 1 },
  };
  // Lighthouse only: the hosts' and organisers' page, for its accessibility
  // and best practices (its speed is not budgeted).
  const toolsPath = `${APP_PATH}tools.html`;

  const loads = { app: { br: [], gzip: [] }, baseline: { br: [], gzip: [] } };
  const firstVisit = {};
  const lighthouse = { app: [], baseline: [], tools: [] };
  let memory;
  let chromiumVersion;
  // Everything started here is closed in `finally`, failed run or not.
  const servers = {};
  let browser = null;
  try {
    log('starting the servers and Chromium');
    servers.br = await bounded(startServer({ mounts: MOUNTS, encoding: 'br' }), 120_000, 'starting the brotli server');
    servers.gzip = await bounded(startServer({ mounts: MOUNTS, encoding: 'gzip' }), 120_000, 'starting the gzip server');
    browser = await bounded(
      chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, timeout: STEP_MS }),
      STEP_MS + 5000,
      `starting Chromium (${CHROMIUM})`,
    );
    chromiumVersion = browser.version();
    // Interleaved, so drift in the machine's load hits both pages alike.
    for (let i = 0; i < LOADS; i++) {
      for (const encoding of ['br', 'gzip']) {
        for (const name of ['app', 'baseline']) {
          const label = `cold load ${i + 1}/${LOADS}: ${name}, ${encoding}`;
          log(label);
          loads[name][encoding].push(await coldLoad(browser, servers[encoding], targets[name], label));
        }
      }
    }
    // A first visit as it really happens, service worker included: what the
    // offline precache adds to the bytes (the quiz only; the baseline has none).
    for (const encoding of ['br', 'gzip']) {
      const label = `cold load with the service worker: app, ${encoding}`;
      log(label);
      firstVisit[encoding] = await coldLoad(browser, servers[encoding], targets.app, label, { withServiceWorker: true });
    }
    log(`memory: playing ${MEMORY_ROUNDS} rounds without throttling`);
    memory = await memorySoak(browser, servers.br, MEMORY_ROUNDS);
    await closeBrowser(browser);
    browser = null;

    await mkdir(RESULTS, { recursive: true });
    for (let i = 0; i < LH_RUNS; i++) {
      // The tools page once: its accessibility and best practices do not
      // vary from run to run as timings do.
      for (const name of i === 0 ? ['app', 'baseline', 'tools'] : ['app', 'baseline']) {
        log(`lighthouse ${i + 1}/${LH_RUNS}: ${name}`);
        const path = name === 'tools' ? toolsPath : targets[name].path;
        const result = await runLighthouse(`${servers.br.origin}${path}`, {
          executablePath: CHROMIUM, args: CHROMIUM_ARGS, timeoutMs: 240_000,
        });
        // The full report, for looking into a score (not kept in git).
        await writeFile(join(RESULTS, `lighthouse-${name}.json`), JSON.stringify(result.lhr));
        delete result.lhr;
        lighthouse[name].push(result);
      }
    }
  } finally {
    clearInterval(loadTimer);
    if (browser) await closeBrowser(browser);
    for (const [name, server] of Object.entries(servers)) {
      await bounded(server.close(), 10_000, `closing the ${name} server`).catch((e) => log(e.message));
    }
  }

  // ------------------------------------------------------------ figures
  const app = { br: summarise(loads.app.br), gzip: summarise(loads.app.gzip) };
  const base = { br: summarise(loads.baseline.br), gzip: summarise(loads.baseline.gzip) };
  // Both encodings are throttled alike; pool them for the timings.
  const appAll = summarise([...loads.app.br, ...loads.app.gzip], { bytes: false });
  const baseAll = summarise([...loads.baseline.br, ...loads.baseline.gzip], { bytes: false });
  const lastMemory = memory.samples.at(-1);
  const appScores = medianScores(lighthouse.app);
  const baseScores = medianScores(lighthouse.baseline);
  const toolsScores = medianScores(lighthouse.tools);

  const budget = {
    firstLoadBrotli: {
      budgetBytes: BUDGET.firstLoadBrotliBytes,
      actualBytes: app.br.bytes.page,
      met: app.br.bytes.page < BUDGET.firstLoadBrotliBytes,
      overBytes: Math.max(0, app.br.bytes.page - BUDGET.firstLoadBrotliBytes),
      withPrecacheBytes: firstVisit.br.bytes.total,
      withPrecacheMet: firstVisit.br.bytes.total < BUDGET.firstLoadBrotliBytes,
    },
    startInteractive: {
      budgetMs: BUDGET.startInteractiveMs,
      actualMs: appAll.startInteractiveMs.median,
      met: appAll.startInteractiveMs.median < BUDGET.startInteractiveMs,
      overMs: round1(Math.max(0, appAll.startInteractiveMs.median - BUDGET.startInteractiveMs)),
    },
    answerToFeedbackP95: {
      budgetMs: BUDGET.answerP95Ms,
      actualMs: appAll.answerToFeedbackMs.p95,
      met: appAll.answerToFeedbackMs.p95 < BUDGET.answerP95Ms,
      overMs: round1(Math.max(0, appAll.answerToFeedbackMs.p95 - BUDGET.answerP95Ms)),
    },
    lighthouse: appScores && {
      budget: BUDGET.lighthouse,
      actual: appScores,
      met: Object.values(appScores).every((s) => s >= BUDGET.lighthouse),
    },
  };

  const machine = {
    nproc: os.availableParallelism(),
    cpu: os.cpus()[0]?.model,
    memoryBytes: os.totalmem(),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    chromium: chromiumVersion,
    lighthouseBenchmarkIndex: lighthouse.app[0]?.benchmarkIndex ?? null,
    // 1-minute load average during the run (2.0 on 2 cores = fully busy).
    loadAverage: { mean: round1(sum(loadSamples) / loadSamples.length), max: round1(Math.max(...loadSamples)) },
  };
  const result = {
    date: new Date().toISOString(),
    machine,
    settings: {
      network: { rttMs: SLOW_4G.latency, downKbps: 1.6 * 1024, upKbps: 750, how: 'CDP Network.emulateNetworkConditions' },
      cpuSlowdown: CPU_SLOWDOWN,
      screen: PHONE,
      coldLoadsPerEncoding: LOADS,
      memoryRounds: MEMORY_ROUNDS,
      lighthouseRuns: LH_RUNS,
      compression: 'gzip level 9, brotli quality 11 (precompressed, as nginx gzip_static/brotli_static)',
      dist: DIST,
    },
    app: { ...app, pooled: appAll },
    baseline: { ...base, pooled: baseAll },
    ratioToBaseline: {
      firstLoadBytesBrotli: round1(app.br.bytes.page / base.br.bytes.page),
      firstLoadBytesGzip: round1(app.gzip.bytes.page / base.gzip.bytes.page),
      startInteractive: round1(appAll.startInteractiveMs.median / baseAll.startInteractiveMs.median),
      startToQuestion: round1(appAll.startToQuestionMs.median / baseAll.startToQuestionMs.median),
      answerToFeedbackMedian: round1(appAll.answerToFeedbackMs.median / baseAll.answerToFeedbackMs.median),
    },
    firstVisitWithServiceWorker: firstVisit,
    memory,
    lighthouse: {
      app: { median: appScores, runs: lighthouse.app },
      baseline: { median: baseScores, runs: lighthouse.baseline },
      tools: { median: toolsScores, runs: lighthouse.tools },
    },
    budget,
    sizes,
    twiggy,
    loads,
  };
  await mkdir(dirname(resolve(opts.out)), { recursive: true });
  await writeFile(resolve(opts.out), `${JSON.stringify(result, null, 2)}\n`);

  // ------------------------------------------------------------ table
  const out = [];
  out.push(`Benchmark ${result.date}  (${machine.nproc} cores, ${(machine.memoryBytes / 2 ** 30).toFixed(1)} GiB, Chromium ${chromiumVersion})`);
  out.push(`Load average during the run: mean ${machine.loadAverage.mean}, max ${machine.loadAverage.max} (other work slows the timings)`);
  out.push(`Slow 4G (150 ms RTT, 1.6 Mbps down, 750 kbps up), CPU x${CPU_SLOWDOWN}, 360x740; ${LOADS} cold loads per encoding\n`);
  out.push(
    table([
      ['figure', 'quiz', 'baseline', 'ratio'],
      ['first load, brotli (page, bodies)', fmtKB(app.br.bytes.page), fmtKB(base.br.bytes.page), fmtRatio(app.br.bytes.page, base.br.bytes.page)],
      ['first load, brotli (page, with headers)', fmtKB(app.br.bytes.pageWire), fmtKB(base.br.bytes.pageWire), fmtRatio(app.br.bytes.pageWire, base.br.bytes.pageWire)],
      ['first load, gzip (page, bodies)', fmtKB(app.gzip.bytes.page), fmtKB(base.gzip.bytes.page), fmtRatio(app.gzip.bytes.page, base.gzip.bytes.page)],
      ['first load, uncompressed (page)', fmtKB(app.br.bytes.pageUncompressed), fmtKB(base.br.bytes.pageUncompressed), fmtRatio(app.br.bytes.pageUncompressed, base.br.bytes.pageUncompressed)],
      ['with service worker: page, brotli / gzip', `${fmtKB(firstVisit.br.bytes.page)} / ${fmtKB(firstVisit.gzip.bytes.page)}`, '-', ''],
      ['  + offline precache, brotli / gzip', `${fmtKB(firstVisit.br.bytes.precache)} / ${fmtKB(firstVisit.gzip.bytes.precache)}`, '-', ''],
      ['  = first visit total, brotli / gzip', `${fmtKB(firstVisit.br.bytes.total)} / ${fmtKB(firstVisit.gzip.bytes.total)}`, '-', ''],
      ['  start screen interactive, brotli / gzip', `${fmtMs(firstVisit.br.startInteractiveMs)} / ${fmtMs(firstVisit.gzip.startInteractiveMs)}`, '-', ''],
      ['first contentful paint (median)', fmtMs(appAll.fcpMs.median), fmtMs(baseAll.fcpMs.median), fmtRatio(appAll.fcpMs.median, baseAll.fcpMs.median)],
      ['start screen interactive (median)', fmtMs(appAll.startInteractiveMs.median), fmtMs(baseAll.startInteractiveMs.median), fmtRatio(appAll.startInteractiveMs.median, baseAll.startInteractiveMs.median)],
      ['  brotli / gzip medians', `${fmtMs(app.br.startInteractiveMs.median)} / ${fmtMs(app.gzip.startInteractiveMs.median)}`, `${fmtMs(base.br.startInteractiveMs.median)} / ${fmtMs(base.gzip.startInteractiveMs.median)}`, ''],
      ['start -> first question (median)', fmtMs(appAll.startToQuestionMs.median), fmtMs(baseAll.startToQuestionMs.median), fmtRatio(appAll.startToQuestionMs.median, baseAll.startToQuestionMs.median)],
      [`answer -> feedback median (n=${appAll.answerToFeedbackMs.n} / ${baseAll.answerToFeedbackMs.n})`, fmtMs(appAll.answerToFeedbackMs.median), fmtMs(baseAll.answerToFeedbackMs.median), fmtRatio(appAll.answerToFeedbackMs.median, baseAll.answerToFeedbackMs.median)],
      ['answer -> feedback p95', fmtMs(appAll.answerToFeedbackMs.p95), fmtMs(baseAll.answerToFeedbackMs.p95), ''],
      ['next question (median / p95)', `${fmtMs(appAll.nextQuestionMs.median)} / ${fmtMs(appAll.nextQuestionMs.p95)}`, '-', ''],
      ['Lighthouse perf / a11y / best practices', appScores ? Object.values(appScores).join(' / ') : 'skipped', baseScores ? Object.values(baseScores).join(' / ') : 'skipped', ''],
      ['  tools.html (1 run)', toolsScores ? Object.values(toolsScores).join(' / ') : 'skipped', '-', ''],
      ['Lighthouse TTI / LCP / TBT (simulated)', lighthouse.app[0] ? ['interactive', 'largest-contentful-paint', 'total-blocking-time'].map((m) => fmtMs(lighthouse.app[0].metrics[m].value)).join(' / ') : '-', lighthouse.baseline[0] ? ['interactive', 'largest-contentful-paint', 'total-blocking-time'].map((m) => fmtMs(lighthouse.baseline[0].metrics[m].value)).join(' / ') : '-', ''],
    ]),
  );
  out.push(`\nMemory after ${memory.rounds} rounds (no throttling, ${memory.seconds} s), after GC:`);
  out.push(
    table([
      ['rounds', 'JS heap used', 'wasm memory', 'DOM nodes', 'listeners'],
      ...memory.samples.map((s) => [s.rounds, fmtKB(s.jsHeapUsedBytes), fmtKB(s.wasmMemoryBytes), s.domNodes, s.jsEventListeners]),
    ]),
  );
  out.push('\nBuilt site, per file:');
  out.push(
    table([
      ['file', 'raw', 'gzip -9', 'brotli -q11'],
      ...sizes.map((s) => [s.file, fmtKB(s.raw), fmtKB(s.gzip), fmtKB(s.brotli)]),
    ]),
  );
  out.push('\nFirst visit with the service worker (brotli), as served (at: arrival after navigation start):');
  out.push(
    table([
      ['request', 'by', 'at', 'encoding', 'sent', 'raw'],
      ...firstVisit.br.resources.map((r) => [`${r.path}${r.status !== 200 ? ` (${r.status})` : ''}`, r.by, fmtMs(r.atMs), r.encoding, fmtKB(r.bytes), fmtKB(r.raw)]),
    ]),
  );
  const w = loads.app.br[0];
  out.push('\nFirst load (brotli), timeline from navigation start:');
  out.push(
    table([
      ['event', 'start', 'end'],
      ...w.waterfall.map((r) => [r.what, r.startMs == null ? '' : fmtMs(r.startMs), fmtMs(r.endMs)]),
      ['(first contentful paint)', '', fmtMs(w.fcpMs)],
      ['(start screen interactive)', '', fmtMs(w.startInteractiveMs)],
    ]),
  );
  if (twiggy.top) {
    out.push(`\ntwiggy top (wasm before wasm-opt, ${fmtKB(twiggy.totalBytes)} with names):\n${twiggy.top}`);
    out.push('\nBy crate (same wasm):');
    out.push(table([['crate', 'bytes'], ...twiggy.crates.slice(0, 15).map((c) => [c.crate, fmtKB(c.bytes)])]));
  } else {
    out.push(`\ntwiggy: ${twiggy.skipped}`);
  }
  out.push('\nBudget (issue 7):');
  out.push(
    table([
      ['item', 'budget', 'measured', 'met'],
      ['first load, brotli (page)', fmtKB(BUDGET.firstLoadBrotliBytes), fmtKB(budget.firstLoadBrotli.actualBytes), budget.firstLoadBrotli.met ? 'yes' : `no (+${fmtKB(budget.firstLoadBrotli.overBytes)})`],
      ['  with offline precache', fmtKB(BUDGET.firstLoadBrotliBytes), fmtKB(budget.firstLoadBrotli.withPrecacheBytes), budget.firstLoadBrotli.withPrecacheMet ? 'yes' : `no (+${fmtKB(budget.firstLoadBrotli.withPrecacheBytes - BUDGET.firstLoadBrotliBytes)})`],
      ['start screen interactive', fmtMs(BUDGET.startInteractiveMs), fmtMs(budget.startInteractive.actualMs), budget.startInteractive.met ? 'yes' : `no (+${fmtMs(budget.startInteractive.overMs)})`],
      ['answer -> feedback p95', fmtMs(BUDGET.answerP95Ms), fmtMs(budget.answerToFeedbackP95.actualMs), budget.answerToFeedbackP95.met ? 'yes' : `no (+${fmtMs(budget.answerToFeedbackP95.overMs)})`],
      ['Lighthouse', '100 / 100 / 100', appScores ? Object.values(appScores).join(' / ') : 'skipped', budget.lighthouse ? (budget.lighthouse.met ? 'yes' : 'no') : '-'],
    ]),
  );
  const errors = [
    ...Object.values(loads).flatMap((byEnc) => Object.values(byEnc).flat().flatMap((l) => l.errors)),
    ...Object.values(firstVisit).flatMap((l) => l.errors),
    ...memory.errors,
  ];
  if (errors.length) out.push(`\nPage errors seen (${errors.length}): ${[...new Set(errors)].slice(0, 5).join(' | ')}`);
  out.push(`\nAll figures: ${relative(process.cwd(), resolve(opts.out))}`);
  console.log(out.join('\n'));
}

// Last resort: every wait above is bounded, but if one was missed, the run
// ends anyway, naming the step it was on. Exiting kills the Chromium
// processes (Playwright's and Lighthouse's exit handlers).
const giveUp = setTimeout(() => {
  console.error(`bench: gave up after ${opts['give-up-min']} minutes, during: ${currentStep}`);
  process.exit(1);
}, Number(opts['give-up-min']) * 60_000);
giveUp.unref();
// Interrupted (Ctrl-C, or killed by a script): exit through the 'exit'
// handlers, which stop the browsers, instead of dying with them running.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.once(signal, () => {
    console.error(`bench: stopped by ${signal} during: ${currentStep}`);
    process.exit(1);
  });
}

main().catch((e) => {
  console.error(`bench: failed during: ${currentStep}`);
  console.error(e);
  process.exit(1);
});
