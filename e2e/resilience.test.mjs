// End to end: nothing lost, nothing broken. Reloads mid-round, damaged or
// missing browser storage, hostile text in the bank, and a strict
// Content-Security-Policy.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test, withSite, shot } from './browser.mjs';
import { noSidewaysScroll } from './checks.mjs';
import { answerFirst, playToEnd } from './play.mjs';

/// The policy the README tells organisers to send; the site must work under it.
export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; "
  + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'none'; frame-ancestors 'none'";

const site = withSite('/htx/quiz/');

test('a reload mid-round returns to the same question with the same answers, and the score counts them', async () => {
  const page = await site.page();
  await page.goto(site.url);
  await page.getByRole('button', { name: 'Bắt đầu (10 câu hỏi)' }).click();
  let right = (await answerFirst(page)) ? 1 : 0;
  await page.locator('.feedback .next').click();
  await page.getByText('Câu 2/10', { exact: true }).waitFor();
  const prompt = await page.locator('.prompt').textContent();
  const options = await page.locator('.choice-text').allTextContents();
  const secondRight = await answerFirst(page, { n: 2 });
  right += secondRight ? 1 : 0;
  const verdict = await page.locator('.verdict').textContent();

  await page.reload();
  await page.getByText('Câu 2/10', { exact: true }).waitFor();
  assert.equal(await page.locator('.prompt').textContent(), prompt);
  assert.deepEqual(await page.locator('.choice-text').allTextContents(), options, 'same options in the same order');
  assert.equal(await page.locator('.verdict').textContent(), verdict, 'the answer and its feedback are kept');
  await page.locator('.feedback .next').click();
  await playToEnd(page, { from: 3, rightSoFar: right });

  const score = await page.getByTestId('score').textContent();
  await page.reload();
  await page.getByRole('heading', { name: 'Kết quả', exact: true }).waitFor();
  assert.equal(await page.getByTestId('score').textContent(), score, 'results survive a reload too');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('damaged saved data is removed key by key with a quiet notice, other data survives', async () => {
  const page = await site.page();
  await page.goto(site.url);
  // Only once the app runs: it would otherwise read (and repair) them itself.
  await page.getByRole('button', { name: 'Bắt đầu (10 câu hỏi)' }).waitFor();
  await page.evaluate(() => {
    localStorage.setItem('coopquiz.round.v1', '{"seed": "not a number"');
    localStorage.setItem('coopquiz.lang.v1', 'klingon');
    localStorage.setItem('another.app', 'keep me');
  });
  await page.reload();
  await page.getByRole('heading', { name: 'Tìm hiểu Hợp tác xã kiểu mới' }).waitFor();
  await assert.doesNotReject(page.getByText(/Một phần dữ liệu đã lưu trên máy bị hỏng/).waitFor());
  await shot(page, 'phone-vi-notice-repaired');
  const left = await page.evaluate(() => ({ ...localStorage }));
  assert.equal(left['another.app'], 'keep me');
  assert.equal(left['coopquiz.lang.v1'], undefined);
  assert.equal(left['coopquiz.round.v1'], undefined);
  await page.getByRole('button', { name: 'Đóng thông báo' }).click();
  assert.equal(await page.locator('.notice-bar').count(), 0);
  await page.getByRole('button', { name: 'Bắt đầu (10 câu hỏi)' }).click();
  await assert.doesNotReject(page.getByText('Câu 1/10', { exact: true }).waitFor());
  await page.context().close();
});

test('a saved round the new bank cannot rebuild is dropped with a message', async () => {
  const page = await site.page();
  await page.goto(site.url);
  // Only once the app runs: it would otherwise read (and drop) the record itself.
  await page.getByRole('button', { name: 'Bắt đầu (10 câu hỏi)' }).waitFor();
  await page.evaluate(() => localStorage.setItem('coopquiz.round.v1', JSON.stringify({
    seed: 1, started_at: 0, questions: [['a-question-that-was-removed', [0, 1, 2, 3]]],
    answers: [], showing_feedback: false, finished_at: null,
  })));
  // A real reload on the play address (going to the same page with
  // another #hash would not load it again).
  await page.evaluate(() => { location.hash = '#/play'; });
  await page.reload();
  await assert.doesNotReject(page.getByText(/Bộ câu hỏi đã được cập nhật/).waitFor());
  assert.equal(await page.evaluate(() => localStorage.getItem('coopquiz.round.v1')), null);
  await page.context().close();
});

test('with storage blocked the game still plays and a banner says nothing will be kept', async () => {
  const page = await site.page();
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('blocked', 'SecurityError'); } });
  });
  await page.goto(site.url);
  await assert.doesNotReject(page.getByText(/Trình duyệt đang chặn việc lưu dữ liệu/).waitFor());
  await shot(page, 'phone-vi-notice-storage-blocked');
  await page.getByRole('button', { name: 'Bắt đầu (10 câu hỏi)' }).click();
  await playToEnd(page);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('with storage full the game goes on and says progress is not saved', async () => {
  const page = await site.page();
  await page.goto(site.url);
  await page.getByRole('button', { name: 'Bắt đầu (10 câu hỏi)' }).waitFor();
  await page.evaluate(() => {
    Storage.prototype.setItem = () => { throw new DOMException('full', 'QuotaExceededError'); };
  });
  await page.getByRole('button', { name: 'Bắt đầu (10 câu hỏi)' }).click();
  await assert.doesNotReject(page.getByText(/Bộ nhớ của trình duyệt đã đầy/).waitFor());
  await playToEnd(page);
  await page.context().close();
});

test('markup in the bank is shown as text and never runs', async () => {
  const bank = JSON.parse(await readFile(new URL('../static/questions.json', import.meta.url), 'utf8'));
  bank.questions.forEach((q, i) => {
    q.prompt.vi = `<img src=x onerror="window.pwned=1"><script>window.pwned=2</script> Câu thử ${i}`;
    if (q.options) q.options[0].vi = `<b onmouseover="window.pwned=3">đậm</b> ${i}`;
    q.explanation.vi = '<iframe src="javascript:window.pwned=4"></iframe>';
  });
  const hostile = await site.serve({ prefix: '/h/', overrides: { 'static/questions.json': JSON.stringify(bank) } });
  const page = await site.page();
  await page.goto(hostile.url);
  await page.getByRole('button', { name: 'Bắt đầu (10 câu hỏi)' }).click();
  await page.getByText('Câu 1/10', { exact: true }).waitFor();
  assert.match(await page.locator('.prompt').textContent(), /^<img src=x onerror="window.pwned=1"><script>window.pwned=2<\/script> Câu thử \d+$/);
  await answerFirst(page);
  assert.equal(await page.locator('.explanation').textContent(), 'Giải thích: <iframe src="javascript:window.pwned=4"></iframe>');
  assert.equal(await page.locator('main img, main script, main iframe, main b').count(), 0);
  assert.equal(await page.evaluate(() => window.pwned), undefined);
  await noSidewaysScroll(page, 'long unbroken text');
  await shot(page, 'phone-vi-hostile-text');
  await page.context().close();
  await hostile.close();
});

test('the site plays a whole round under a strict Content-Security-Policy', async () => {
  const strict = await site.serve({ prefix: '/csp/', headers: { 'content-security-policy': CSP } });
  const page = await site.page();
  await page.addInitScript(() => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(strict.url);
  await page.getByRole('button', { name: 'Bắt đầu (10 câu hỏi)' }).click();
  await playToEnd(page);
  assert.deepEqual(await page.evaluate(() => window.violations), []);
  assert.deepEqual(page.errors, []);
  await page.context().close();
  await strict.close();
});
