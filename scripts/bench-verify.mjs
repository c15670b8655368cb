// Benchmark of the organiser's verify page in headless Chromium at 4x CPU
// slowdown (CDP Emulation.setCPUThrottlingRate, as Lighthouse's mobile
// preset): for 1,000, 10,000 and 100,000 result codes made by make-codes
// (a Google Forms CSV export, fixed seed, 0.5% repeated and 0.5% changed),
// the time from choosing the file to the ranking shown, and the longest
// main-thread block meanwhile (Long Tasks API). A benchmark, not a test: it
// prints figures (BENCHMARKS.md, "The organiser's check at scale") and
// fails only if it cannot measure.
//
//   node scripts/bench-verify.mjs [--dist DIR] [--runs N] [--rate 4] [--sizes 1000,10000,100000] [--profile]
//
// --downloads: after each ranking, also time the .xlsx and CSV downloads
// (click → file) and their longest main-thread block.
// --profile: one more run per size under the CDP sampling profiler, then
// where the page's time went (self time by function, top 25; wasm names
// only in a build that keeps them) and how many slices the check took.
//
// It builds nothing: run `trunk build --release` first (or scripts/bench.sh).
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { launch, openPage } from '../e2e/browser.mjs';
import { serve } from '../e2e/server.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const { values: opts } = parseArgs({
  options: {
    dist: { type: 'string', default: resolve(ROOT, 'dist') },
    runs: { type: 'string', default: '3' },
    rate: { type: 'string', default: '4' },
    sizes: { type: 'string', default: '1000,10000,100000' },
    profile: { type: 'boolean', default: false },
    downloads: { type: 'boolean', default: false },
  },
});
const DIST = resolve(opts.dist);
const RUNS = Number(opts.runs);
const RATE = Number(opts.rate);
const SIZES = opts.sizes.split(',').map(Number);

function makeCodes(count) {
  const run = spawnSync('cargo', ['run', '--quiet', '--release', '--bin', 'make-codes', '--',
    '--count', String(count), '--seed', '19', '--format', 'form', resolve(DIST, 'static')], {
    cwd: ROOT, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`make-codes failed: ${run.stderr}`);
  return Buffer.from(run.stdout);
}

// In the page before it starts: every long task (a main-thread block of
// 50 ms or more) with its start, the moment the file is chosen, and the
// moment the counts of the ranking appear.
function watch() {
  window.__bench = { tasks: [], chosen: null, shown: null, slices: 0 };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__bench.tasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
  document.addEventListener('change', () => { window.__bench.chosen = performance.now(); }, true);
  new MutationObserver((records) => {
    // Each slice of the check moves the progress bar once.
    for (const r of records) if (r.type === 'attributes' && r.target.localName === 'progress') window.__bench.slices += 1;
    if (window.__bench.shown === null && window.__bench.chosen !== null && document.querySelector('.verify-summary')) {
      window.__bench.shown = performance.now();
    }
  }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['value'] });
}

async function measure(browser, url, file, profile = false) {
  const page = await openPage(browser, { viewport: { width: 1280, height: 800 } });
  await page.addInitScript(watch);
  await page.goto(url);
  await page.getByRole('heading', { name: 'Kiểm tra và xếp hạng mã kết quả' }).waitFor();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: RATE });
  if (profile) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
  }
  await page.locator('#codes-file').setInputFiles({ name: 'export.csv', mimeType: 'text/csv', buffer: file });
  await page.waitForFunction(() => window.__bench.shown !== null, null, { timeout: 10 * 60_000, polling: 200 });
  // Let the frame after the ranking's render finish (its long task counts).
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 100))));
  const files = opts.downloads ? await timeDownloads(page) : [];
  const { tasks, chosen, shown, slices } = await page.evaluate(() => window.__bench);
  const marks = await page.evaluate(() => performance.getEntriesByType('mark').map((m) => [m.name, m.startTime]));
  if (profile) printProfile((await cdp.send('Profiler.stop')).profile, slices);
  if (page.errors.length) throw new Error(page.errors.join('\n'));
  await page.context().close();
  // Tasks from the file's choosing until the ranking is painted (not the
  // test harness's own hand-over of the file, before the change event).
  const during = tasks.filter(([start]) => start >= chosen - 1 && start <= shown + 200);
  if (process.env.VERBOSE) console.log(during.map(([s, d]) => `${Math.round(s - chosen)}+${Math.round(d)}`).join(' '));
  return { ms: shown - chosen, files, slices, phases: phases(marks, chosen, shown), longest: Math.max(0, ...during.map(([, d]) => d)), blocks: during.length };
}

async function timeDownloads(page) {
  const out = [];
  for (const name of ['Tải bảng xếp hạng (Excel .xlsx)', 'Tải bảng xếp hạng (CSV)']) {
    const start = await page.evaluate(() => performance.now());
    const [file] = await Promise.all([
      page.waitForEvent('download', { timeout: 10 * 60_000 }),
      page.getByRole('button', { name }).click(),
    ]);
    await file.path();
    const end = await page.evaluate(() => performance.now());
    const tasks = await page.evaluate(() => window.__bench.tasks);
    const during = tasks.filter(([t]) => t >= start && t <= end);
    out.push(`${name.includes('xlsx') ? '.xlsx' : 'CSV'} ${Math.round(end - start)} ms, longest block ${Math.round(Math.max(0, ...during.map(([, d]) => d)))} ms`);
  }
  return out;
}

// The page's marks (src/ui/tools/verify.rs) as phases, in ms: the file
// read, the check in slices (of which the time given back to the browser
// between slices, progress bar painted), marking repeats, the ranking
// and its first page until shown.
function phases(marks, chosen, shown) {
  const at = (name) => marks.find(([n]) => n === name)?.[1];
  let yielded = 0;
  let since = null;
  let count = 0;
  for (const [name, t] of marks) {
    if (name === 'verify:yield') { since = t; count += 1; }
    if (name === 'verify:resume' && since !== null) { yielded += t - since; since = null; }
  }
  const read = at('verify:read');
  const checked = at('verify:checked');
  const marked = at('verify:marked');
  if (read === undefined || checked === undefined) return null;
  const ranked = at('verify:ranked') ?? marked;
  return {
    read: read - chosen,
    check: checked - read,
    yielded,
    slices: count,
    mark: marked - checked,
    rank: ranked - marked,
    render: shown - ranked,
  };
}

// Self time per function over the whole profile (the page's load before
// the file is chosen is idle time, mostly).
function printProfile(profile, slices) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  for (let i = 0; i < profile.samples.length; i++) {
    const node = byId.get(profile.samples[i]);
    const f = node.callFrame;
    const name = f.functionName || (f.url ? `(anonymous ${f.url.split('/').pop()}:${f.lineNumber})` : '(root)');
    self.set(name, (self.get(name) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  }
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  console.log(`profile: ${Math.round(total)} ms sampled, ${slices} progress updates (slices)`);
  for (const [name, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) {
    console.log(`  ${ms.toFixed(0).padStart(7)} ms  ${(100 * ms / total).toFixed(1).padStart(5)}%  ${name.slice(0, 110)}`);
  }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const server = await serve({ root: DIST, prefix: '/' });
const browser = await launch();
try {
  const load = os.loadavg().map((l) => l.toFixed(2)).join(' ');
  console.log(`verify page, Chromium ${browser.version()}, ${RATE}x CPU slowdown, ${os.cpus().length} cores, load average before: ${load}`);
  console.log('| codes | upload → ranking shown (median) | runs | longest main-thread block | long tasks (≥ 50 ms) |');
  console.log('| ---: | ---: | ---: | ---: | ---: |');
  for (const size of SIZES) {
    const file = makeCodes(size);
    const results = [];
    for (let i = 0; i < RUNS; i++) results.push(await measure(browser, `${server.url}tools.html#/verify`, file));
    for (const r of results) if (r.files.length) console.log(`  ${size} downloads: ${r.files.join('; ')}`);
    for (const r of results) if (r.phases) console.log(`  ${size}: ${Object.entries(r.phases).map(([k, v]) => `${k} ${Math.round(v)}`).join(', ')}`);
    if (opts.profile) await measure(browser, `${server.url}tools.html#/verify`, file, true);
    const fmt = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`);
    console.log(`| ${size.toLocaleString('en')} | ${fmt(median(results.map((r) => r.ms)))} (${results.map((r) => fmt(r.ms)).join(', ')}) | ${RUNS} | ${fmt(Math.max(...results.map((r) => r.longest)))} | ${median(results.map((r) => r.blocks))} |`);
  }
  console.log(`load average after: ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
} finally {
  await browser.close();
  await server.close();
}
