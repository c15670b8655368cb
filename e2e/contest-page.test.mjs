// End to end: the contest page, contest.html (issue 17), seen from outside
// its screens: the contest's old addresses on the players' page lead to it,
// and, opened once, it is kept on the device, so a contestant in a hall
// with no signal still registers, plays and gets a result code, also after
// a new build; a whole round runs under the README's Content-Security-
// Policy. A player who never opens it downloads none of it
// (tools.test.mjs, the cold load). The contest screens themselves:
// modes.test.mjs, submit.test.mjs.
//
// The contest page's own address, the one organisers share, is
// contest.html (its rules screen is at #/); contest.html#/contest, where the
// old links land, shows the same screen and becomes #/.
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, withSite, shot, DIST } from './browser.mjs';
import { pickFirst } from './play.mjs';
import { controlled, keptFiles, pageKept } from './service-worker.mjs';

const browser = withSite(null);

const CONTEST = JSON.parse(await readFile(new URL('../static/contest.json', import.meta.url), 'utf8'));
// Three questions and a list of units: a whole round, short.
const SHORT = { ...CONTEST, questions: 3, units: ['Xã Tân Phú', 'Xã Hòa Bình'] };

/// The contest screen's heading, the contest's title.
const contestHeading = (page, contest = CONTEST) => page.getByRole('heading', { level: 1, name: contest.title.vi, exact: true });

test('the old addresses index.html#/contest and #/contest open the contest screen on contest.html', async (t) => {
  const site = await browser.serve({ prefix: '/portal/quiz/' });
  t.after(() => site.close());
  for (const old of ['index.html#/contest', '#/contest']) {
    const page = await browser.page();
    await page.goto(site.url + old);
    await assert.doesNotReject(contestHeading(page).waitFor(), `${old} shows the contest screen`);
    // The page then writes its own address for the screen: #/.
    await assert.doesNotReject(page.waitForURL(`${site.url}contest.html#/`), `${old} moved to contest.html`);
    await assert.doesNotReject(page.getByRole('button', { name: 'Bắt đầu làm bài' }).waitFor(), 'the registration is there');
    assert.deepEqual(page.errors, []);
    await page.context().close();
  }
});

test('the contest page, opened once, registers, plays and gives a result code offline, and stays kept after a new build', async (t) => {
  const root = await mkdtemp(join(tmpdir(), 'coopquiz-contest-'));
  t.after(() => rm(root, { recursive: true, force: true }));
  await cp(DIST, root, { recursive: true });
  await writeFile(join(root, 'static/contest.json'), JSON.stringify(SHORT));
  const site = await browser.serve({ root, prefix: '/hall/' });
  t.after(() => site.close());
  const page = await browser.page();

  // A player who only opens the players' page keeps nothing of the contest's.
  await page.goto(site.url);
  await page.getByRole('button', { name: 'Bắt đầu (10 câu hỏi)' }).waitFor();
  await controlled(page);
  assert.deepEqual(await keptFiles(page, 'contest'), []);

  // The address the organisers share, opened once online.
  await page.goto(`${site.url}contest.html`);
  await contestHeading(page, SHORT).waitFor();
  await pageKept(page, 'contest');

  await page.context().setOffline(true);
  await page.reload();
  await assert.doesNotReject(contestHeading(page, SHORT).waitFor(), 'the contest page offline');
  await page.locator('#reg-name').fill('Trần Văn Bình');
  await page.locator('#reg-born').fill('1990');
  await page.locator('#reg-unit').selectOption('Xã Tân Phú');
  await page.getByRole('button', { name: 'Bắt đầu làm bài' }).click();
  for (let n = 1; n <= SHORT.questions; n++) await pickFirst(page, { n, of: SHORT.questions });
  await page.getByRole('heading', { name: 'Câu hỏi phụ (dự đoán)' }).waitFor();
  await page.locator('#prediction').fill('12');
  await page.getByRole('button', { name: 'Gửi và xem kết quả' }).click();
  await page.getByRole('heading', { name: 'Kết quả', exact: true }).waitFor();
  assert.match(await page.locator('#result-code').inputValue(), /^HTX2-[0-9A-Z-]+ \| Trần Văn Bình \| Xã Tân Phú$/);
  await shot(page, 'contest-page-360-offline-results');
  await page.context().setOffline(false);

  // A rebuild changes sw.js (its version is a hash of every file).
  const swPath = join(root, 'sw.js');
  const newVersion = 'feedfacec0de57a1';
  await writeFile(swPath, (await readFile(swPath, 'utf8')).replace(/const VERSION = '[0-9a-f]+';/, `const VERSION = '${newVersion}';`));
  await page.goto(`${site.url}contest.html`);
  await page.reload();
  await assert.doesNotReject(page.getByText('Đã có phiên bản mới của trang').waitFor());
  await page.getByRole('button', { name: 'Tải lại để cập nhật' }).click();
  await contestHeading(page, SHORT).waitFor();
  await pageKept(page, 'contest', newVersion);
  await page.context().setOffline(true);
  await page.reload();
  await assert.doesNotReject(contestHeading(page, SHORT).waitFor(), 'kept across the update');
  await assert.doesNotReject(page.getByText('Bạn đã thi vòng này trên thiết bị này.').waitFor(), 'the attempt made offline is remembered');
  assert.deepEqual(page.errors.filter((e) => !e.includes('ERR_INTERNET_DISCONNECTED')), []);
  await page.context().close();
});

test('a whole contest round runs under the strict Content-Security-Policy (the contest page\'s loader is a file too)', async (t) => {
  // The README's policy, as in resilience.test.mjs.
  const csp = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; "
    + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'none'; frame-ancestors 'none'";
  const strict = await browser.serve({
    prefix: '/contest-csp/',
    headers: { 'content-security-policy': csp },
    overrides: { 'static/contest.json': JSON.stringify(SHORT) },
  });
  t.after(() => strict.close());
  const page = await browser.page();
  await page.addInitScript(() => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(`${strict.url}contest.html`);
  await page.locator('#reg-name').fill('Lê Thị Mai');
  await page.locator('#reg-born').fill('02/09/1988');
  await page.locator('#reg-unit').selectOption('Xã Hòa Bình');
  await page.getByRole('button', { name: 'Bắt đầu làm bài' }).click();
  for (let n = 1; n <= SHORT.questions; n++) await pickFirst(page, { n, of: SHORT.questions });
  await page.locator('#prediction').fill('7');
  await page.getByRole('button', { name: 'Gửi và xem kết quả' }).click();
  await page.locator('.certificate').getByText('Lê Thị Mai').waitFor();
  assert.deepEqual(await page.evaluate(() => window.violations), []);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
