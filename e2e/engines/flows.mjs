// The six core flows, written once and played in each engine by
// firefox.test.mjs and webkit.test.mjs: a round by tapping, a reload
// mid-round, a contest round checked on the verify page, Learn search
// without diacritics, host mode with 3 teams, an organiser import. Each
// asserts what a player or organiser would notice, on a 360x740 screen,
// and leaves a screenshot of its key screens in e2e/artifacts/ named
// <engine>-<flow>-<screen>.png. To picture the same screens in Chromium:
//   cd e2e && node --input-type=module -e "import { coreFlows } from './engines/flows.mjs'; coreFlows('chromium');"
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '../server.mjs';
import { COLUMNS, excelCsv, rowOf } from '../sheet.mjs';
import { DIST, PAGES, launch, until } from './engines.mjs';

const BANK = JSON.parse(await readFile(new URL('../../static/questions.json', import.meta.url), 'utf8'));
const CONTEST = JSON.parse(await readFile(new URL('../../static/contest.json', import.meta.url), 'utf8'));

const byKind = (kind) => BANK.questions.filter((q) => q.kind === kind);
/// Ten questions, so every round draws all three kinds, whatever the seed.
const KINDS = [...byKind('single').slice(0, 4), ...byKind('multiple').slice(0, 3), ...byKind('true_false').slice(0, 3)];
/// A short contest (the real one has 20 questions) with units to choose.
const CONTEST_QUESTIONS = 6;
const SHORT = {
  ...CONTEST,
  title: { vi: 'Hội thi thử nghiệm', en: 'Test contest' },
  questions: CONTEST_QUESTIONS,
  minutes: 20,
  units: ['Xã Tân Phú', 'Xã Hòa Bình'],
};

const START = { role: 'button', text: 'Bắt đầu (10 câu hỏi)' };
const progress = (n, total = 10) => ({ text: `Câu ${n}/${total}` });

/// Answers the question on screen with its first option (ticked and
/// checked, for a multiple-select question); returns its kind as seen
/// and whether the verdict said right.
async function answerFirst(page) {
  const multiple = (await page.count('.choice[aria-pressed]')) > 0;
  await page.click('.choice');
  if (multiple) {
    await page.waitFor('.choice.ticked');
    await page.click({ role: 'button', text: 'Kiểm tra' });
  }
  const verdict = await page.text('.verdict');
  return { multiple, right: verdict.includes('Chính xác!') };
}

/// Registers the flows for one engine. Each file has its own limit and
/// closes its browser (and, for WebKit, Xvfb and the driver) on failure.
export function coreFlows(engineName) {
  describe(`core flows in ${engineName}`, { timeout: 25 * 60_000 }, () => {
    let engine;
    let site;
    let kinds;
    let contest;
    let files;
    const open = new Set();

    before(async () => {
      files = await mkdtemp(join(tmpdir(), 'coopquiz-flows-'));
      process.once('exit', () => rmSync(files, { recursive: true, force: true }));
      site = await serve({ root: DIST, prefix: '/htx/quiz/' });
      kinds = await serve({ root: DIST, prefix: '/kinds/', overrides: { 'static/questions.json': JSON.stringify({ ...BANK, questions: KINDS }) } });
      contest = await serve({ root: DIST, prefix: '/thi/', overrides: { 'static/contest.json': JSON.stringify(SHORT) } });
      engine = await launch(engineName);
    }, { timeout: 3 * 60_000 });

    after(async () => {
      for (const page of open) await page.close();
      await engine?.close();
      await Promise.all([site, kinds, contest].map((s) => s?.close()));
      if (files) await rm(files, { recursive: true, force: true });
    }, { timeout: 60_000 });

    /// A flow on a fresh phone-sized page that must end with no error logged.
    function flow(name, body) {
      test(name, { timeout: 8 * 60_000 }, async (t) => {
        const page = await engine.newPage();
        open.add(page);
        try {
          await body(page, t);
          assert.deepEqual(await page.errors(), [], 'errors in the page');
        } finally {
          open.delete(page);
          await page.close();
        }
      });
    }

    flow('1. a round by tapping: every kind of question, and the score shown equals the verdicts seen', async (page) => {
      await page.goto(kinds.url + PAGES.player);
      await page.waitFor({ role: 'heading', text: 'Tìm hiểu Hợp tác xã kiểu mới' });
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'vi', 'a Vietnamese browser gets Vietnamese');
      await page.screenshot('1-start');
      await page.click(START);
      const seen = new Set();
      let right = 0;
      let pictured = false;
      for (let n = 1; n <= 10; n++) {
        await page.waitFor(progress(n));
        const prompt = await page.text('#prompt');
        const question = KINDS.find((q) => q.prompt.vi === prompt);
        assert.ok(question, `question ${n} is from the bank served: ${prompt}`);
        const answer = await answerFirst(page);
        assert.equal(answer.multiple, question.kind === 'multiple', `${question.id} is shown as its kind`);
        seen.add(question.kind);
        if (answer.right) right += 1;
        assert.match(await page.text('.feedback .source'), /^Căn cứ: \S/);
        if (question.kind === 'multiple' && !pictured) {
          pictured = true;
          await page.screenshot('1-multiple-feedback');
        }
        await page.click('.feedback .next');
      }
      await page.waitFor({ role: 'heading', text: 'Kết quả' });
      assert.deepEqual([...seen].sort(), ['multiple', 'single', 'true_false']);
      assert.equal(await page.text('[data-testid=score]'), `${right}/10 câu đúng`);
      assert.equal(await page.count('.review-item'), 10);
      assert.equal(await page.count('.review-item.right'), right);
      await page.screenshot('1-results');
    });

    flow('2. a reload mid-round resumes the same question with the same option order, and keeps the answer', async (page) => {
      await page.goto(site.url + PAGES.player);
      await page.click(START);
      await page.waitFor(progress(1));
      await answerFirst(page);
      await page.click('.feedback .next');
      await page.waitFor(progress(2));
      const prompt = await page.text('#prompt');
      const options = await page.texts('.choice-text');
      assert.ok(options.length >= 2);
      await page.screenshot('2-before-reload');

      await page.reload();
      await page.waitFor(progress(2));
      assert.equal(await page.text('#prompt'), prompt, 'the same question');
      assert.deepEqual(await page.texts('.choice-text'), options, 'the same options in the same order');
      await page.screenshot('2-after-reload');
      await answerFirst(page);
      const verdict = await page.text('.verdict');
      const marked = await page.texts('.choice');

      await page.reload();
      await page.waitFor(progress(2));
      assert.equal(await page.text('.verdict'), verdict, 'the answer and its feedback are kept');
      assert.deepEqual(await page.texts('.choice'), marked, 'the picked option is still marked');
    });

    flow('3. a contest round to its result code, and the code scores the same on the verify page', async (page, t) => {
      await page.goto(contest.url + PAGES.player);
      await page.click({ role: 'link', text: /^Hội thi tìm hiểu/ });
      await page.waitFor({ role: 'heading', text: 'Hội thi thử nghiệm' });
      await page.click({ role: 'button', text: 'Bắt đầu làm bài' });
      await page.waitFor({ text: 'Hãy nhập họ và tên.' });
      assert.equal(await page.evaluate(() => document.querySelector('#reg-name').getAttribute('aria-invalid')), 'true');
      await page.fill('#reg-name', 'Nguyễn Thị Hoa');
      await page.gone({ text: 'Hãy nhập họ và tên.' }); // a field put right loses its message
      await page.fill('#reg-born', '15/08/1985');
      await page.select('#reg-unit', 'Xã Hòa Bình');
      await page.screenshot('3-registration');
      await page.click({ role: 'button', text: 'Bắt đầu làm bài' });
      // Question 1 opens at its top, the countdown in sight, however far
      // down the registration was scrolled to reach its button.
      await page.waitFor(progress(1, CONTEST_QUESTIONS));
      for (const deadline = Date.now() + 10_000; await page.evaluate(() => scrollY) !== 0;) {
        assert.ok(Date.now() < deadline, 'question 1 opens scrolled down');
        await page.painted();
      }
      assert.ok(await page.evaluate(() => {
        const box = document.querySelector('.countdown').getBoundingClientRect();
        return box.top >= 0 && box.bottom <= innerHeight;
      }), 'the countdown is on screen');

      for (let n = 1; n <= CONTEST_QUESTIONS; n++) {
        await page.waitFor(progress(n, CONTEST_QUESTIONS));
        assert.match(await page.text('.countdown'), /\d+:\d\d/);
        assert.equal(await page.count('.feedback'), 0, 'no feedback during a contest');
        if (n === 1) await page.screenshot('3-question');
        // Choosing moves on; a multiple-select question is ticked, then checked.
        const multiple = (await page.count('.choice[aria-pressed]')) > 0;
        await page.click('.choice');
        if (multiple) {
          await page.waitFor('.choice.ticked');
          await page.click({ role: 'button', text: 'Kiểm tra' });
        }
        await page.gone({ text: `Câu ${n}/${CONTEST_QUESTIONS}` });
      }

      await page.waitFor({ role: 'heading', text: 'Câu hỏi phụ (dự đoán)' });
      await page.fill('#prediction', 'abc');
      await page.click({ role: 'button', text: 'Gửi và xem kết quả' });
      await page.waitFor({ text: 'Chỉ nhập chữ số, không nhập chữ.' });
      await page.fill('#prediction', '25');
      await page.click({ role: 'button', text: 'Gửi và xem kết quả' });
      await page.waitFor({ role: 'heading', text: 'Kết quả' });
      const score = await page.text('[data-testid=score]');
      assert.match(score, new RegExp(`^[0-${CONTEST_QUESTIONS}]/${CONTEST_QUESTIONS} câu đúng$`));
      assert.equal(await page.count('.review-item'), CONTEST_QUESTIONS);
      const line = await page.value('#result-code');
      assert.match(line, /^HTX2-[0-9A-Z-]+ \| Nguyễn Thị Hoa \| Xã Hòa Bình$/);
      await page.waitFor({ css: '.certificate *', text: 'Nguyễn Thị Hoa' });

      // Copy with the button; where the browser refuses, the app says so
      // and selects the code for the player to copy by hand.
      await page.click({ css: '.result-code', role: 'button', text: 'Sao chép' });
      await page.waitFor({ css: '.result-code .copy-status', text: /\S/ });
      const status = await page.text('.result-code .copy-status');
      const copied = status === 'Đã sao chép.';
      if (!copied) {
        assert.match(status, /^Trình duyệt không cho sao chép tự động/);
        const selected = await page.evaluate(() => {
          const box = document.querySelector('#result-code');
          return box.value.slice(box.selectionStart, box.selectionEnd);
        });
        assert.equal(selected, line, 'the code is selected for copying by hand');
      }
      t.diagnostic(`${engineName}: the copy button ${copied ? 'copied the code' : `did not copy: "${status}"`}`);
      await page.screenshot('3-results');

      // The organiser pastes it (Ctrl+V) on the verify page.
      await page.goto(contest.url + PAGES.verify);
      await page.waitFor({ role: 'heading', text: 'Kiểm tra và xếp hạng mã kết quả' });
      if (copied) {
        await page.click('#codes');
        await page.press('Control+v');
        await until(async () => (await page.value('#codes')).trim() === line, 'Ctrl+V to paste the copied code', { page });
      } else {
        await page.fill('#codes', line);
      }
      await page.waitFor({ text: '1 dòng có mã: 1 mã hợp lệ được xếp hạng, 0 mã trùng lặp, 0 mã bị sửa hoặc không đọc được.' });
      const row = await page.texts('table.ranking tbody tr td');
      assert.equal(row[1], 'Nguyễn Thị Hoa');
      assert.equal(row[2], 'Xã Hòa Bình');
      assert.equal(row[3], score.replace(' câu đúng', ''), 'the same score, recomputed from the code');
      assert.equal(row[4], '25', 'the tie-break answer');
      await page.scrollTo({ text: '1 dòng có mã: 1 mã hợp lệ được xếp hạng, 0 mã trùng lặp, 0 mã bị sửa hoặc không đọc được.' });
      await page.screenshot('3-verify');
    });

    flow('4. Learn search without diacritics finds the key points on new-style cooperatives', async (page) => {
      await page.goto(site.url + PAGES.player);
      // A link to the Learn page, which has a wasm of its own (issue 17).
      await page.click({ role: 'link', text: 'Tìm hiểu kiến thức →' });
      await page.waitFor({ role: 'heading', text: 'Tìm hiểu kiến thức' });
      assert.equal(await page.url(), site.url + PAGES.learn);
      await page.fill('#learn-query', 'hop tac xa kieu moi');
      // Results follow each key typed: wait for those of the whole query.
      const texts = await until(async () => {
        const found = await page.texts('.search-results .point-text');
        return found.length > 0 && found.every((x) => x.toLowerCase().includes('hợp tác xã kiểu mới')) && found;
      }, 'results that all say "hợp tác xã kiểu mới"', { page });
      assert.ok((await page.texts('.search-results .point-id')).includes('F-QN-01'));
      assert.equal(await page.text('[role=status]'), `${texts.length} ý phù hợp`);
      assert.ok(texts.every((x) => x === x.normalize('NFC')), 'text stays NFC');
      await page.screenshot('4-learn-search');
      await page.fill('#learn-query', 'zzqx');
      await page.waitFor({ text: 'Không tìm thấy ý nào phù hợp.' });
    });

    flow('5. host mode: 3 named teams, a question marked and revealed, then the scoreboard', async (page) => {
      await page.goto(site.url + PAGES.host);
      await page.waitFor({ role: 'heading', text: 'Thi trực tiếp trên máy chiếu' });
      assert.equal(await page.count('.host-team-row'), 3, 'three teams to start with');
      const names = ['Sao Mai', 'Hoa Sen', 'Bình Minh'];
      for (const [i, name] of names.entries()) await page.fill({ css: '.host-team-row input[type=text]', nth: i }, name);
      await page.fill('input[type=number][max="50"]', '3');
      await page.scrollTo('.host-team-row');
      await page.screenshot('5-host-setup');
      await page.click({ role: 'button', text: 'Bắt đầu cuộc thi' });

      await page.waitFor({ text: 'Câu 1/3' });
      assert.deepEqual(await page.texts('.host-team-name'), names);
      // The countdown runs from the host's button and pauses with Space.
      await page.click({ role: 'button', text: /^Bắt đầu tính giờ/ });
      await until(async () => Number(await page.text('[data-testid=host-seconds]')) <= 29, 'the countdown to run', { page });
      await page.press('Space');
      await page.waitFor({ css: '.host-clock', text: /Tạm dừng/ });
      // Team 1 is wrong and passes the question on; team 2 is right.
      await page.click('.host-team:nth-child(1) .host-wrong');
      await page.waitFor({ css: '.host-status-wrong', text: '✗ Sai' });
      await page.click('.host-team:nth-child(2) .host-right');
      await page.waitFor({ css: '.host-status-right', text: '✓ Đúng +10' });
      await page.press('r');
      await page.waitFor('.host-reveal');
      assert.match(await page.text('.host-reveal'), /^Đáp án đúng: [A-F]\. .+Giải thích: .+Căn cứ: \S/);
      await page.screenshot('5-host-reveal');
      await page.click({ role: 'button', text: /^Xem bảng điểm/ });
      await page.waitFor({ role: 'heading', text: 'Bảng điểm sau câu 1/3' });
      const standings = await page.evaluate(() => [...document.querySelectorAll('.host-standing')].map((r) => [
        r.querySelector('.host-place').textContent,
        r.querySelector('.host-team-name').textContent,
        r.querySelector('.host-points').textContent,
      ]));
      assert.deepEqual(standings, [
        ['Hạng 1', 'Hoa Sen', '10 điểm'],
        ['Đồng hạng 2', 'Sao Mai', '0 điểm'],
        ['Đồng hạng 2', 'Bình Minh', '0 điểm'],
      ]);
      await page.screenshot('5-host-scoreboard');

      // Full screen for the projector from its button; F leaves it.
      await page.click({ role: 'button', text: /^Toàn màn hình/ });
      await until(() => page.evaluate(() => document.fullscreenElement !== null), 'the page to go full screen', { page });
      await page.press('f');
      await until(() => page.evaluate(() => document.fullscreenElement === null), 'F to leave full screen', { page });
    });

    flow('6. an organiser imports a small spreadsheet, sees its questions, and a bad row is listed', async (page) => {
      // Ten questions, the fewest a bank may have, of every kind.
      const picked = [...byKind('single').slice(0, 6), ...byKind('multiple').slice(0, 2), ...byKind('true_false').slice(0, 2)];
      const good = join(files, 'cau-hoi.csv');
      await writeFile(good, excelCsv(picked.map((q, i) => rowOf(q, `tinh-${i + 1}`))));
      const rows = picked.map((q, i) => rowOf(q, `loi-${i + 1}`));
      rows[1][COLUMNS.indexOf('answer')] = 'H'; // spreadsheet row 3
      rows[2][COLUMNS.indexOf('prompt_en')] = ''; // row 4
      const bad = join(files, 'cau-hoi-loi.csv');
      await writeFile(bad, excelCsv(rows));

      await page.goto(site.url + PAGES.organiser);
      await page.waitFor({ role: 'heading', text: 'Công cụ cho ban tổ chức' });
      await page.upload('#csv-file', good);
      await page.waitFor({ text: 'Tệp hợp lệ.' });
      assert.equal(await page.text('.import-ready p'), 'Tệp hợp lệ. 10 câu hỏi từ tệp; bộ câu hỏi tải về có 10 câu.');
      assert.equal(await page.count('.preview-item'), 10);
      assert.deepEqual(await page.texts('.preview-item .prompt'), picked.map((q) => q.prompt.vi));
      assert.equal(await page.count({ css: '.preview-item:first-child .choice.right' }), 1, 'the right answer is marked');
      await page.scrollTo('.import-ready');
      await page.screenshot('6-organiser-preview');

      await page.upload('#csv-file', bad);
      await page.waitFor('.import-problems li');
      assert.deepEqual(await page.texts('.import-problems li'), [
        `dòng 3, cột "answer": chữ cái H không ứng với phương án nào (chỉ có ${picked[1].options.length} phương án)`,
        'dòng 4, cột "prompt_en": ô này đang để trống; câu hỏi nào cũng phải điền ô này',
      ]);
      assert.equal(await page.count({ role: 'button', text: 'Tải về questions.json' }), 0, 'nothing to download from a bad file');
      await page.scrollTo('.import-problems');
      await page.screenshot('6-organiser-problems');
    });
  });
}
