// Launches Debian's Chromium through playwright-core (Playwright's own
// browser download cannot run here) and records console errors, so a test
// fails on any error the page logs. Also what every test file shares: a
// time limit for each test and for the file, and `withSite`, which serves
// dist/ and opens a browser before the tests and closes both after them,
// whether they passed or not, so a failing run ends instead of hanging.
import { before, after, test as nodeTest } from 'node:test';
import { chromium } from 'playwright-core';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { serve } from './server.mjs';

export const ARTIFACTS = fileURLToPath(new URL('./artifacts/', import.meta.url));
export const DIST = fileURLToPath(new URL('../dist/', import.meta.url));

/// Generous for a busy 2-core machine: the slowest test (200 rounds in
/// soak.test.mjs) takes about a minute on a quiet one.
export const TEST_LIMIT_MS = 5 * 60_000;
/// A whole file: its tests, hooks and whatever they leave running.
export const FILE_LIMIT_MS = 15 * 60_000;

const ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/// Browsers and servers this file opened and has not closed yet.
const open = new Set();

async function closeAll() {
  const all = [...open];
  open.clear();
  // Browsers first: a server waits for their connections to end.
  for (const item of all.filter((i) => i.kind === 'browser')) await item.close().catch(() => {});
  for (const item of all.filter((i) => i.kind === 'server')) await item.close().catch(() => {});
}

// The file's own limit: past it, whatever hangs is closed and the file
// fails with a message (`node --test` reports its exit code). Unref'd, so
// it never keeps a finished file alive.
setTimeout(() => {
  console.error(`# ${process.argv[1]} ran longer than its limit of ${FILE_LIMIT_MS / 60_000} minutes: stopped`);
  process.exitCode = 1;
  closeAll().finally(() => process.exit(1));
}, FILE_LIMIT_MS).unref();

/// `node:test`'s `test` with the project's time limit per test.
export function test(name, fn) {
  return nodeTest(name, { timeout: TEST_LIMIT_MS }, fn);
}

/// `bfcache`: keep the back/forward cache on, as a player's browser has it
/// (Playwright turns it off by default).
export async function launch({ bfcache = false } = {}) {
  await mkdir(ARTIFACTS, { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: bfcache ? [...ARGS, '--enable-features=BackForwardCache'] : ARGS,
    ignoreDefaultArgs: bfcache ? ['--disable-back-forward-cache'] : [],
  });
  const item = { kind: 'browser', close: () => browser.close() };
  open.add(item);
  browser.on('disconnected', () => open.delete(item));
  return browser;
}

/// A new page with a phone-sized screen (or `viewport`) that collects errors.
export async function openPage(browser, { viewport = { width: 360, height: 740 }, locale = 'vi-VN' } = {}) {
  const context = await browser.newContext({ viewport, locale });
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') page.errors.push(`console: ${m.text()}`);
  });
  return page;
}

export async function shot(page, name) {
  await page.screenshot({ path: `${ARTIFACTS}${name}.png`, fullPage: true });
}

/// Serves dist/ (see server.mjs for the options) until `close()` or the
/// end of the file, whichever comes first.
export async function serveDist(options = {}) {
  const server = await serve({ root: DIST, ...options });
  const item = { kind: 'server', close: server.close };
  open.add(item);
  return {
    ...server,
    close: async () => {
      open.delete(item);
      await server.close();
    },
  };
}

/// The file's browser, and dist/ served under `prefix` (with `overrides`
/// and `headers`, see server.mjs) unless `prefix` is null: opened before
/// the file's tests, closed after them even when one failed. Fields are
/// filled in by the `before` hook; use them inside tests.
export function withSite(prefix = '/', { overrides, headers } = {}) {
  const site = {
    url: undefined,
    browser: undefined,
    /// A fresh page (its own context, so its own storage) in the browser.
    page: (options) => openPage(site.browser, options),
    /// Another server for one test; closed after the file at the latest.
    serve: serveDist,
  };
  before(async () => {
    if (prefix !== null) site.url = (await serveDist({ prefix, overrides, headers })).url;
    site.browser = await launch();
  }, { timeout: TEST_LIMIT_MS });
  after(closeAll, { timeout: TEST_LIMIT_MS });
  return site;
}
