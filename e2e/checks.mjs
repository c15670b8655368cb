// Checks that several test files make on any screen.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/// What axe-core finds wrong on the page, one line per rule broken, each
/// starting with `where`; empty when it finds nothing. Injects axe as an
/// inline script, so not under a strict Content-Security-Policy.
export async function axe(page, where) {
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return result.violations.map((v) => `${where}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/// Fails unless the page fits the screen's width.
export async function noSidewaysScroll(page, where) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.equal(overflow, 0, `${where} scrolls sideways by ${overflow}px`);
}
