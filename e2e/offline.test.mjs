// End to end: playable offline after one visit, and a new deployment (a
// new build, or only a new question bank) is announced and used after the
// reload, with old caches deleted.
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, withSite, shot, DIST } from './browser.mjs';
import { playToEnd } from './play.mjs';

// The browser; each test serves its own copy of the site.
const browser = withSite(null);

/// A private copy of the built site, so a test can "deploy" changes to
/// it; removed when the test `t` ends, passed or failed.
async function deployCopy(t) {
  const root = await mkdtemp(join(tmpdir(), 'coopquiz-site-'));
  t.after(() => rm(root, { recursive: true, force: true }));
  await cp(DIST, root, { recursive: true });
  const site = await browser.serve({ root, prefix: '/hall/' });
  t.after(() => site.close());
  return { root, site };
}

/// Opens the site and waits until the service worker controls the page.
async function firstVisit(url) {
  const page = await browser.page();
  await page.goto(url);
  await page.getByRole('button', { name: 'Bắt đầu (10 câu hỏi)' }).waitFor();
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
    }
  });
  return page;
}

test('after one visit the site loads and plays with the network off, including a reload', async (t) => {
  const deployed = await deployCopy(t);
  const page = await firstVisit(deployed.site.url);
  await page.context().setOffline(true);
  await page.reload();
  await page.getByRole('button', { name: 'Bắt đầu (10 câu hỏi)' }).click();
  await playToEnd(page);
  await page.reload();
  await assert.doesNotReject(page.getByRole('heading', { name: 'Kết quả', exact: true }).waitFor());
  // The explanations (questions.notes.json) were kept with the bank.
  await page.locator('.review-item .explanation-loading').first().waitFor({ state: 'detached' });
  assert.equal(await page.locator('.review-item .explanation-missing').count(), 0);
  assert.equal(await page.locator('.review-item .explanation').count(), 10);
  assert.deepEqual(page.errors.filter((e) => !e.includes('ERR_INTERNET_DISCONNECTED')), []);
  await page.context().close();
});

test('a replaced question bank is announced and used after the reload', async (t) => {
  const deployed = await deployCopy(t);
  const page = await firstVisit(deployed.site.url);
  const bankPath = join(deployed.root, 'static/questions.json');
  const bank = JSON.parse(await readFile(bankPath, 'utf8'));
  const before = bank.questions.length;
  bank.questions.splice(0, 2);
  await writeFile(bankPath, JSON.stringify(bank));

  await page.reload();
  await assert.doesNotReject(page.getByText('Đã có phiên bản mới của trang').waitFor());
  await shot(page, 'phone-vi-update-ready');
  await page.getByRole('button', { name: 'Tải lại để cập nhật' }).click();
  await assert.doesNotReject(page.getByText(`Ngân hàng hiện có ${before - 2} câu hỏi`).waitFor());
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a new build is announced, takes over after the reload, and old caches are deleted', async (t) => {
  const deployed = await deployCopy(t);
  const page = await firstVisit(deployed.site.url);
  const oldCaches = await page.evaluate(() => caches.keys());
  assert.equal(oldCaches.length, 1);

  // A rebuild changes sw.js (its version is a hash of every file).
  const swPath = join(deployed.root, 'sw.js');
  const sw = await readFile(swPath, 'utf8');
  const newVersion = 'feedfacecafebeef';
  await writeFile(swPath, sw.replace(/const VERSION = '[0-9a-f]+';/, `const VERSION = '${newVersion}';`));

  await page.reload();
  await assert.doesNotReject(page.getByText('Đã có phiên bản mới của trang').waitFor());
  await page.getByRole('button', { name: 'Tải lại để cập nhật' }).click();
  await page.waitForFunction((v) => navigator.serviceWorker.controller?.scriptURL.endsWith('sw.js')
    && caches.keys().then((k) => k.length === 1 && k[0] === `coopquiz-${v}`), newVersion);
  assert.deepEqual(await page.evaluate(() => caches.keys()), [`coopquiz-${newVersion}`]);
  await page.getByRole('button', { name: 'Bắt đầu (10 câu hỏi)' }).waitFor();
  await page.context().close();
});

test('an English reader keeps the English questions offline after one online visit', async (t) => {
  const bank = JSON.parse(await readFile(new URL('../static/questions.json', import.meta.url), 'utf8'));
  const english = new Set(bank.questions.map((q) => q.prompt.en));
  const deployed = await deployCopy(t);
  const page = await firstVisit(deployed.site.url);
  // Not precached: fetched (and kept) when English is chosen.
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('button', { name: 'Start (10 questions)' }).waitFor();
  await page.context().setOffline(true);
  await page.reload();
  await page.getByRole('button', { name: 'Start (10 questions)' }).click();
  await page.getByText('Question 1 of 10', { exact: true }).waitFor();
  assert.ok(english.has(await page.locator('h1.prompt').textContent()), 'the prompt is in English');
  assert.equal(await page.getByText('The English text of these questions is not available; showing Vietnamese.').count(), 0);
  assert.deepEqual(page.errors.filter((e) => !e.includes('ERR_INTERNET_DISCONNECTED')), []);
  await page.context().close();
});
