// End to end: the ways to play beyond the quick round — practice by topic,
// a contest round ended by its clock and checked on the verify page, a
// challenge link in a fresh browser, review of mistakes, progress.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test, withSite, shot } from './browser.mjs';
import { answerFirst, pickFirst } from './play.mjs';
import { noSidewaysScroll } from './checks.mjs';

const contest = JSON.parse(await readFile(new URL('../static/contest.json', import.meta.url), 'utf8'));
// A short contest; the test moves the page's clock on to its end, so a
// slow machine has all the time it needs before that.
const SHORT = {
  ...contest,
  title: { vi: 'Hội thi thử nghiệm', en: 'Test contest' },
  questions: 5,
  seconds: 300,
  units: ['Xã Tân Phú', 'Xã Hòa Bình'],
};
delete SHORT.minutes;

const site = withSite('/thi/', { overrides: { 'static/contest.json': JSON.stringify(SHORT) } });

/// Words in `selector`'s visible text that are split over two lines
/// ("Hạ/ng"): each word's range must lie on one line.
async function brokenWords(page, selector) {
  return page.locator(selector).evaluate((root) => {
    const broken = [];
    // Hidden from sight but kept for screen readers (a card layout's
    // column headings): an ancestor squeezed to 1px.
    const unseen = (el) => {
      for (; el && el !== root.parentElement; el = el.parentElement) {
        const box = el.getBoundingClientRect();
        if (box.width <= 1 || box.height <= 1) return true;
      }
      return false;
    };
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (unseen(node.parentElement)) continue;
      for (const m of node.data.matchAll(/\S+/g)) {
        const range = document.createRange();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        if (tops.size > 1) broken.push(m[0]);
      }
    }
    for (const cell of root.querySelectorAll('td, th')) {
      if (!unseen(cell) && cell.scrollWidth > cell.clientWidth + 1) broken.push(`overflow: ${cell.textContent}`);
    }
    return broken;
  });
}

/// The prompts of the round on screen, answering each with its first option.
async function playCollectingPrompts(page, count) {
  const prompts = [];
  for (let n = 1; n <= count; n++) {
    await page.getByText(`Câu ${n}/${count}`, { exact: true }).waitFor();
    prompts.push(await page.locator('#prompt').textContent());
    await answerFirst(page, { n, of: count });
    await page.locator('.feedback .next').click();
  }
  await page.getByRole('heading', { name: 'Kết quả', exact: true }).waitFor();
  return prompts;
}

test('a contest round ends by itself when time is up, and its code checks out on the verify page', async () => {
  const page = await site.page();
  await page.clock.install();
  await page.goto(site.url);
  // The start screen links to the contest's page of its own.
  await page.getByRole('link', { name: /Hội thi tìm hiểu/ }).click();
  await page.waitForURL(`${site.url}contest.html#/`);
  await page.getByRole('heading', { name: 'Hội thi thử nghiệm' }).waitFor();
  await shot(page, 'contest-1-registration');

  // Every field is checked, with its own message.
  await page.getByRole('button', { name: 'Bắt đầu làm bài' }).click();
  await page.getByText('Hãy nhập họ và tên.').waitFor();
  await page.getByText(/Hãy nhập năm sinh/).waitFor();
  assert.equal(await page.locator('#reg-name').getAttribute('aria-invalid'), 'true');
  await shot(page, 'contest-2-registration-problems');

  // A field put right loses its message at once; the others keep theirs.
  await page.locator('#reg-name').fill('Nguyễn Thị Hoa');
  await page.getByText('Hãy nhập họ và tên.').waitFor({ state: 'detached' });
  assert.equal(await page.locator('#reg-name').getAttribute('aria-invalid'), 'false');
  assert.equal(await page.locator('#reg-born-problem').textContent(), 'Hãy nhập năm sinh (ví dụ 1985) hoặc ngày sinh (ví dụ 15/08/1985).');
  // Names are not spell-checked (red lines under Vietnamese names).
  assert.equal(await page.locator('#reg-name').getAttribute('spellcheck'), 'false');
  await page.locator('#reg-born').fill('15/08/1985');
  await page.locator('#reg-unit').selectOption('Xã Hòa Bình');
  assert.deepEqual(await page.locator('.field-problem').allTextContents(), ['', '', '', '']);
  // The start button is below the fold at 360x740: the page is scrolled
  // down when it is tapped, and question 1 must open at its top anyway.
  await page.getByRole('button', { name: 'Bắt đầu làm bài' }).scrollIntoViewIfNeeded();
  assert.ok(await page.evaluate(() => scrollY) > 0, 'the registration was scrolled down');
  await page.getByRole('button', { name: 'Bắt đầu làm bài' }).click();
  await page.getByText('Câu 1/5', { exact: true }).waitFor();
  await page.waitForFunction(() => scrollY === 0);
  const countdown = await page.locator('.countdown').boundingBox();
  assert.ok(countdown.y >= 0 && countdown.y + countdown.height <= 740, `the countdown is on screen: ${JSON.stringify(countdown)}`);
  assert.match(await page.locator('.countdown').textContent(), / (5:00|4:[0-5]\d)$/);
  assert.equal(await page.locator('.feedback').count(), 0);

  // Two answers (no feedback between them), then a reload: the clock goes on.
  // The draw is fresh: a question may take several options, then "Check".
  await pickFirst(page, { n: 1, of: 5 });
  await page.getByText('Câu 2/5', { exact: true }).waitFor();
  assert.equal(await page.locator('.feedback').count(), 0, 'no feedback in a contest');
  await shot(page, 'contest-3-question');
  await pickFirst(page, { n: 2, of: 5 });
  await page.getByText('Câu 3/5', { exact: true }).waitFor();
  await page.reload();
  await page.getByText('Câu 3/5', { exact: true }).waitFor();

  // The time runs out: the round ends by itself and asks the tie-break.
  await page.clock.fastForward('05:00');
  await page.getByRole('heading', { name: 'Câu hỏi phụ (dự đoán)' }).waitFor();
  await shot(page, 'contest-4-tie-break');
  await page.locator('#prediction').fill('abc');
  await page.getByRole('button', { name: 'Gửi và xem kết quả' }).click();
  await page.getByText('Chỉ nhập chữ số, không nhập chữ.').waitFor();
  await page.locator('#prediction').fill('25');
  await page.getByRole('button', { name: 'Gửi và xem kết quả' }).click();
  await page.getByRole('heading', { name: 'Kết quả', exact: true }).waitFor();
  const score = await page.getByTestId('score').textContent();
  assert.match(score, /^[0-2]\/5 câu đúng$/, 'three questions were never answered');
  assert.equal(await page.locator('.review-item').count(), 5);
  assert.equal(await page.getByText('Chưa trả lời (hết giờ)').count(), 3);
  const line = await page.locator('#result-code').inputValue();
  assert.match(line, /^HTX2-[0-9A-Z-]+ \| Nguyễn Thị Hoa \| Xã Hòa Bình$/);
  assert.ok(line.split(' | ')[0].length < 80, `a code short enough to paste: ${line}`);
  await page.locator('.certificate').getByText('Nguyễn Thị Hoa').waitFor();
  const onResults = (await page.locator('.time').textContent()).split(': ').pop();
  const onCertificate = (await page.locator('.certificate-score').textContent()).split(' · ').pop();
  assert.equal(onCertificate, onResults, 'results and certificate give the same time');
  await shot(page, 'contest-5-results');
  await page.emulateMedia({ media: 'print' });
  await shot(page, 'contest-6-certificate-print');
  await page.emulateMedia({ media: 'screen' });

  // One counted attempt on this device.
  await page.goto(`${site.url}contest.html`);
  await page.reload();
  await page.getByText('Bạn đã thi vòng này trên thiết bị này.').waitFor();
  assert.equal(await page.getByRole('button', { name: 'Bắt đầu làm bài' }).count(), 0);

  // The organiser pastes the code (and a tampered copy) on the verify page.
  const organiser = await site.page({ viewport: { width: 1280, height: 800 } });
  await organiser.goto(`${site.url}tools.html#/verify`);
  await organiser.getByRole('heading', { name: 'Kiểm tra và xếp hạng mã kết quả' }).waitFor();
  const tampered = line.replace('Nguyễn Thị Hoa', 'Nguyễn Thị Hòa');
  await organiser.locator('#codes').fill(`Mã | Họ tên | Đơn vị\n${line}\n${tampered}`);
  await organiser.getByText('2 dòng có mã: 1 mã hợp lệ được xếp hạng, 0 mã trùng lặp, 1 mã bị sửa hoặc không đọc được.').waitFor();
  const row = organiser.locator('table.ranking tbody tr');
  assert.equal(await row.count(), 1);
  assert.equal(await row.locator('td').nth(1).textContent(), 'Nguyễn Thị Hoa');
  assert.equal(await row.locator('td').nth(3).textContent(), score.replace(' câu đúng', ''), 'the same score, recomputed');
  await organiser.getByText(/Dòng 3: .*Mã không khớp với họ tên và đơn vị/).waitFor();
  await shot(organiser, 'verify-1280');
  assert.equal(await row.locator('td').nth(5).textContent(), onResults, 'the verify page gives the same time');
  assert.equal(await organiser.locator('#codes').getAttribute('spellcheck'), 'false');

  // At 360 px the ranking reads whole words, with no sideways scroll.
  await organiser.setViewportSize({ width: 360, height: 740 });
  await organiser.locator('table.ranking').scrollIntoViewIfNeeded();
  await noSidewaysScroll(organiser, 'verify at 360');
  assert.deepEqual(await brokenWords(organiser, 'table.ranking'), []);
  await organiser.locator('table.ranking').evaluate((e) => e.scrollIntoView({ block: 'start' }));
  await shot(organiser, 'verify-360-ranking');

  // The file picker: a button in Vietnamese, the chosen file's name beside it.
  assert.equal(await organiser.locator('label[for=codes-file]').textContent(), 'Chọn tệp CSV hoặc .xlsx…');
  assert.equal(await organiser.locator('#codes-file-name').textContent(), 'Chưa chọn tệp nào');
  await organiser.locator('#codes-file').setInputFiles({ name: 'ma-ket-qua.txt', mimeType: 'text/plain', buffer: Buffer.from(`${line}\n`) });
  await organiser.locator('#codes-file-name').getByText('ma-ket-qua.txt').waitFor();
  // A chosen file is checked on its own, in place of the pasted list.
  await organiser.getByText('1 dòng có mã: 1 mã hợp lệ được xếp hạng, 0 mã trùng lặp, 0 mã bị sửa hoặc không đọc được.').waitFor();
  await organiser.setViewportSize({ width: 1280, height: 800 });
  const [download] = await Promise.all([
    organiser.waitForEvent('download'),
    organiser.getByRole('button', { name: 'Tải bảng xếp hạng (CSV)' }).click(),
  ]);
  const csv = await readFile(await download.path(), 'utf8');
  assert.match(csv, /^\uFEFF"Hạng","Họ và tên"/);
  assert.match(csv, /"1","Nguyễn Thị Hoa","Xã Hòa Bình","1985"/);
  assert.deepEqual([...page.errors, ...organiser.errors], []);
});

test('a challenge link gives a friend the same questions in the same order, with the score to beat', async () => {
  const me = await site.page();
  await me.goto(site.url);
  await me.getByRole('button', { name: 'Bắt đầu (10 câu hỏi)' }).click();
  const mine = await playCollectingPrompts(me, 10);
  const myScore = Number((await me.getByTestId('score').textContent()).split('/')[0]);
  const link = await me.locator('#challenge-link').inputValue();
  assert.match(link, /#\/challenge\?s=\d+&n=10&d=mixed&r=\d+$/);
  await shot(me, 'challenge-1-results');

  const friend = await site.page(); // a fresh context: no shared storage
  await friend.goto(link);
  await friend.getByRole('heading', { name: 'Bạn được thách đấu!' }).waitFor();
  await friend.getByText(`Bạn của bạn đã trả lời đúng ${myScore}/10 câu.`, { exact: false }).waitFor();
  await shot(friend, 'challenge-2-invite');
  await friend.getByRole('button', { name: 'Nhận thử thách' }).click();
  const theirs = await playCollectingPrompts(friend, 10);
  assert.deepEqual(theirs, mine);
  await friend.getByText(`Người thách đấu: ${myScore}/10 câu đúng.`, { exact: false }).waitFor();
  await friend.getByText('Hòa! Hai bạn bằng điểm.').waitFor(); // same answers: first option each time
  assert.deepEqual([...me.errors, ...friend.errors], []);
});

test('practice by topic draws only that topic; missed questions come back for review; progress counts rounds', async () => {
  const page = await site.page();
  await page.goto(site.url);
  await page.getByRole('button', { name: /Luyện tập theo chủ đề/ }).click();
  await page.getByRole('heading', { name: 'Luyện tập theo chủ đề' }).waitFor();
  await page.getByLabel('Chương trình Mỗi xã một sản phẩm (OCOP)').check();
  await page.getByLabel('5 câu').check();
  await page.getByText('Lượt này có 5 câu', { exact: false }).waitFor();
  await shot(page, 'practice-1-setup');
  await page.getByRole('button', { name: 'Bắt đầu luyện tập' }).click();
  await playCollectingPrompts(page, 5);
  const topics = await page.locator('.topic-scores li').allTextContents();
  assert.equal(topics.length, 1, `one topic only: ${topics}`);
  assert.match(topics[0], /OCOP.*\/5$/);

  // "Practise this topic" on a Learn page starts a round of that topic.
  await page.goto(`${site.url}learn.html#/learn/topic/law2023`);
  await page.getByRole('link', { name: 'Luyện tập chủ đề này' }).click();
  await page.getByText('Câu 1/10', { exact: true }).waitFor();
  await playCollectingPrompts(page, 10);
  const law = await page.locator('.topic-scores li').allTextContents();
  assert.equal(law.length, 1, `one topic only: ${law}`);
  assert.match(law[0], /Luật Hợp tác xã năm 2023.*\/10$/);

  await page.getByRole('button', { name: 'Trang đầu' }).click();
  const review = page.getByRole('button', { name: /Ôn lại câu sai \(\d+ câu\)/ });
  await review.waitFor();
  await shot(page, 'start-with-review');
  await review.click();
  await page.locator('#prompt').waitFor();

  await page.goto(`${site.url}#/progress`);
  await page.reload();
  await page.getByRole('heading', { name: 'Kết quả của tôi' }).waitFor();
  assert.equal(await page.locator('.stat dd').first().textContent(), '2');
  assert.equal(await page.locator('table.history tbody tr').count(), 2);
  await shot(page, 'progress-1');
  await page.getByRole('button', { name: 'Xóa kết quả…' }).click();
  await page.getByRole('button', { name: 'Hủy' }).click();
  assert.equal(await page.locator('.stat dd').first().textContent(), '2', 'cancel keeps everything');
  await page.getByRole('button', { name: 'Xóa kết quả…' }).click();
  await page.getByRole('button', { name: 'Xóa', exact: true }).click();
  await page.getByText('Bạn chưa chơi lượt nào trên thiết bị này.', { exact: false }).waitFor();
  await page.reload();
  await page.getByText('Bạn chưa chơi lượt nào trên thiết bị này.', { exact: false }).waitFor();
  assert.deepEqual(page.errors, []);
});
