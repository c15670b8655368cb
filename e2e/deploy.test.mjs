// End to end: the built folder works from the root of a host as well as a
// sub-path, and a broken bank an organiser uploaded is explained, not blank.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test, withSite, shot } from './browser.mjs';

// The browser; each test serves the site as it needs it.
const browser = withSite(null);

test('dist/ served from the root of a host plays too', async () => {
  const site = await browser.serve({ prefix: '/' });
  const page = await browser.page();
  await page.goto(site.url);
  await page.getByRole('button', { name: 'Bắt đầu (10 câu hỏi)' }).click();
  await assert.doesNotReject(page.getByText('Câu 1/10', { exact: true }).waitFor());
  assert.deepEqual(page.errors, []);
  await page.context().close();
  await site.close();
});

test('a broken bank shows the organiser every problem, with markup shown as text', async () => {
  const bank = JSON.parse(await readFile(new URL('../static/questions.json', import.meta.url), 'utf8'));
  bank.questions[0].answer = 'H';
  bank.questions[1].prompt.vi = '<img src=x onerror="document.title=\'hacked\'">';
  bank.questions[2].id = bank.questions[3].id;
  const site = await browser.serve({
    prefix: '/contest/',
    overrides: { 'static/questions.json': JSON.stringify(bank) },
  });
  const page = await browser.page();
  await page.goto(site.url);
  await assert.doesNotReject(page.getByRole('heading', { name: 'Không đọc được bộ câu hỏi' }).waitFor());
  const problems = await page.locator('.problem-list li').allTextContents();
  assert.equal(problems.length, 2, problems.join('\n'));
  assert.match(problems[0], new RegExp(`^câu hỏi ${bank.questions[0].id}, trường "answer": chữ cái H không ứng với phương án nào`));
  assert.match(problems[1], /trường "id": trùng mã với một câu hỏi khác/);
  await shot(page, 'phone-vi-bank-broken');
  await page.getByRole('button', { name: 'English' }).click();
  assert.match(await page.locator('.problem-list li').first().textContent(),
    new RegExp(`^question ${bank.questions[0].id}, field "answer": letter H points at no option`));
  await page.context().close();
  await site.close();
});

test('a bank that is not JSON at all says where it breaks', async () => {
  const site = await browser.serve({ prefix: '/x/', overrides: { 'static/questions.json': '{ "schema": 1, oops' } });
  const page = await browser.page();
  await page.goto(site.url);
  await assert.doesNotReject(page.getByText(/tệp: không đúng định dạng JSON ở dòng 1, cột \d+/).waitFor());
  await page.context().close();
  await site.close();
});

test('a missing bank says the questions could not be loaded, with a reload button', async () => {
  const site = await browser.serve({ prefix: '/y/', overrides: { 'static/questions.json': null } });
  const page = await browser.page();
  await page.goto(site.url);
  await assert.doesNotReject(page.getByText(/^Không tải được bộ câu hỏi/).waitFor());
  assert.match(await page.locator('.detail').textContent(), /HTTP 404/);
  assert.equal(await page.getByRole('button', { name: 'Tải lại trang' }).count(), 1);
  await shot(page, 'phone-vi-bank-missing');
  await page.context().close();
  await site.close();
});
