// One small interface over two browser engines, so the core flows are
// written once and played in Firefox (puppeteer-core over WebDriver BiDi)
// and WebKit (WebKitWebDriver driving WebKitGTK's MiniBrowser under Xvfb).
// Chromium keeps the full suite in e2e/*.test.mjs (and can play these
// flows too, to compare screens: see flows.mjs).
//
// A page offers: goto, reload, url, click, fill, select, upload, press,
// waitFor (with a time-based deadline), gone, text, texts, value, count,
// evaluate, screenshot, errors, close. Elements are found by a query:
//   '.css selector'                       the first visible match
//   { css, text, nth }                    text: exact (whitespace folded) or a RegExp
//   { role: 'button', text: 'Bắt đầu' }  role: button, link or heading
// Every wait polls the page until a deadline; nothing sleeps a fixed time.
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

export const ARTIFACTS = fileURLToPath(new URL('../artifacts/', import.meta.url));
export const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

/// Every page address the flows open, relative to the site's root: the
/// players' page, and the tools page (host mode, organiser, verify).
export const PAGES = {
  player: 'index.html',
  learn: 'learn.html#/learn',
  host: 'tools.html#/host',
  organiser: 'tools.html#/organiser',
  verify: 'tools.html#/verify',
};

/// The phone screen every flow is played and photographed on.
export const PHONE = { width: 360, height: 740 };

/// How long any single wait may take: generous, for a busy 2-core machine
/// running other browsers and builds at the same time.
export const WAIT_MS = 60_000;

const ROLES = {
  button: 'button, [role=button], input[type=submit], input[type=button]',
  link: 'a[href], [role=link]',
  heading: 'h1, h2, h3, h4, h5, h6, [role=heading]',
};

/// A query as plain data the page can read (a RegExp travels as its source).
export function normalise(query) {
  const q = typeof query === 'string' ? { css: query } : { ...query };
  if (q.role) {
    if (!ROLES[q.role]) throw new Error(`unknown role ${q.role}`);
    q.css = q.css ? `${q.css} :is(${ROLES[q.role]})` : ROLES[q.role];
  }
  if (q.text instanceof RegExp) q.text = { re: q.text.source, flags: q.text.flags };
  else if (typeof q.text === 'string') q.text = { eq: q.text };
  return q;
}

export function describeQuery(query) {
  return typeof query === 'string' ? query : JSON.stringify(query, (k, v) => (v instanceof RegExp ? String(v) : v));
}

/// Runs in the page: the visible elements a query matches, then what
/// `mode` asks of them. Kept free of closures so it can travel as source.
export const FIND = function find(q, mode) {
  const fold = (s) => (s ?? '').replace(/\s+/g, ' ').trim();
  const nameOf = (el) => fold(el.getAttribute('aria-label') || el.textContent || el.value || '');
  const visible = (el) => {
    if (el.getClientRects().length === 0) return false;
    const style = getComputedStyle(el);
    return style.visibility !== 'hidden' && style.display !== 'none';
  };
  const fits = (el) => {
    if (!q.text) return true;
    const name = nameOf(el);
    return q.text.eq !== undefined ? name === q.text.eq : new RegExp(q.text.re, q.text.flags).test(name);
  };
  let found = [...document.querySelectorAll(q.css || 'body *')].filter((el) => (q.hidden || visible(el)) && fits(el));
  // A bare text query means the innermost element that reads so.
  if (!q.css && q.text) found = found.filter((el) => !found.some((other) => other !== el && el.contains(other)));
  if (mode === 'count') return found.length;
  if (mode === 'texts') return found.map((el) => fold(el.textContent));
  const el = found[q.nth ?? 0] ?? null;
  if (mode === 'text') return el && fold(el.textContent);
  if (mode === 'value') return el && el.value;
  if (mode === 'scroll') {
    el?.scrollIntoView({ block: 'start' });
    return Boolean(el);
  }
  return el;
};

/// Polls `probe` until it returns something truthy; fails with `what`
/// and what the page shows after `timeout` ms.
export async function until(probe, what, { timeout = WAIT_MS, interval = 100, page } = {}) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value;
    } catch (e) {
      last = e;
    }
    if (Date.now() > deadline) {
      let seen = '';
      try {
        seen = page ? ` The page (${await page.url()}) shows: ${(await page.evaluate(() => document.body?.innerText ?? '')).replace(/\s+/g, ' ').slice(0, 400)}` : '';
      } catch {}
      throw new Error(`waited ${timeout} ms for ${what}${last ? ` (last error: ${last.message})` : ''}.${seen}`);
    }
    await new Promise((r) => setTimeout(r, interval));
  }
}

/// The part the two drivers share: everything built on `find`,
/// `evaluate` and the native actions each driver supplies.
export class BasePage {
  constructor(engine) {
    this.engine = engine;
  }

  /// Opens `address` (a full URL). Going to another hash of the page on
  /// screen is a full load, as a player typing the address would get.
  async goto(address) {
    const here = await this.url().catch(() => '');
    await this.navigate(address);
    if (here.split('#')[0] === address.split('#')[0]) await this.reload();
  }

  async waitFor(query, { timeout } = {}) {
    const q = normalise(query);
    await until(async () => (await this.evaluate(FIND, q, 'count')) > (q.nth ?? 0), `${describeQuery(query)} to show`, { timeout, page: this });
  }

  async gone(query, { timeout } = {}) {
    const q = normalise(query);
    await until(async () => (await this.evaluate(FIND, q, 'count')) === 0, `${describeQuery(query)} to go`, { timeout, page: this });
  }

  async count(query) {
    return this.evaluate(FIND, normalise(query), 'count');
  }

  async text(query) {
    await this.waitFor(query);
    return this.evaluate(FIND, normalise(query), 'text');
  }

  async texts(query) {
    return this.evaluate(FIND, normalise(query), 'texts');
  }

  async value(query) {
    await this.waitFor(query);
    return this.evaluate(FIND, normalise(query), 'value');
  }

  /// Scrolls the element to the top of the screen (for a screenshot).
  async scrollTo(query) {
    await this.waitFor(query);
    await this.evaluate(FIND, normalise(query), 'scroll');
  }

  /// Clicks the element natively (scrolled into view, at its centre) once
  /// it shows; retries while something else covers it.
  async click(query, { timeout } = {}) {
    const q = normalise(query);
    await until(async () => {
      await this.clickOnce(q);
      return true;
    }, `a click on ${describeQuery(query)}`, { timeout, page: this });
  }

  /// Clears the field and types `text` into it, key by key.
  async fill(query, text, { timeout } = {}) {
    const q = normalise(query);
    await until(async () => {
      await this.fillOnce(q, text);
      return true;
    }, `typing into ${describeQuery(query)}`, { timeout, page: this });
  }

  /// Picks the option that reads `label` in a <select>, as a player would.
  async select(query, label) {
    const q = normalise(query);
    await this.waitFor(q);
    await this.chooseOption(q, label);
    await until(
      async () => (await this.evaluate((s) => document.querySelector(s).selectedOptions[0]?.textContent, q.css)) === label,
      `${describeQuery(query)} to show "${label}"`,
      { page: this },
    );
  }

  /// Gives a file input a file from disk, as the file picker would.
  async upload(query, path) {
    const q = { ...normalise(query), hidden: true };
    await this.waitFor(q);
    await this.uploadOnce(q, path);
  }

  /// Waits for two animation frames, so what changed is painted.
  async painted() {
    await this.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(true)))));
  }

  async screenshot(name) {
    await mkdir(ARTIFACTS, { recursive: true });
    await this.painted();
    const path = `${ARTIFACTS}${this.engine}-${name}.png`;
    await this.saveScreenshot(path);
    return path;
  }
}

/// Starts the named engine: 'firefox' or 'webkit' (or 'chromium', to
/// compare screens with the engine of the main suite).
export async function launch(name) {
  if (name === 'firefox') return (await import('./puppeteer.mjs')).launchFirefox();
  if (name === 'chromium') return (await import('./puppeteer.mjs')).launchChromium();
  if (name === 'webkit') return (await import('./webkit.mjs')).launchWebKit();
  throw new Error(`unknown engine ${name}`);
}
