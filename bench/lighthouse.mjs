// Runs Lighthouse (pinned 12.2.3, the last line that runs on Node 20) with
// its default config: mobile form factor, simulated slow 4G and 4x CPU
// slowdown. Lighthouse drives Chromium over a DevTools port, so Chromium is
// started here directly (Debian's /usr/bin/chromium; Playwright's launcher
// talks over a pipe, which Lighthouse cannot use). Every wait is bounded,
// and that Chromium is stopped however the run ends.
import lighthouse from 'lighthouse';
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices'];
const METRICS = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'interactive',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
  'total-byte-weight',
];

async function startChromium(executablePath, args) {
  const profile = await mkdtemp(join(tmpdir(), 'bench-lh-'));
  const child = spawn(
    executablePath,
    [...args, '--headless=new', '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  // No pid: it could not be started at all.
  const running = () => child.pid !== undefined && child.exitCode === null && child.signalCode === null;
  // A run that ends in an error, or is stopped, must not leave it behind.
  const killOnExit = () => running() && child.kill('SIGKILL');
  process.on('exit', killOnExit);
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const exitWithin = async (ms) => {
    let timer;
    await Promise.race([exited, new Promise((resolve) => { timer = setTimeout(resolve, ms); })]);
    clearTimeout(timer);
  };
  const close = async () => {
    if (running()) {
      child.kill('SIGTERM');
      await exitWithin(10_000);
    }
    if (running()) {
      child.kill('SIGKILL');
      await exitWithin(5000);
    }
    process.off('exit', killOnExit);
    await rm(profile, { recursive: true, force: true });
  };
  try {
    const port = await new Promise((resolve, reject) => {
      let seen = '';
      const timer = setTimeout(() => reject(new Error(`Chromium did not open a DevTools port in 30 s:\n${seen}`)), 30_000);
      child.stderr.on('data', (chunk) => {
        seen += chunk;
        const m = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(seen);
        if (m) {
          clearTimeout(timer);
          resolve(Number(m[1]));
        }
      });
      child.on('error', (e) => reject(new Error(`Chromium could not be started (${executablePath}): ${e.message}`)));
      child.on('exit', (code) => reject(new Error(`Chromium exited (${code}) before opening a DevTools port:\n${seen}`)));
    });
    return { port, close };
  } catch (e) {
    await close();
    throw e;
  }
}

/**
 * One Lighthouse run against url: scores (0–100), key metrics, failing
 * audits. Gives up after timeoutMs with an error naming the page.
 */
export async function runLighthouse(url, { executablePath, args, timeoutMs = 240_000 }) {
  const chrome = await startChromium(executablePath, args);
  let timer;
  try {
    const run = lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`Lighthouse on ${url}: no result after ${timeoutMs / 1000} s`)), timeoutMs);
    });
    const result = await Promise.race([run, timeout]);
    const lhr = result.lhr;
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]));
    const metrics = Object.fromEntries(
      METRICS.map((id) => [id, { value: lhr.audits[id]?.numericValue ?? null, display: lhr.audits[id]?.displayValue ?? null }]),
    );
    // What keeps a category below 100: scored audits that did not pass.
    const failing = {};
    for (const c of CATEGORIES) {
      failing[c] = lhr.categories[c].auditRefs
        .filter((ref) => ref.weight > 0)
        .map((ref) => lhr.audits[ref.id])
        .filter((a) => a.score !== null && a.score < 1)
        .map((a) => ({ id: a.id, title: a.title, score: a.score, display: a.displayValue ?? null }));
    }
    return {
      lighthouseVersion: lhr.lighthouseVersion,
      userAgent: lhr.environment?.hostUserAgent,
      benchmarkIndex: lhr.environment?.benchmarkIndex,
      warnings: lhr.runWarnings,
      scores,
      metrics,
      failing,
      lhr,
    };
  } finally {
    clearTimeout(timer);
    await chrome.close();
  }
}
