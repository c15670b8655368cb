// Firefox (Debian's firefox-esr), driven by puppeteer-core over WebDriver
// BiDi. Playwright cannot drive a stock Firefox; puppeteer-core can, and
// never downloads a browser. Each page gets its own browser context, so
// no storage is shared between flows. The same page class drives Debian's
// Chromium over CDP, to compare the flows' screens with the main suite's
// engine (not part of scripts/test.sh: Chromium has the full suite).
import puppeteer from 'puppeteer-core';
import { BasePage, FIND, PHONE } from './engines.mjs';

// puppeteer's names for keys the flows press, where they differ.
const KEYS = { Space: ' ' };

class PuppeteerPage extends BasePage {
  constructor(engine, context, page) {
    super(engine);
    this.context = context;
    this.page = page;
    this.problems = [];
    page.on('pageerror', (e) => this.problems.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') this.problems.push(`console: ${m.text()}`);
    });
    page.on('response', (r) => {
      if (r.status() >= 400) this.problems.push(`HTTP ${r.status()}: ${r.url()}`);
    });
  }

  async navigate(address) {
    await this.page.goto(address, { waitUntil: 'load' });
  }

  async reload() {
    await this.page.reload({ waitUntil: 'load' });
  }

  async url() {
    return this.page.url();
  }

  async evaluate(fn, ...args) {
    return this.page.evaluate(fn, ...args);
  }

  async element(q) {
    const handle = await this.page.evaluateHandle(FIND, q, 'element');
    const element = handle.asElement();
    if (!element) {
      await handle.dispose();
      throw new Error('no such element');
    }
    return element;
  }

  async clickOnce(q) {
    const element = await this.element(q);
    try {
      await element.click();
    } finally {
      await element.dispose();
    }
  }

  async fillOnce(q, text) {
    const element = await this.element(q);
    try {
      await element.focus();
      // Select what is there and delete it with keys, as a person would.
      await this.press('Control+a');
      await this.page.keyboard.press('Backspace');
      await this.page.keyboard.type(text);
    } finally {
      await element.dispose();
    }
    const now = await this.evaluate(FIND, q, 'value');
    if (now !== text) throw new Error(`the field holds "${now}" after typing "${text}"`);
  }

  async chooseOption(q, label) {
    const value = await this.evaluate((css, l) => [...document.querySelector(css).options].find((o) => o.textContent === l)?.value, q.css, label);
    if (value === undefined) throw new Error(`${q.css} has no option "${label}"`);
    await this.page.select(q.css, value);
  }

  async uploadOnce(q, path) {
    const element = await this.element(q);
    try {
      await element.uploadFile(path);
    } finally {
      await element.dispose();
    }
  }

  /// A key or a chord such as "Control+v", "Enter", "Space", "r".
  async press(chord) {
    const keys = chord.split('+');
    const key = keys.pop();
    for (const m of keys) await this.page.keyboard.down(m);
    await this.page.keyboard.press(KEYS[key] ?? key);
    for (const m of keys.reverse()) await this.page.keyboard.up(m);
  }

  async saveScreenshot(path) {
    await this.page.screenshot({ path });
  }

  async errors() {
    return [...this.problems];
  }

  async close() {
    await this.context.close().catch(() => {});
  }
}

async function wrap(name, browser) {
  const version = await browser.version();
  return {
    name,
    version,
    async newPage(viewport = PHONE) {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.setViewport(viewport);
      return new PuppeteerPage(name, context, page);
    },
    async close() {
      await browser.close().catch(() => browser.process()?.kill('SIGKILL'));
    },
  };
}

export async function launchFirefox() {
  return wrap('firefox', await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX ?? '/usr/bin/firefox',
    headless: true,
    protocol: 'webDriverBiDi',
    extraPrefsFirefox: {
      // A stock Firefox asks for English; a Vietnamese player's asks for this.
      'intl.accept_languages': 'vi-VN, vi',
      // Scrollbars over the page, as on a phone, not a 12 px gutter.
      'ui.useOverlayScrollbars': 1,
    },
  }));
}

export async function launchChromium() {
  return wrap('chromium', await puppeteer.launch({
    browser: 'chrome',
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--lang=vi-VN', '--accept-lang=vi-VN,vi', '--hide-scrollbars'],
  }));
}
