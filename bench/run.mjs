// Performance benchmark of the built quiz (a benchmark, not a test: it
// reports figures and never fails on them). See BENCHMARKS.md.
//
//   node bench/run.mjs [--dist DIR] [--loads N] [--memory-rounds N]
//                      [--lighthouse-runs N] [--no-lighthouse]
//                      [--names-wasm FILE] [--out FILE]
//
// It builds nothing: it serves an already built site (default ../dist) from
// a sub-path on 127.0.0.1 and measures it in headless Chromium with
// Lighthouse's mobile settings, next to a hand-written baseline page
// (bench/baseline/) that shows the same first screen and one question from
// the same bank. Then it runs Lighthouse on both.
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
    'memory-rounds': { type: 'string', default: '50' },
    'lighthouse-runs': { type: 'string', default: '3' },
    'no-lighthouse': { type: 'boolean', default: false },
    'names-wasm': { type: 'string' },
    out: { type: 'string', default: join(BENCH, 'results', 'latest.json') },
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

const log = (...a) => console.error('bench:', ...a);
const sum = (xs) => xs.reduce((a, b) => a + b, 0);
const round1 = (x) => (x == null ? null : Math.round(x * 10) / 10);

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
    const { stdout: topText } = await run('twiggy', ['top', '-n', '25', file], { maxBuffer: 1 << 26 });
    // Generic instantiations have very long names; keep the table readable.
    const top = topText.split('\n').map((l) => (l.length > 150 ? `${l.slice(0, 149)}…` : l)).join('\n');
    const { stdout: json } = await run('twiggy', ['top', '--format', 'json', file], { maxBuffer: 1 << 28 });
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
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && page.errors.push(`console: ${m.text()}`));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  if (throttle) {
    await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  }
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
async function networkQuiet(requests, server, quietMs = 1000, maxMs = 20_000) {
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
}

/**
 * Clicks `locator` and returns the milliseconds from that click's event
 * time stamp to the first frame showing `test` (a name in probe.js's
 * bench.tests; with `arg`, a factory called with it).
 */
async function timedClick(page, locator, test, arg) {
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
async function coldLoad(browser, server, target, { withServiceWorker = false } = {}) {
  const { context, page, requests } = await phonePage(browser, {
    throttle: true,
    serviceWorkers: withServiceWorker ? 'allow' : 'block',
  });
  try {
    server.resetLog();
    const url = `${server.origin}${target.path}`;
    await page.goto(url, { waitUntil: 'commit', timeout: 60_000 });
    const startInteractiveMs = await page.evaluate(() => window.__bench.startReady);
    const timing = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      const fcp = performance.getEntriesByName('first-contentful-paint')[0];
      return { fcp: fcp?.startTime ?? null, domContentLoaded: nav?.domContentLoadedEventEnd ?? null, load: nav?.loadEventEnd ?? null };
    });
    await networkQuiet(requests, server);
    // When each file arrived, and when the wasm had started: explains where
    // the time to an interactive start screen goes.
    const waterfall = await page.evaluate((base) => {
      const rel = (url) => url.replace(base, '') || '(index)';
      const nav = performance.getEntriesByType('navigation')[0];
      const rows = [{ what: rel(nav.name), startMs: 0, endMs: nav.responseEnd }];
      for (const r of performance.getEntriesByType('resource')) {
        rows.push({ what: rel(r.name), startMs: r.startTime, endMs: r.responseEnd });
      }
      if (window.__bench.wasmStartedAt) rows.push({ what: '(wasm instantiated, app started)', endMs: window.__bench.wasmStartedAt });
      return rows;
    }, url);
    const served = server.log.map((r) => ({ ...r }));
    const byPage = served.filter((r) => r.by === 'page');
    const byWorker = served.filter((r) => r.by === 'service worker');
    // Navigation start on the wall clock, to place server-side events.
    const timeOrigin = await page.evaluate(() => performance.timeOrigin);
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
      page, page.getByRole('button', { name: 'Bắt đầu (10 câu hỏi)' }), 'question', 1,
    );

    const answers = [];
    const nextQuestion = [];
    for (let n = 1; n <= target.questions; n++) {
      const multiple = (await page.locator('.choice[aria-pressed]').count()) > 0;
      let ms;
      if (multiple) {
        await page.locator('.choice').first().click();
        ms = await timedClick(page, page.getByRole('button', { name: 'Kiểm tra' }), 'verdict');
      } else {
        ms = await timedClick(page, page.locator('.choice').first(), 'verdict');
      }
      answers.push({ n, kind: multiple ? 'multiple' : 'single', ms: round1(ms) });
      if (target.questions === 10) {
        const last = n === 10;
        const button = page.getByRole('button', { name: last ? /^Xem kết quả/ : /^Câu tiếp theo/ });
        const t = await timedClick(page, button, last ? 'results' : 'question', last ? null : n + 1);
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
    await context.close();
  }
}

/** GC, then the JS heap, DOM size and wasm linear memory. */
async function memorySnapshot(page, cdp) {
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
}

/**
 * Plays many rounds without throttling (for speed) and samples memory every
 * ten rounds, to see whether anything grows per round.
 */
async function memorySoak(browser, server, rounds) {
  const { context, page, cdp } = await phonePage(browser, { throttle: false });
  try {
    await cdp.send('Performance.enable');
    await page.goto(`${server.origin}${APP_PATH}`);
    await page.evaluate(() => window.__bench.startReady);
    const samples = [{ rounds: 0, ...(await memorySnapshot(page, cdp)) }];
    const started = Date.now();
    for (let done = 0; done < rounds; ) {
      const chunk = Math.min(10, rounds - done);
      await page.evaluate(([n, fromStart]) => window.__bench.playRounds(n, { fromStart }), [chunk, done === 0]);
      done += chunk;
      samples.push({ rounds: done, ...(await memorySnapshot(page, cdp)) });
      log(`memory: ${done}/${rounds} rounds`);
    }
    return { rounds, seconds: round1((Date.now() - started) / 1000), samples, errors: page.errors };
  } finally {
    await context.close();
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

  const servers = {
    br: await startServer({ mounts: MOUNTS, encoding: 'br' }),
    gzip: await startServer({ mounts: MOUNTS, encoding: 'gzip' }),
  };
  const targets = {
    app: { path: APP_PATH, questions: 10 },
    baseline: { path: BASELINE_PATH, questions: 1 },
  };

  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const chromiumVersion = browser.version();
  const loads = { app: { br: [], gzip: [] }, baseline: { br: [], gzip: [] } };
  const firstVisit = {};
  let memory;
  try {
    // Interleaved, so drift in the machine's load hits both pages alike.
    for (let i = 0; i < LOADS; i++) {
      for (const encoding of ['br', 'gzip']) {
        for (const name of ['app', 'baseline']) {
          log(`cold load ${i + 1}/${LOADS}: ${name}, ${encoding}`);
          loads[name][encoding].push(await coldLoad(browser, servers[encoding], targets[name]));
        }
      }
    }
    // A first visit as it really happens, service worker included: what the
    // offline precache adds to the bytes (the quiz only; the baseline has none).
    for (const encoding of ['br', 'gzip']) {
      log(`cold load with the service worker: app, ${encoding}`);
      firstVisit[encoding] = await coldLoad(browser, servers[encoding], targets.app, { withServiceWorker: true });
    }
    log(`memory: playing ${MEMORY_ROUNDS} rounds without throttling`);
    memory = await memorySoak(browser, servers.br, MEMORY_ROUNDS);
  } finally {
    await browser.close();
  }

  const lighthouse = { app: [], baseline: [] };
  await mkdir(RESULTS, { recursive: true });
  for (let i = 0; i < LH_RUNS; i++) {
    for (const name of ['app', 'baseline']) {
      log(`lighthouse ${i + 1}/${LH_RUNS}: ${name}`);
      const result = await runLighthouse(`${servers.br.origin}${targets[name].path}`, {
        executablePath: CHROMIUM, args: CHROMIUM_ARGS,
      });
      // The full report, for looking into a score (not kept in git).
      await writeFile(join(RESULTS, `lighthouse-${name}.json`), JSON.stringify(result.lhr));
      delete result.lhr;
      lighthouse[name].push(result);
    }
  }
  await Promise.all(Object.values(servers).map((s) => s.close()));
  clearInterval(loadTimer);

  // ------------------------------------------------------------ figures
  const app = { br: summarise(loads.app.br), gzip: summarise(loads.app.gzip) };
  const base = { br: summarise(loads.baseline.br), gzip: summarise(loads.baseline.gzip) };
  // Both encodings are throttled alike; pool them for the timings.
  const appAll = summarise([...loads.app.br, ...loads.app.gzip], { bytes: false });
  const baseAll = summarise([...loads.baseline.br, ...loads.baseline.gzip], { bytes: false });
  const lastMemory = memory.samples.at(-1);
  const appScores = medianScores(lighthouse.app);
  const baseScores = medianScores(lighthouse.baseline);

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
    lighthouse: { app: { median: appScores, runs: lighthouse.app }, baseline: { median: baseScores, runs: lighthouse.baseline } },
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

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
