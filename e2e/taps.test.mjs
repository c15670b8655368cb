// End to end: on a device too slow to redraw in one go, no tap or key on a
// question is lost, and none answers another question.
//
// Yew 0.23's scheduler lets the browser run (draw, take taps and keys) once
// a render has taken 16 ms, even with child components not yet updated and
// effects not yet run. A slow phone meets that now and then; here every
// call of Date.now() is 20 ms after the one before, so the scheduler finds
// every render over budget and gives way at every point it may, and the
// page is CPU throttled 4x besides. The player acts from a
// MutationObserver: at the first moment the page shows something to act
// on, which is when such a gap is open. So these tests do not depend on
// timing: before the fixes they failed on every run.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test, withSite } from './browser.mjs';

const BANK = JSON.parse(await readFile(new URL('../static/questions.json', import.meta.url), 'utf8'));
const ofKind = (kind, count) => BANK.questions.filter((q) => q.kind === kind).slice(0, count);
// Ten questions of every kind, so a quick round draws them all.
const MIXED = { ...BANK, questions: [...ofKind('single', 4), ...ofKind('true_false', 3), ...ofKind('multiple', 3)] };
// A contest of single-answer questions with four options each, so an
// option's number is valid in every question.
const FOUR = { ...BANK, questions: BANK.questions.filter((q) => q.kind === 'single' && q.options.length === 4).slice(0, 10) };
const CONTEST = JSON.parse(await readFile(new URL('../static/contest.json', import.meta.url), 'utf8'));
const SHORT = { ...CONTEST, title: { vi: 'Hội thi thử', en: 'Trial contest' }, questions: 5, minutes: 60, units: [] };

const site = withSite('/taps/', { overrides: { 'static/questions.json': JSON.stringify(MIXED) } });

/// A page on a device too slow to redraw in one go (see the top).
async function slowPage(url) {
  const page = await site.page();
  await page.addInitScript(() => {
    const real = Date.now.bind(Date);
    let calls = 0;
    Date.now = () => real() + 20 * ++calls;
  });
  await page.goto(url);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  return page;
}

/// Plays the round on screen to its results from a MutationObserver, by
/// tap or by key, at the first moment each step is possible: a question
/// shown with open options is answered with its first option (ticked and
/// checked, for multiple select) by a double tap or by the keys 1 and
/// Enter; on the feedback, Next, and with taps a tap on the first option
/// on screen right after it, as the question changes. Returns what the
/// page showed wrong and, per question, the option picked and the answer
/// the results record.
function playFromObserver(keys) {
  const label = () => document.querySelector('.progress-label')?.textContent;
  const prompt = () => document.querySelector('#prompt')?.textContent;
  const open = () => document.querySelector('.choice:not(:disabled)');
  const press = (key) => (document.activeElement ?? document.body)
    .dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  const picked = {};
  const checked = new Set();
  const movedOn = new Set();
  const openBesideVerdict = [];
  return new Promise((resolve, reject) => {
    const observer = new MutationObserver(() => {
      try {
        step();
      } catch (e) {
        reject(e);
      }
    });
    // A page that stops changing wakes no observer: give up after a while.
    const stuck = setTimeout(() => finish({
      stuck: `${label()}: ${document.querySelector('main').innerText.slice(0, 200)}`, openBesideVerdict, picked,
    }), 90_000);
    const finish = (result) => {
      clearTimeout(stuck);
      observer.disconnect();
      resolve(result);
    };
    const step = () => {
      if (document.querySelector('[data-testid=score]')) {
        const recorded = [...document.querySelectorAll('.review-item')].map((item) => ({
          prompt: item.querySelector('h3').textContent.replace(/^\S+ \d+\. /, ''),
          answer: item.querySelector('.verdict-text + p')?.textContent ?? '(no answer)',
        }));
        finish({ openBesideVerdict, picked, recorded });
        return;
      }
      const feedback = document.querySelector('.feedback');
      if (feedback && open()) openBesideVerdict.push(label());
      const first = open();
      if (first && !feedback && !(prompt() in picked)) {
        picked[prompt()] = first.querySelector('.choice-text').textContent;
        if (keys) press('1');
        else {
          first.click();
          if (!first.hasAttribute('aria-pressed')) first.click(); // a double tap
        }
      }
      const check = document.querySelector('.question > .button-primary:not(:disabled)');
      if (check && !checked.has(prompt())) {
        checked.add(prompt());
        if (keys) press('Enter');
        else {
          check.click();
          check.click();
        }
      }
      const next = document.querySelector('.feedback .next');
      if (next && !movedOn.has(prompt())) {
        movedOn.add(prompt());
        if (keys) press('Enter');
        else {
          next.click();
          document.querySelector('.choice')?.click(); // lands as the question changes
        }
      }
    };
    observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    step();
  });
}

function assertEveryPickRecorded({ stuck, openBesideVerdict, picked, recorded }) {
  assert.equal(stuck, undefined, 'the round stopped: a tap or key was not taken');
  assert.deepEqual(openBesideVerdict, [], 'options looked open beside the verdict');
  assert.equal(recorded.length, 10);
  for (const { prompt, answer } of recorded) {
    assert.ok(prompt in picked, `"${prompt}" was answered before it was shown open: by a tap meant for another question`);
    assert.ok(answer.endsWith(` ${picked[prompt]}`), `"${prompt}": picked "${picked[prompt]}", recorded "${answer}"`);
  }
}

test('taps, double taps and a tap as the question changes each answer the question they were meant for', async () => {
  const page = await slowPage(site.url);
  await page.getByRole('button', { name: 'Bắt đầu (10 câu hỏi)' }).click();
  assertEveryPickRecorded(await page.evaluate(playFromObserver, false));
  assert.deepEqual(page.errors, []);
});

test('a key pressed the moment a question shows answers it', async () => {
  const page = await slowPage(site.url);
  await page.getByRole('button', { name: 'Bắt đầu (10 câu hỏi)' }).click();
  assertEveryPickRecorded(await page.evaluate(playFromObserver, true));
  assert.deepEqual(page.errors, []);
});

test('in a contest, which moves on at once, a double tap answers one question, not the next too', async () => {
  const server = await site.serve({
    prefix: '/thi/',
    overrides: { 'static/contest.json': JSON.stringify(SHORT), 'static/questions.json': JSON.stringify(FOUR) },
  });
  const page = await site.page();
  await page.goto(server.url);
  await page.getByRole('link', { name: /Hội thi tìm hiểu/ }).click();
  await page.locator('#reg-name').fill('Trần Văn Bình');
  await page.locator('#reg-born').fill('1990');
  await page.locator('#reg-unit').fill('Xã Tân Phú');
  await page.getByRole('button', { name: 'Bắt đầu làm bài' }).click();
  for (let n = 1; n <= 5; n++) {
    await page.getByText(`Câu ${n}/5`, { exact: true }).waitFor();
    // Both taps in one go: the second lands before the next question is
    // drawn, as on a phone whose renderer is still busy.
    const shown = await page.evaluate(() => {
      const first = document.querySelector('.choice:not(:disabled)');
      first.click();
      first.click();
      return document.querySelector('.progress-label').textContent;
    });
    assert.equal(shown, `Câu ${n}/5`, 'still drawn when the taps land');
    if (n < 5) {
      await page.waitForFunction((was) => document.querySelector('.progress-label')?.textContent !== was, shown);
      assert.equal(await page.locator('.progress-label').textContent(), `Câu ${n + 1}/5`, 'the second tap answered another question');
    }
  }
  await page.getByRole('heading', { name: 'Câu hỏi phụ (dự đoán)' }).waitFor();
  assert.deepEqual(page.errors, []);
});
