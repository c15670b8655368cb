// End to end: the organiser's verify page (tools.html#/verify) on the
// files organisers really have. 100,000 result codes made by
// `make-codes` (a fixed seed; some repeated, some with a symbol changed) as
// a Google Forms CSV export: the counts shown are what make-codes made, the
// ranking follows the contest's rule, the pager moves by keyboard, the CSV
// and .xlsx downloads hold every ranked entry (units on a second sheet).
// Then the small cases: a Google Forms export with a Vietnamese header,
// columns in another order and quoted cells over several lines; a
// Microsoft Forms workbook (.xlsx); one entry per phone number, the first
// or the best kept; files that are not exports, with their messages.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { test, withSite, shot, ARTIFACTS } from './browser.mjs';
import { workbook } from './xlsx.mjs';
import { axe, noSidewaysScroll } from './checks.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const site = withSite('/');
/// Checking 100,000 codes takes seconds on a quiet machine; far longer on a busy one.
const LONG = 4 * 60_000;

/// Runs make-codes on the built site's bank and contest: the file it
/// printed, and its summary (on stderr) read into numbers.
function makeCodes(args) {
  const run = spawnSync('cargo', ['run', '--quiet', '--release', '--bin', 'make-codes', '--', ...args, 'dist/static'], {
    cwd: ROOT, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024,
  });
  assert.equal(run.status, 0, run.stderr);
  const m = run.stderr.match(/(\d+) lines: (\d+) valid \((\d+) with every answer right\), (\d+) repeated, (\d+) changed/);
  assert.ok(m, `make-codes printed its summary: ${run.stderr}`);
  const [lines, valid, perfect, repeated, changed] = m.slice(1).map(Number);
  return { out: run.stdout, lines, valid, perfect, repeated, changed };
}

/// The numbers in the page's summary sentence (Vietnamese grouping: 100.000).
async function shownCounts(page) {
  const text = await page.locator('.verify-summary').textContent();
  const n = [...text.matchAll(/\d[\d.]*/g)].map((m) => Number(m[0].replaceAll('.', '')));
  return { text, entries: n[0], ranked: n[1], repeated: n[2], broken: n[3] };
}

/// Every field of the app's CSV is quoted, none holds a quote or a line break.
function csvRows(text) {
  return text.replace(/^\uFEFF/, '').trim().split('\r\n').map((line) => line.slice(1, -1).split('","'));
}

async function download(page, name) {
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: LONG }),
    page.getByRole('button', { name }).click(),
  ]);
  return { name: file.suggestedFilename(), path: await file.path() };
}

async function choose(page, name, buffer) {
  await page.locator('#codes-file').setInputFiles({ name, mimeType: 'application/octet-stream', buffer });
}

test('100,000 codes from a form export: counts, ranking, pager and complete downloads', async () => {
  const args = ['--count', '100000', '--seed', '19', '--format', 'form'];
  const made = makeCodes(args);
  assert.equal(made.lines, 100_000);
  assert.ok(made.repeated > 0 && made.changed > 0, 'the file has repeated and changed codes');
  const csv = made.out;
  await writeFile(`${ARTIFACTS}codes-100k.csv`, csv);

  for (const viewport of [{ width: 360, height: 740 }, { width: 1280, height: 800 }]) {
    const page = await site.page({ viewport });
    await page.goto(`${site.url}tools.html#/verify`);
    await page.getByRole('heading', { name: 'Kiểm tra và xếp hạng mã kết quả' }).waitFor();
    await shot(page, `verify-empty-${viewport.width}`);
    await choose(page, 'Câu trả lời biểu mẫu 1.csv', Buffer.from(csv));
    // A picture of the progress bar if it is still up; the test asserts nothing on it.
    await page.locator('.verify-progress').waitFor({ timeout: 5_000 }).then(
      () => page.screenshot({ path: `${ARTIFACTS}verify-progress-${viewport.width}.png` }),
      () => {},
    );
    await page.locator('.verify-summary').waitFor({ timeout: LONG });
    const shown = await shownCounts(page);
    assert.deepEqual(
      { entries: shown.entries, ranked: shown.ranked, repeated: shown.repeated, broken: shown.broken },
      { entries: made.lines, ranked: made.valid, repeated: made.repeated, broken: made.changed },
      shown.text,
    );
    // The tie-break's number defaults to how many got every answer right.
    assert.equal(await page.locator('#actual').getAttribute('placeholder'), String(made.perfect));
    // What the organiser sees: the counts and choices, then the ranking.
    await page.locator('.verify-summary').evaluate((e) => e.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: `${ARTIFACTS}verify-ranked-${viewport.width}.png` });
    await page.locator('table.ranking').evaluate((e) => e.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: `${ARTIFACTS}verify-ranking-${viewport.width}.png` });
    assert.deepEqual(page.errors, []);
    if (viewport.width === 360) {
      // The choices, the cards, the pager and the flagged lines: accessible, and no sideways scroll.
      assert.deepEqual(await axe(page, 'verify ranked at 360'), []);
      await noSidewaysScroll(page, 'verify ranked at 360');
      await page.context().close();
      continue;
    }

    // The downloads: every ranked entry, in the contest's order.
    const csvFile = await download(page, 'Tải bảng xếp hạng (CSV)');
    assert.equal(csvFile.name, 'xep-hang-hoi-thi.csv');
    const [header, ...rows] = csvRows(await readFile(csvFile.path, 'utf8'));
    assert.equal(rows.length, made.valid, 'one CSV row per valid code');
    const col = (title) => header.indexOf(title);
    const [place, correct, prediction, seconds, name] = ['Hạng', 'Số câu đúng', 'Dự đoán', 'Thời gian (giây)', 'Họ và tên'].map(col);
    assert.ok([place, correct, prediction, seconds, name].every((i) => i >= 0), header.join());
    // Score, then the prediction closest to the number of perfect results, then the shorter time.
    const key = (r) => [-Number(r[correct]), Math.abs(Number(r[prediction]) - made.perfect), Number(r[seconds])];
    for (let i = 1; i < rows.length; i++) {
      const [a, b] = [key(rows[i - 1]), key(rows[i])];
      const order = a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
      assert.ok(order <= 0, `row ${i + 1} is not behind row ${i}: ${rows[i - 1]} / ${rows[i]}`);
      assert.equal(Number(rows[i][place]) === Number(rows[i - 1][place]), order === 0, `places at row ${i + 1}`);
    }
    // The page's first rows are the download's first rows.
    const firstPage = await page.locator('table.ranking tbody tr').evaluateAll((trs) =>
      trs.map((tr) => [tr.cells[0].textContent, tr.cells[1].textContent]));
    assert.equal(firstPage.length, 50, 'fifty rows a page');
    assert.deepEqual(firstPage, rows.slice(0, 50).map((r) => [r[place], r[name]]));

    const xlsxFile = await download(page, 'Tải bảng xếp hạng (Excel .xlsx)');
    assert.equal(xlsxFile.name, 'xep-hang-hoi-thi.xlsx');
    const sheet = (n) => execFileSync('unzip', ['-p', xlsxFile.path, `xl/worksheets/sheet${n}.xml`], { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
    assert.equal(sheet(1).match(/<row /g).length, made.valid + 1, 'the ranking sheet: a header and every valid code');
    const units = await page.locator('ol.units li').count();
    assert.equal(sheet(2).match(/<row /g).length, units + 1, 'the units sheet: a header and every unit on the page');
    // The file made, the page is back as it was: no note, the buttons on.
    await page.locator('p.making-file:empty').waitFor({ state: 'attached', timeout: LONG });
    assert.ok(await page.getByRole('button', { name: 'Tải bảng xếp hạng (Excel .xlsx)' }).isEnabled());

    // The pager, by keyboard: the next page starts at the 51st entry.
    const next = page.getByRole('button', { name: 'Trang sau' });
    await next.focus();
    await page.keyboard.press('Enter');
    await page.getByText(/^Trang 2 \/ /).waitFor();
    const second = await page.locator('table.ranking tbody tr td:nth-child(2)').first().textContent();
    assert.equal(second, rows[50][name]);
    await page.getByRole('button', { name: 'Trang cuối' }).click();
    const lastRows = await page.locator('table.ranking tbody tr').count();
    assert.equal(lastRows, made.valid % 50 || 50, 'the last page holds the rest');
    assert.deepEqual(page.errors, []);
    await page.context().close();
  }
});

/// Five valid codes as make-codes makes them: name, birth year, unit, code.
function fivePlayers() {
  const { out } = makeCodes(['--count', '5', '--duplicates', '0', '--tampered', '0', '--seed', '7', '--format', 'form']);
  return out.trim().split('\r\n').slice(1).map((line) => {
    const [, name, year, unit, code] = line.match(/^[^,]*,([^,]*),(\d+),"([^"]*)",(\S+)$/);
    return { name, year, unit, code };
  });
}

test('a Google Forms export with quoted cells over several lines, and a Microsoft Forms workbook', async () => {
  const players = fivePlayers();
  const page = await site.page({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${site.url}tools.html#/verify`);
  await page.getByRole('heading', { name: 'Kiểm tra và xếp hạng mã kết quả' }).waitFor();

  // Google Forms, columns in the form's order: a comment that spans lines
  // and holds quotes, the unit before the name.
  const quote = (v) => `"${v.replaceAll('"', '""')}"`;
  const google = ['Dấu thời gian,Ý kiến góp ý,Đơn vị công tác,Mã kết quả của bạn,"Họ và tên (viết có dấu)",Năm sinh',
    ...players.map((p, i) => [`25/11/2026 14:0${i}:00`, quote(`Dòng một\nDòng "hai", có dấu phẩy\n`), quote(p.unit), p.code, quote(p.name), p.year].join(','))]
    .join('\r\n');
  await choose(page, 'Hội thi (Câu trả lời).csv', Buffer.from(`\uFEFF${google}\r\n`));
  await page.locator('.verify-summary').waitFor({ timeout: LONG });
  assert.deepEqual(Object.values(await shownCounts(page)).slice(1), [5, 5, 0, 0]);
  const names = async () => (await page.locator('table.ranking tbody td.ranking-name').allTextContents()).sort();
  assert.deepEqual(await names(), players.map((p) => p.name).sort());

  // The form's timestamp as the tie-break: the column reads as times.
  await page.getByLabel(/thời điểm biểu mẫu nhận bài/).check();
  await page.getByRole('columnheader', { name: 'Nộp lúc' }).waitFor();
  const times = await page.locator('table.ranking tbody tr td:nth-child(6)').allTextContents();
  assert.ok(times.every((t) => /^25\/11\/2026 14:0\d:00$/.test(t)), times.join());

  // Microsoft Forms' workbook: its own column titles, the code's column last.
  const xlsx = workbook([
    ['ID', 'Start time', 'Completion time', 'Email', 'Name', 'Unit', 'Mã kết quả'],
    ...players.map((p, i) => [String(i + 1), '46351.5', `46351.5${i}`, 'anonymous', p.name, p.unit, p.code]),
  ]);
  await choose(page, 'Hội thi.xlsx', xlsx);
  await page.getByText('5 dòng có mã').waitFor({ timeout: LONG });
  assert.deepEqual(await names(), players.map((p) => p.name).sort());
  await shot(page, 'verify-xlsx-1280');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

// One entry per person, chosen on the page: the same phone number on two
// rows (written two ways) is one person. "Keep the first sent" keeps the
// earlier row, "keep the best" the better-ranked one; the summary counts the
// row set aside. (The name + birth year + unit key cannot be tried this way:
// a code is tied to its name and unit, so two codes of one person need a
// device; the engine's tests cover it, quiz::verifier.)
test('one entry per phone number: the first sent or the best is kept, the other set aside and counted', async () => {
  const players = fivePlayers();
  const page = await site.page({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${site.url}tools.html#/verify`);
  await page.getByRole('heading', { name: 'Kiểm tra và xếp hạng mã kết quả' }).waitFor();
  const names = () => page.locator('table.ranking tbody td.ranking-name').allTextContents();
  const upload = async (phones) => {
    const rows = players.map((p, i) => [`25/11/2026 14:0${i}:00`, `"${p.name}"`, p.year, `"${p.unit}"`, phones[i], p.code].join(','));
    const csv = ['Dấu thời gian,Họ và tên,Năm sinh,Đơn vị,Số điện thoại,Mã kết quả', ...rows].join('\r\n');
    await choose(page, `sdt-${phones.join('').length}.csv`, Buffer.from(`\uFEFF${csv}\r\n`));
  };
  // First every code counts, to learn the ranking of the five.
  const distinct = ['0901000001', '0901000002', '0901000003', '0901000004', '0901000005'];
  await upload(distinct);
  await page.getByText('5 dòng có mã').waitFor({ timeout: LONG });
  const ranked = await names();
  assert.equal(ranked.length, 5);
  // The worse-ranked of two players sent first, the better one later, both
  // from one phone, written with and without spaces.
  const [best, worse] = [ranked[0], ranked[4]].map((name) => players.findIndex((p) => p.name === name));
  const [early, late] = [Math.min(best, worse), Math.max(best, worse)];
  const phones = [...distinct];
  phones[early] = '0912 345 678';
  phones[late] = '0912345678';
  // Row order is send order: the earlier row must be the worse player.
  if (early !== worse) [players[early], players[late]] = [players[late], players[early]];
  await upload(phones);
  await page.getByText('5 dòng có mã').waitFor({ timeout: LONG });
  const person = page.getByLabel('Một người gửi nhiều bài');

  await person.selectOption({ label: 'mỗi số điện thoại một bài: giữ bài nộp đầu tiên' });
  await page.getByText(/1 bài của người đã có bài khác được tính/).waitFor();
  assert.deepEqual((await names()).sort(), ranked.filter((n) => n !== ranked[0]).sort(), 'the first sent (the worse) is kept');

  await person.selectOption({ label: 'mỗi số điện thoại một bài: giữ bài tốt nhất' });
  await page.locator('table.ranking tbody td.ranking-name').first().filter({ hasText: ranked[0] }).waitFor();
  assert.deepEqual((await names()).sort(), ranked.filter((n) => n !== ranked[4]).sort(), 'the best is kept');
  assert.match(await page.locator('.verify-summary').textContent(), /1 bài của người đã có bài khác được tính/);

  await person.selectOption({ label: 'tính mọi mã hợp lệ' });
  await page.locator('table.ranking tbody tr').nth(4).waitFor();
  assert.deepEqual(await names(), ranked, 'every entry again, in the same order');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a file that is not an export, one without codes and an empty one each say what is wrong', async () => {
  const page = await site.page();
  await page.goto(`${site.url}tools.html#/verify`);
  await page.getByRole('heading', { name: 'Kiểm tra và xếp hạng mã kết quả' }).waitFor();
  const cases = [
    ['anh.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0xfe, 0x00, 0x81]), /không phải bảng tính CSV hay Excel/],
    ['cu.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]), /tệp Excel cũ \(\.xls\)/],
    ['khong-ma.csv', Buffer.from('Dấu thời gian,Họ và tên,Đơn vị\r\n25/11/2026 14:00:00,An,Xã A\r\n'), /Không tìm thấy mã kết quả nào/],
    ['trong.csv', Buffer.from('\r\n\r\n'), /Tệp hoặc danh sách trống/],
    ['hong.xlsx', Buffer.from('PK\x03\x04 cut short'), /không phải tệp Excel|bảng tính bị hỏng/],
  ];
  for (const [name, bytes, message] of cases) {
    await choose(page, name, bytes);
    const alert = page.locator('.verify-problem');
    await alert.filter({ hasText: message }).waitFor({ timeout: LONG });
    assert.equal(await alert.getAttribute('role'), 'alert', name);
  }
  await shot(page, 'verify-problem-360');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
