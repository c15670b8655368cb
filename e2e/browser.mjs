// Launches Debian's Chromium through playwright-core (Playwright's own
// browser download cannot run here) and records console errors, so a test
// fails on any error the page logs.
import { chromium } from 'playwright-core';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

export const ARTIFACTS = fileURLToPath(new URL('./artifacts/', import.meta.url));
export const DIST = fileURLToPath(new URL('../dist/', import.meta.url));

const ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export async function launch() {
  await mkdir(ARTIFACTS, { recursive: true });
  return chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ARGS });
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
