// End to end: accessibility. axe-core on every screen in both languages
// and both colour schemes (zero violations), no sideways scrolling from
// 320 px phones to 1920 px projectors, and screenshots at four sizes.
import { before } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test, withSite, shot } from './browser.mjs';
import { axe, noSidewaysScroll } from './checks.mjs';
import { answerFirst } from './play.mjs';

// Phones portrait and landscape, a tablet, a projector.
const SIZES = [[320, 640], [360, 740], [740, 360], [768, 1024], [1280, 720], [1920, 1080]];
const LANGS = { vi: { start: 'Bắt đầu (10 câu hỏi)', results: 'Kết quả' }, en: { start: 'Start (10 questions)', results: 'Results' } };

const bank = JSON.parse(await readFile(new URL('../static/questions.json', import.meta.url), 'utf8'));
bank.questions[0].answer = 'Q';
const site = withSite('/a11y/');
let broken;
before(async () => {
  broken = await site.serve({ prefix: '/a11y-broken/', overrides: { 'static/questions.json': JSON.stringify(bank) } });
});

for (const lang of ['vi', 'en']) {
  for (const scheme of ['light', 'dark']) {
    test(`every screen passes axe in ${lang}, ${scheme} scheme`, async () => {
      const page = await site.page({ locale: lang === 'vi' ? 'vi-VN' : 'en-GB' });
      await page.emulateMedia({ colorScheme: scheme });
      const violations = [];
      await page.goto(site.url);
      await page.getByRole('button', { name: LANGS[lang].start }).waitFor();
      violations.push(...await axe(page, 'start'));
      await shot(page, `scheme-${scheme}-${lang}-start`);
      await page.getByRole('button', { name: LANGS[lang].start }).click();
      await page.locator('.choice').first().waitFor();
      violations.push(...await axe(page, 'question'));
      await answerFirst(page, { lang });
      violations.push(...await axe(page, 'feedback'));
      await shot(page, `scheme-${scheme}-${lang}-feedback`);
      for (let n = 1; n <= 10; n++) {
        if (n > 1) await answerFirst(page, { n, lang });
        await page.locator('.feedback .next').click();
      }
      await page.getByRole('heading', { name: LANGS[lang].results, exact: true }).waitFor();
      violations.push(...await axe(page, 'results'));
      await page.goto(broken.url);
      await page.locator('.problem-list').waitFor();
      violations.push(...await axe(page, 'bank problems'));
      assert.deepEqual(violations, []);
      await page.context().close();
    });
  }

  test(`no sideways scrolling from 320 to 1920 px in ${lang}; screenshots of every screen`, async () => {
    for (const [width, height] of SIZES) {
      const page = await site.page({ viewport: { width, height }, locale: lang === 'vi' ? 'vi-VN' : 'en-GB' });
      const name = (screen) => `size-${width}x${height}-${lang}-${screen}`;
      await page.goto(site.url);
      await page.getByRole('button', { name: LANGS[lang].start }).click();
      await page.locator('.choice').first().waitFor();
      await noSidewaysScroll(page, name('question'));
      await shot(page, name('question'));
      await answerFirst(page, { lang });
      await noSidewaysScroll(page, name('feedback'));
      await shot(page, name('feedback'));
      await page.context().close();
    }
  });
}

test('the text size setting scales the page, is remembered, and never breaks a 320 px layout', async () => {
  const page = await site.page({ viewport: { width: 320, height: 640 } });
  await page.goto(site.url);
  await page.getByRole('button', { name: '150%' }).click();
  assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize), '24px');
  await page.reload();
  await page.getByRole('button', { name: LANGS.vi.start }).waitFor();
  assert.equal(await page.getByRole('button', { name: '150%' }).getAttribute('aria-pressed'), 'true');
  await noSidewaysScroll(page, 'start at 150%');
  await shot(page, 'size-320x640-vi-start-text150');
  await page.getByRole('button', { name: LANGS.vi.start }).click();
  await page.locator('.choice').first().waitFor();
  await noSidewaysScroll(page, 'question at 150%');
  await answerFirst(page);
  await noSidewaysScroll(page, 'feedback at 150%');
  await shot(page, 'size-320x640-vi-feedback-text150');
  await page.context().close();
});

/// A stand-in for the browser's speech synthesis with the given voices,
/// recording what it is asked to say.
function fakeSpeech(voices) {
  return (voices) => {
    class FakeVoice { constructor(v) { Object.assign(this, v); } }
    class FakeUtterance { constructor(text) { this.text = text; } }
    window.SpeechSynthesisVoice = FakeVoice;
    window.SpeechSynthesisUtterance = FakeUtterance;
    window.spoken = [];
    window.cancelled = 0;
    const synth = new EventTarget();
    synth.getVoices = () => voices.map((v) => new FakeVoice(v));
    synth.speak = (u) => window.spoken.push({ text: u.text, lang: u.lang });
    synth.cancel = () => { window.cancelled += 1; };
    Object.defineProperty(synth, 'speaking', { get: () => false });
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  };
}

test('read-aloud reads the question and options in Vietnamese, only where a Vietnamese voice exists', async () => {
  const page = await site.page();
  await page.addInitScript(fakeSpeech(), [{ lang: 'vi-VN', name: 'Tiếng Việt', localService: true }]);
  await page.goto(site.url);
  await page.getByRole('button', { name: LANGS.vi.start }).click();
  await page.locator('.choice').first().waitFor();
  await page.getByRole('button', { name: 'Đọc to câu hỏi' }).click();
  const spoken = await page.evaluate(() => window.spoken);
  assert.equal(spoken.length, 1);
  assert.equal(spoken[0].lang, 'vi-VN');
  const prompt = await page.locator('.prompt').textContent();
  const first = await page.locator('.choice-text').first().textContent();
  assert.ok(spoken[0].text.startsWith(prompt), spoken[0].text);
  assert.ok(spoken[0].text.includes(`1. ${first}`), spoken[0].text);

  // No English voice: in English the button is not offered.
  await page.getByRole('button', { name: 'English' }).click();
  // The page turns English once the bank's English has arrived.
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  // Switched for real: the same question in English, not marked Vietnamese,
  // and the Vietnamese button gone with it.
  assert.notEqual(await page.locator('.prompt').textContent(), prompt, 'the question is in English');
  assert.equal(await page.locator('.prompt').getAttribute('lang'), null);
  assert.equal(await page.getByRole('button', { name: 'Đọc to câu hỏi' }).count(), 0);
  assert.equal(await page.getByRole('button', { name: 'Read the question aloud' }).count(), 0);
  await page.getByRole('button', { name: 'Tiếng Việt' }).click();

  // Moving on stops the reading.
  const cancelledBefore = await page.evaluate(() => window.cancelled);
  await answerFirst(page);
  assert.equal(await page.getByRole('button', { name: 'Đọc to câu hỏi' }).count(), 0);
  assert.ok(await page.evaluate(() => window.cancelled) > cancelledBefore);
  await page.context().close();
});

test('with no voice for the language, there is no read-aloud button', async () => {
  const page = await site.page();
  await page.addInitScript(fakeSpeech(), [{ lang: 'en-US', name: 'English', localService: true }]);
  await page.goto(site.url);
  await page.getByRole('button', { name: LANGS.vi.start }).click();
  await page.locator('.choice').first().waitFor();
  assert.equal(await page.getByRole('button', { name: 'Đọc to câu hỏi' }).count(), 0);
  await page.context().close();
});

// The screens of the other ways to play, reached by address, each checked
// by axe and for sideways scrolling on the smallest phone.
const MODE_SCREENS = ['#/practice', 'contest.html#/', '#/progress', 'tools.html#/verify', '#/challenge?s=12345&n=5&d=easy&t=ocop&r=3'];
for (const lang of ['vi', 'en']) {
  for (const scheme of ['light', 'dark']) {
    test(`practice, contest, progress, verify and challenge screens pass axe in ${lang}, ${scheme}, at 320 px`, async () => {
      const page = await site.page({ viewport: { width: 320, height: 640 }, locale: lang === 'vi' ? 'vi-VN' : 'en-GB' });
      await page.emulateMedia({ colorScheme: scheme });
      const violations = [];
      for (const hash of MODE_SCREENS) {
        await page.goto(`${site.url}${hash}`);
        await page.reload();
        await page.locator('main h1').first().waitFor();
        if (hash === 'tools.html#/verify') {
          await page.locator('#codes').fill('HTX1-AAAAA-BBBBB | Lê An | Xã A');
          await page.locator('.flagged').waitFor();
        }
        if (hash === 'contest.html#/') {
          await page.locator('form.registration button[type=submit]').click();
          await page.locator('.field[aria-invalid=true]').first().waitFor();
        }
        violations.push(...await axe(page, hash));
        await noSidewaysScroll(page, `${hash} at 320 px`);
        await shot(page, `modes-320-${lang}-${scheme}-${hash.split('#/')[1].split('?')[0] || 'contest'}`);
      }
      assert.deepEqual(violations, []);
      assert.deepEqual(page.errors, []);
      await page.context().close();
    });
  }
}
