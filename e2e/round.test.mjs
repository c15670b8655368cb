// End to end: the release build served from a sub-path, played in real
// headless Chromium on a phone-sized screen, as a player would.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, withSite, shot, DIST } from './browser.mjs';
import { answerFirst, playToEnd } from './play.mjs';

// The bank as question writers edit it, both languages; the built site
// sends it as a Vietnamese-only questions.json and questions.en.json.
const BANK = JSON.parse(await readFile(new URL('../static/questions.json', import.meta.url), 'utf8'));
const byVi = new Map(BANK.questions.map((q) => [q.prompt.vi, q]));
const ENGLISH_PROMPTS = new Set(BANK.questions.map((q) => q.prompt.en));
const DOCUMENTS = new Map(BANK.documents.map((d) => [d.id, d]));
/// The feedback's legal source line for question `q`, in Vietnamese.
const sourceLine = (q) => `Căn cứ: ${DOCUMENTS.get(q.source.document).name.vi}${q.source.part ? `, ${q.source.part.vi}` : ''}`;
const NO_ENGLISH = 'The English text of these questions is not available; showing Vietnamese.';

const site = withSite('/some/dir/');

test('a player plays a whole round by tapping and the score equals the right answers', async () => {
  const page = await site.page();
  await page.goto(site.url);
  await assert.doesNotReject(page.getByRole('heading', { name: 'Tìm hiểu Hợp tác xã kiểu mới' }).waitFor());
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'vi');
  await shot(page, 'phone-vi-1-start');

  await page.getByRole('button', { name: 'Bắt đầu (10 câu hỏi)' }).click();
  assert.match(page.url(), /#\/play$/);
  let right = 0;
  for (let n = 1; n <= 10; n++) {
    await assert.doesNotReject(page.getByText(`Câu ${n}/10`, { exact: true }).waitFor());
    if (n === 1) await shot(page, 'phone-vi-2-question');
    const prompt = await page.locator('h1.prompt').textContent();
    if (await answerFirst(page, { n })) right += 1;
    // The explanation comes in its own file after the start screen
    // (questions.notes.json); on a fresh load it is there once answered.
    const explanation = page.locator('.feedback .explanation:not(.explanation-loading)');
    await assert.doesNotReject(explanation.waitFor());
    assert.equal(await explanation.textContent(), `Giải thích: ${byVi.get(prompt).explanation.vi}`);
    assert.match(await page.locator('.feedback .source').textContent(), /^Căn cứ: \S/);
    if (n === 1) await shot(page, 'phone-vi-3-feedback');
    await page.getByRole('button', { name: n < 10 ? /Câu tiếp theo/ : /Xem kết quả/ }).click();
  }
  await assert.doesNotReject(page.getByRole('heading', { name: 'Kết quả', exact: true }).waitFor());
  assert.match(page.url(), /#\/results$/);
  assert.equal(await page.getByTestId('score').textContent(), `${right}/10 câu đúng`);
  assert.equal(await page.locator('.review-item').count(), 10);
  assert.equal(await page.locator('.review-item.right').count(), right);
  assert.equal(await page.locator('.topic-scores li').count() > 0, true);
  await shot(page, 'phone-vi-4-results');

  await page.getByRole('button', { name: 'Chơi lượt mới' }).click();
  await assert.doesNotReject(page.getByText('Câu 1/10', { exact: true }).waitFor());
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a keyboard player answers with keys 1–6 and goes on with Enter', async () => {
  const page = await site.page({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
  await page.goto(site.url);
  await page.getByRole('button', { name: 'Start (10 questions)' }).waitFor();
  await shot(page, 'desktop-en-1-start');
  // Only the keyboard from here on: Tab to the start button, Enter.
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.textContent) === 'Start (10 questions)') break;
  }
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Start (10 questions)');
  await page.keyboard.press('Enter');
  for (let n = 1; n <= 10; n++) {
    await assert.doesNotReject(page.getByText(`Question ${n} of 10`, { exact: true }).waitFor());
    if (n === 1) await shot(page, 'desktop-en-2-question');
    await answerFirst(page, { n, keyboard: true, lang: 'en' });
    if (n === 1) await shot(page, 'desktop-en-3-feedback');
    // Focus is on the verdict (not a button), so Enter means "go on".
    await page.keyboard.press('Enter');
  }
  await assert.doesNotReject(page.getByRole('heading', { name: 'Results', exact: true }).waitFor());
  assert.match(await page.getByTestId('score').textContent(), /^\d+ of 10 correct$/);
  await shot(page, 'desktop-en-4-results');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('the language choice is remembered across a reload', async () => {
  const page = await site.page();
  await page.goto(site.url);
  await page.getByRole('button', { name: 'English' }).click();
  await assert.doesNotReject(page.getByRole('heading', { name: 'Learn about new-style cooperatives' }).waitFor());
  await page.reload();
  await assert.doesNotReject(page.getByRole('heading', { name: 'Learn about new-style cooperatives' }).waitFor());
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  await page.getByRole('button', { name: 'Tiếng Việt' }).click();
  await assert.doesNotReject(page.getByRole('heading', { name: 'Tìm hiểu Hợp tác xã kiểu mới' }).waitFor());
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('the back button returns to the start screen and the round can be continued', async () => {
  const page = await site.page();
  await page.goto(site.url);
  await page.getByRole('button', { name: 'Bắt đầu (10 câu hỏi)' }).click();
  await answerFirst(page);
  await page.getByRole('button', { name: /Câu tiếp theo/ }).click();
  await page.getByText('Câu 2/10', { exact: true }).waitFor();
  await page.goBack();
  await page.getByRole('button', { name: /Tiếp tục lượt đang chơi \(Câu 2\/10\)/ }).click();
  await assert.doesNotReject(page.getByText('Câu 2/10', { exact: true }).waitFor());
  await page.context().close();
});

test('a player who switches to English mid-round keeps the round and reads it in English; Vietnamese never downloads the English', async (t) => {
  const requested = [];
  const own = await site.serve({ prefix: '/lang/', onRequest: (path) => requested.push(path.slice('/lang/'.length)) });
  t.after(() => own.close());
  const page = await site.page();
  await page.goto(own.url);
  await page.getByRole('button', { name: 'Bắt đầu (10 câu hỏi)' }).click();
  await answerFirst(page, { n: 1 });
  await page.getByRole('button', { name: /Câu tiếp theo/ }).click();
  await page.getByText('Câu 2/10', { exact: true }).waitFor();
  const question = byVi.get(await page.locator('h1.prompt').textContent());
  assert.ok(question, 'the Vietnamese prompt is one of the bank\'s');
  assert.equal(requested.includes('static/questions.en.json'), false, 'a Vietnamese player does not fetch the English');
  const built = JSON.parse(await readFile(join(DIST, 'static/questions.json'), 'utf8'));
  assert.equal(typeof built.questions[0].prompt, 'string', 'the built site sends the bank in Vietnamese only');

  await page.getByRole('button', { name: 'English' }).click();
  await assert.doesNotReject(page.getByText('Question 2 of 10', { exact: true }).waitFor());
  assert.equal(await page.locator('h1.prompt').textContent(), question.prompt.en, 'the same question, in English');
  assert.equal(requested.filter((f) => f === 'static/questions.en.json').length, 1);
  assert.equal(await page.getByText(NO_ENGLISH).count(), 0);
  await shot(page, 'phone-en-switched-question');
  // Back in Vietnamese, the same question again.
  await page.getByRole('button', { name: 'Tiếng Việt' }).click();
  await assert.doesNotReject(page.getByText('Câu 2/10', { exact: true }).waitFor());
  assert.equal(await page.locator('h1.prompt').textContent(), question.prompt.vi);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('an English player on a phone sees the start screen and the questions in English', async () => {
  const page = await site.page({ locale: 'en-GB' });
  await page.goto(site.url);
  await page.getByRole('button', { name: 'Start (10 questions)' }).waitFor();
  assert.equal(await page.getByText(/^The bank holds \d+ questions in Vietnamese and English\.$/).count(), 1);
  await shot(page, 'phone-en-1-start');
  await page.getByRole('button', { name: 'Start (10 questions)' }).click();
  await page.getByText('Question 1 of 10', { exact: true }).waitFor();
  assert.ok(ENGLISH_PROMPTS.has(await page.locator('h1.prompt').textContent()), 'the prompt is in English');
  assert.equal(await page.locator('h1.prompt').getAttribute('lang'), null, 'English text is not marked Vietnamese');
  await shot(page, 'phone-en-2-question');
  await answerFirst(page, { n: 1, lang: 'en' });
  assert.equal(await page.getByText(NO_ENGLISH).count(), 0);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

// An organiser replaced questions.json without rebuilding, or the English
// file is missing or broken: Vietnamese questions with a notice, never the
// English of another file, never a blank page.
for (const [why, english] of [
  ['made for another questions.json', async () => {
    const en = JSON.parse(await readFile(join(DIST, 'static/questions.en.json'), 'utf8'));
    return JSON.stringify({ ...en, for: '0123456789abcdef' });
  }],
  ['missing', async () => null],
  ['broken', async () => '{ "for": '],
]) {
  test(`an English player whose questions.en.json is ${why} reads the questions in Vietnamese, with a notice`, async (t) => {
    const own = await site.serve({ prefix: '/stale/', overrides: { 'static/questions.en.json': await english() } });
    t.after(() => own.close());
    const page = await site.page({ locale: 'en-GB' });
    await page.goto(own.url);
    // The start screen does not promise English it does not have.
    await assert.doesNotReject(page.getByText(/^The bank holds \d+ questions, in Vietnamese\.$/).waitFor());
    await page.getByRole('button', { name: 'Start (10 questions)' }).click();
    await page.getByText('Question 1 of 10', { exact: true }).waitFor();
    assert.ok(byVi.has(await page.locator('h1.prompt').textContent()), 'the prompt is the Vietnamese one');
    // Marked Vietnamese on the English page, for screen readers.
    assert.equal(await page.locator('h1.prompt').getAttribute('lang'), 'vi');
    assert.equal(await page.locator('.choices').getAttribute('lang'), 'vi');
    await assert.doesNotReject(page.getByText(NO_ENGLISH).waitFor());
    if (why === 'made for another questions.json') await shot(page, 'phone-en-stale-english');
    assert.deepEqual(page.errors.filter((e) => !/404|Not Found/i.test(e)), []);
    await page.context().close();
  });
}

/// A file of the built site the server holds back until `release()`
/// (the service worker's requests too, which page.route would not see).
function held(file) {
  let release;
  const gate = new Promise((resolve) => { release = resolve; });
  const body = readFile(join(DIST, file));
  return { body: gate.then(() => body), release };
}

/// A server of its own at `prefix` that holds `file` back (and serves
/// `overrides`); released and closed after the test `t`.
async function serveHeld(t, prefix, file, overrides = {}) {
  const { body, release } = held(file);
  const own = await site.serve({ prefix, overrides: { [file]: body, ...overrides } });
  t.after(() => { release(); return own.close(); });
  return { url: own.url, release };
}

// The English on its way: a polite note in the language shown; a request
// that never answers gives up (10 s) with the notice, a slow one ends in
// English. The server holds questions.en.json.
const heldEnglish = () => held('static/questions.en.json');

async function switchMidRound(prefix, english) {
  const own = await site.serve({ prefix, overrides: { 'static/questions.en.json': english.body } });
  const page = await site.page();
  await page.goto(own.url);
  await page.getByRole('button', { name: 'Bắt đầu (10 câu hỏi)' }).click();
  await page.getByText('Câu 1/10', { exact: true }).waitFor();
  await page.getByRole('button', { name: 'English' }).click();
  const note = page.locator('[aria-live=polite]').getByText('Đang tải tiếng Anh…', { exact: true });
  await assert.doesNotReject(note.waitFor());
  return { own, page, note };
}

test('switching to English shows a loading note; an English that never arrives ends in Vietnamese with the notice', async (t) => {
  const english = heldEnglish();
  const { own, page, note } = await switchMidRound('/stalled/', english);
  t.after(() => { english.release(); return own.close(); });
  await assert.doesNotReject(page.getByText(NO_ENGLISH).waitFor({ timeout: 20_000 }));
  assert.equal(await note.count(), 0, 'the note goes when the wait ends');
  await page.getByText('Question 1 of 10', { exact: true }).waitFor();
  const prompt = await page.locator('h1.prompt').textContent();
  assert.ok(byVi.has(prompt), 'the prompt is the Vietnamese one');
  // The Vietnamese text on the English page is marked as Vietnamese, so a
  // screen reader voices it in Vietnamese; the page's own words are not.
  const right = await answerFirst(page, { n: 1, lang: 'en' });
  const explanation = page.locator('.feedback .explanation span[lang=vi]');
  await assert.doesNotReject(explanation.getByText(byVi.get(prompt).explanation.vi, { exact: true }).waitFor());
  if (!right) assert.equal(await page.locator('.feedback .right-answer span[lang=vi]').count(), 1, 'the right answer is marked Vietnamese');
  assert.equal(await page.locator('.feedback .verdict[lang], .feedback strong[lang]').count(), 0, 'the page\'s own words stay English');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('an English that arrives after the loading note was seen is shown', async (t) => {
  const english = heldEnglish();
  const { own, page, note } = await switchMidRound('/slow/', english);
  t.after(() => own.close());
  await shot(page, 'phone-en-loading-note');
  english.release();
  await assert.doesNotReject(page.getByText('Question 1 of 10', { exact: true }).waitFor());
  assert.ok(ENGLISH_PROMPTS.has(await page.locator('h1.prompt').textContent()), 'the prompt is in English');
  assert.equal(await note.count(), 0);
  assert.equal(await page.getByText(NO_ENGLISH).count(), 0);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

// The explanations come in questions.notes.json, fetched once the start
// screen works, with each question's legal source and the facts "Learn
// more" links to. Held by the server, a feedback screen says they are on
// their way and fills in when they come; missing (offline on a first
// visit), it says so in a clear line, and the round still scores.
const LOADING = { vi: 'Giải thích: Đang tải giải thích…', en: 'Why: Loading explanation…' };
const UNAVAILABLE = {
  vi: 'Giải thích: Chưa tải được phần giải thích và căn cứ (thiết bị mất mạng hoặc máy chủ không trả lời). Trang sẽ thử tải lại khi có mạng.',
  en: 'Why: The explanation and its source could not be loaded (this device is offline or the server did not answer). The page tries again when the connection is back.',
};

test('explanations still on their way show a loading line on the feedback, then fill in', async (t) => {
  const notes = await serveHeld(t, '/held-notes/', 'static/questions.notes.json');
  const page = await site.page();
  await page.goto(notes.url);
  await page.getByRole('button', { name: 'Bắt đầu (10 câu hỏi)' }).click();
  const prompt = await page.locator('h1.prompt').textContent();
  await answerFirst(page, { n: 1 });
  const line = page.locator('.feedback .explanation');
  await assert.doesNotReject(line.getByText('Đang tải giải thích…').waitFor());
  assert.equal(await line.textContent(), LOADING.vi);
  assert.equal(await line.getAttribute('role'), 'status', 'screen readers hear it, and hear when it changes');
  assert.equal(await page.locator('.feedback .source').count(), 0, 'no source before the notes');
  assert.equal(await page.locator('.feedback .learn-more').count(), 0, 'no "Learn more" before the notes');
  await shot(page, 'phone-vi-feedback-explanation-loading');
  notes.release();
  await assert.doesNotReject(line.getByText(byVi.get(prompt).explanation.vi).waitFor());
  assert.equal(await line.textContent(), `Giải thích: ${byVi.get(prompt).explanation.vi}`);
  assert.equal(await page.locator('.feedback .source').textContent(), sourceLine(byVi.get(prompt)));
  await assert.doesNotReject(page.locator('.feedback').getByRole('link', { name: /Tìm hiểu thêm/ }).waitFor());
  await shot(page, 'phone-vi-feedback-explanation');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a results review shown before the notes fills in every source when they come', async (t) => {
  const notes = await serveHeld(t, '/held-notes-review/', 'static/questions.notes.json');
  const page = await site.page();
  await page.goto(notes.url);
  await page.getByRole('button', { name: 'Bắt đầu (10 câu hỏi)' }).click();
  await playToEnd(page);
  const items = page.locator('.review-item');
  assert.equal(await items.count(), 10);
  assert.equal(await page.locator('.review-item .source').count(), 0, 'no source before the notes');
  assert.equal(await page.locator('.review-item .learn-more').count(), 0, 'no "Learn more" before the notes');
  notes.release();
  await page.locator('.review-item .source').nth(9).waitFor();
  for (let i = 0; i < 10; i++) {
    const prompt = (await items.nth(i).locator('h3').textContent()).replace(/^✓|^✗|^–/, '').replace(/^ \d+\. /, '');
    assert.equal(await items.nth(i).locator('.source').textContent(), sourceLine(byVi.get(prompt)), prompt);
  }
  assert.equal(await page.locator('.review-item .learn-more').count(), 10);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('an English player reads the English explanation before the Vietnamese ones arrive', async (t) => {
  const notes = await serveHeld(t, '/held-notes-en/', 'static/questions.notes.json');
  const page = await site.page({ locale: 'en-GB' });
  await page.goto(notes.url);
  await page.getByRole('button', { name: 'Start (10 questions)' }).click();
  await page.getByText('Question 1 of 10', { exact: true }).waitFor();
  const prompt = await page.locator('h1.prompt').textContent();
  const question = BANK.questions.find((q) => q.prompt.en === prompt);
  await answerFirst(page, { n: 1, lang: 'en' });
  assert.equal(await page.locator('.feedback .explanation').textContent(), `Why: ${question.explanation.en}`);
  await shot(page, 'phone-en-feedback-explanation');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('explanations and legal sources that failed to download come once the device is back online', async (t) => {
  // The server refuses the explanations until the signal "comes back".
  let refused = true;
  const notes = readFile(join(DIST, 'static/questions.notes.json'));
  const own = await site.serve({
    prefix: '/notes-come-back/',
    overrides: { get 'static/questions.notes.json'() { return refused ? null : notes; } },
  });
  t.after(() => own.close());
  const page = await site.page();
  await page.goto(own.url);
  await page.getByRole('button', { name: 'Bắt đầu (10 câu hỏi)' }).click();
  const prompt = await page.locator('h1.prompt').textContent();
  await answerFirst(page, { n: 1 });
  const line = page.locator('.feedback .explanation');
  await line.getByText('Chưa tải được phần giải thích', { exact: false }).waitFor();
  assert.equal(await page.locator('.feedback .source').count(), 0, 'the source comes with the explanation');

  // Offline, then online again: the page tries once more and the
  // explanation fills in on the feedback already shown.
  refused = false;
  await page.context().setOffline(true);
  await page.context().setOffline(false);
  await page.locator('.feedback .explanation:not(.explanation-missing):not(.explanation-loading)').waitFor();
  const shown = await line.textContent();
  assert.match(shown, /^Giải thích: \S/);
  assert.notEqual(shown, UNAVAILABLE.vi);
  assert.equal(await page.locator('.feedback .source').textContent(), sourceLine(byVi.get(prompt)));
  const documentUrl = DOCUMENTS.get(byVi.get(prompt).source.document).url;
  if (documentUrl) assert.equal(await page.locator('.feedback .source a').getAttribute('href'), documentUrl);
  assert.deepEqual(page.errors.filter((e) => !/404|Not Found/i.test(e)), []);
  await page.context().close();
});

test('with neither the English nor the explanations yet, an English player sees the loading line in English', async (t) => {
  const notes = await serveHeld(t, '/held-notes-no-en/', 'static/questions.notes.json', { 'static/questions.en.json': null });
  const page = await site.page({ locale: 'en-GB' });
  await page.goto(notes.url);
  await page.getByRole('button', { name: 'Start (10 questions)' }).click();
  await answerFirst(page, { n: 1, lang: 'en' });
  const line = page.locator('.feedback .explanation');
  await assert.doesNotReject(line.getByText('Loading explanation…').waitFor());
  assert.equal(await line.textContent(), LOADING.en);
  await shot(page, 'phone-en-feedback-explanation-loading');
  assert.deepEqual(page.errors.filter((e) => !/404|Not Found/i.test(e)), []);
  await page.context().close();
});

for (const lang of ['vi', 'en']) {
  test(`explanations that cannot be fetched leave a clear line, and the round still scores (${lang})`, async (t) => {
    const own = await site.serve({ prefix: `/no-notes-${lang}/`, overrides: { 'static/questions.notes.json': null } });
    t.after(() => own.close());
    const page = await site.page({ locale: lang === 'vi' ? 'vi-VN' : 'en-GB' });
    await page.goto(own.url);
    await page.getByRole('button', { name: lang === 'vi' ? 'Bắt đầu (10 câu hỏi)' : 'Start (10 questions)' }).click();
    const firstRight = await answerFirst(page, { n: 1, lang });
    if (lang === 'vi') {
      const line = page.locator('.feedback .explanation');
      await assert.doesNotReject(line.getByText('Chưa tải được phần giải thích', { exact: false }).waitFor());
      assert.equal(await line.textContent(), UNAVAILABLE.vi);
      await shot(page, 'phone-vi-feedback-explanation-unavailable');
    } else {
      // The English explanations come with the English file, which is there.
      assert.match(await page.locator('.feedback .explanation').textContent(), /^Why: \S/);
    }
    await page.locator('.feedback .next').click();
    await playToEnd(page, { from: 2, lang, rightSoFar: firstRight ? 1 : 0 });
    if (lang === 'vi') assert.equal(await page.locator('.review-item .explanation-missing').count(), 10);
    assert.equal(await page.locator('.review-item .source').count(), 0, 'no source line without the notes');
    assert.deepEqual(page.errors.filter((e) => !/404|Not Found/i.test(e)), []);
    await page.context().close();
  });
}

// On a slow connection the page shows "loading questions" first. The footer
// then waits below the fold: at the foot of a short page it would be pushed
// down when the start screen arrives, a jump under the player's thumb (the
// page's whole layout shift, 0.064–0.076, before).
test('while the questions load, the footer waits below the fold and nothing moves when the start screen arrives', async (t) => {
  const bank = await serveHeld(t, '/slow-bank/', 'static/questions.json');
  const page = await site.page();
  await page.addInitScript(() => {
    window.shifts = [];
    // Each shift with what moved, from where to where (for the message).
    new PerformanceObserver((list) => window.shifts.push(...list.getEntries().map((e) => [e.value, e.sources.map((s) => `${s.node?.className} ${JSON.stringify(s.previousRect)} -> ${JSON.stringify(s.currentRect)}`)])))
      .observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(bank.url);
  await page.getByText('Đang tải câu hỏi…', { exact: true }).waitFor();
  const frames = () => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await frames();
  const footerTop = await page.locator('footer').evaluate((f) => f.getBoundingClientRect().top);
  assert.ok(footerTop >= 740, `the footer starts below the fold while loading (top ${footerTop})`);
  // No screenshot here: a full-page one resizes the page, a shift of its own.
  bank.release();
  await page.getByRole('button', { name: 'Bắt đầu (10 câu hỏi)' }).waitFor();
  await frames();
  assert.deepEqual(await page.evaluate(() => window.shifts), [], 'no layout shift');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
