// End to end: an organiser turns a spreadsheet (saved as CSV by Excel)
// into a question bank on #/organiser, downloads it, publishes it, and a
// player plays a round from it; mistakes in the sheet are listed by row and
// column; branding.json changes the look, and a broken one falls back.
// Everything runs under the README's strict Content-Security-Policy.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test, withSite, shot, ARTIFACTS } from './browser.mjs';
import { axe, noSidewaysScroll } from './checks.mjs';
import { answerFirst } from './play.mjs';
import { COLUMNS, excelCsv, rowOf } from './sheet.mjs';
import { workbook } from './xlsx.mjs';

const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; "
  + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'none'; frame-ancestors 'none'";
const STRICT = { 'content-security-policy': CSP };

/// What the screen shows with `locator` scrolled to the top (the whole
/// page is too long to look at once with a preview of every question).
async function view(page, locator, name) {
  await locator.evaluate((e) => e.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: `${ARTIFACTS}${name}.png` });
}

// The browser; each test serves the site as it needs it.
const browser = withSite(null);
const bundled = JSON.parse(await readFile(new URL('../static/questions.json', import.meta.url), 'utf8'));

test('an organiser imports a spreadsheet, downloads the bank, publishes it, and a round plays from it', async () => {
  // Twelve questions of every kind, with a blank line Excel left in the middle.
  const picked = [
    ...bundled.questions.filter((q) => q.kind === 'single').slice(0, 8),
    ...bundled.questions.filter((q) => q.kind === 'multiple').slice(0, 2),
    ...bundled.questions.filter((q) => q.kind === 'true_false').slice(0, 2),
  ];
  const rows = picked.map((q, i) => rowOf(q, `tinh-${String(i + 1).padStart(3, '0')}`));
  rows.splice(6, 0, COLUMNS.map(() => ''));
  const csv = excelCsv(rows);

  const site = await browser.serve({ prefix: '/portal/quiz/', headers: STRICT });
  const page = await browser.page();
  await page.goto(site.url);
  // The discreet link on the start screen leads to the organiser page.
  await page.getByRole('link', { name: 'Dành cho ban tổ chức' }).click();
  await assert.doesNotReject(page.getByRole('heading', { name: 'Công cụ cho ban tổ chức' }).waitFor());
  assert.match(page.url(), /#\/organiser$/);
  await shot(page, 'phone-vi-organiser-1-empty');

  // The template is offered as a download of the real file.
  const template = await page.getByRole('link', { name: 'Tải tệp mẫu (CSV)' }).getAttribute('href');
  assert.equal(template, 'static/question-template.csv');

  // The columns are explained on the page, with the topic ids the import accepts.
  await page.getByText('Các cột của bảng tính').click();
  const topics = await page.locator('.columns-help .id-list').first().locator('code').allTextContents();
  assert.deepEqual(topics, bundled.topics.map((t) => t.id));
  await view(page, page.locator('.columns-help'), 'phone-vi-organiser-columns');

  await page.locator('#csv-file').setInputFiles({ name: 'cau-hoi.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await assert.doesNotReject(page.getByText('Tệp hợp lệ.').waitFor());
  assert.match(await page.locator('.import-ready').textContent(), /12 câu hỏi từ tệp; bộ câu hỏi tải về có 12 câu\./);
  assert.equal(await page.locator('.preview-item').count(), 12);
  // The preview shows a question as players see it, with the right answer marked.
  const first = page.locator('.preview-item').first();
  assert.equal(await first.locator('.prompt').textContent(), picked[0].prompt.vi);
  assert.equal(await first.locator('.choice.right').count(), 1);
  assert.match(await first.locator('.source').textContent(), /^Căn cứ: \S/);
  await view(page, page.locator('.import-ready'), 'phone-vi-organiser-2-ready');
  await view(page, page.locator('.preview-item').nth(8), 'phone-vi-organiser-3-preview');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Tải về questions.json' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'questions.json');
  const published = await readFile(await download.path(), 'utf8');
  const bank = JSON.parse(published);
  assert.equal(bank.questions.length, 12);
  assert.deepEqual(bank.questions.map((q) => q.prompt.vi), picked.map((q) => q.prompt.vi));
  assert.deepEqual(page.errors, []);
  await page.context().close();
  await site.close();

  // Published in place of the bundled bank: a round draws only from it.
  const mine = await browser.serve({ prefix: '/portal/quiz/', headers: STRICT, overrides: { 'static/questions.json': published } });
  const player = await browser.page();
  await player.goto(mine.url);
  await assert.doesNotReject(player.getByText('Ngân hàng hiện có 12 câu hỏi song ngữ Việt – Anh.').waitFor());
  await player.getByRole('button', { name: 'Bắt đầu (10 câu hỏi)' }).click();
  const prompts = new Set(picked.map((q) => q.prompt.vi));
  for (let n = 1; n <= 10; n++) {
    await player.getByText(`Câu ${n}/10`, { exact: true }).waitFor();
    assert.ok(prompts.has(await player.locator('h1.prompt').textContent()), `question ${n} is not from the sheet`);
    await answerFirst(player, { n });
    await player.locator('.feedback .next').click();
  }
  await assert.doesNotReject(player.getByRole('heading', { name: 'Kết quả', exact: true }).waitFor());
  assert.deepEqual(player.errors, []);
  await player.context().close();
  await mine.close();
});

test('mistakes in the sheet are listed by row and column, and merging refuses a bundled id', async () => {
  const q = bundled.questions.filter((x) => x.kind === 'single');
  const rows = q.slice(0, 10).map((x, i) => rowOf(x, `tinh-${i + 1}`));
  rows[1][COLUMNS.indexOf('answer')] = 'H'; // spreadsheet row 3
  rows[3][COLUMNS.indexOf('prompt_en')] = ''; // row 5
  rows[4][COLUMNS.indexOf('kind')] = 'tự luận'; // row 6
  const site = await browser.serve({ prefix: '/q/', headers: STRICT });
  const page = await browser.page({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
  await page.goto(`${site.url}tools.html#/organiser`);
  await page.getByRole('heading', { name: 'Tools for organisers' }).waitFor();
  await page.locator('#csv-file').setInputFiles({ name: 'q.csv', mimeType: 'text/csv', buffer: Buffer.from(excelCsv(rows)) });
  await page.locator('.import-problems').waitFor();
  const problems = await page.locator('.import-problems li').allTextContents();
  assert.deepEqual(problems, [
    'row 3, column "answer": letter H points at no option (there are 4)',
    'row 5, column "prompt_en": this cell is empty; every question needs it filled in',
    'row 6, column "kind": "tự_luận" is not a kind; write single, multiple or true_false',
  ].map((p) => p.replace('(there are 4)', `(there are ${q[1].options.length})`)));
  assert.equal(await page.getByRole('button', { name: 'Download questions.json' }).count(), 0);
  await shot(page, 'desktop-en-organiser-problems');

  // Merging: a row reusing a bundled question's id is refused, in Vietnamese too.
  const merged = [rowOf(q[0], bundled.questions[5].id)];
  await page.getByLabel('Be added to the current bank').check();
  await page.locator('#csv-file').setInputFiles({ name: 'q2.csv', mimeType: 'text/csv', buffer: Buffer.from(excelCsv(merged)) });
  await assert.doesNotReject(page.getByText(`row 2, column "id": the bundled bank already has a question "${bundled.questions[5].id}"`).waitFor());
  await page.getByRole('button', { name: 'Tiếng Việt' }).click();
  await assert.doesNotReject(page.getByText(`dòng 2, cột "id": bộ câu hỏi có sẵn đã có câu hỏi mã "${bundled.questions[5].id}"`).waitFor());
  // A new question merged: the bundled ones keep both languages, although
  // the built site sends them in Vietnamese only (the page puts their
  // English, static/questions.en.json, back).
  const added = rowOf(q[0], 'moi-1');
  for (const lang of ['vi', 'en']) added[COLUMNS.indexOf(`prompt_${lang}`)] += ' (2)';
  await page.locator('#csv-file').setInputFiles({ name: 'q3.csv', mimeType: 'text/csv', buffer: Buffer.from(excelCsv([added])) });
  await assert.doesNotReject(page.getByText('Tệp hợp lệ.').waitFor());
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Tải về questions.json' }).click(),
  ]);
  const extended = JSON.parse(await readFile(await download.path(), 'utf8'));
  assert.equal(extended.questions.length, bundled.questions.length + 1);
  assert.deepEqual(extended.questions.slice(0, -1), bundled.questions);
  assert.deepEqual([extended.topics, extended.documents], [bundled.topics, bundled.documents]);

  // A workbook cut short says so.
  await page.locator('#csv-file').setInputFiles({ name: 'q.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from('PK\u0003\u0004rest') });
  await assert.doesNotReject(page.getByText(/không phải tệp Excel \(\.xlsx\), hoặc tệp bị thiếu/).waitFor());
  assert.deepEqual(page.errors, []);
  await page.context().close();
  await site.close();
});

test('branding.json sets the title, organiser, logo, colour and footer; a broken one falls back and says why', async () => {
  const branding = {
    title: { vi: 'Hội thi tìm hiểu Hợp tác xã tỉnh Phú Thọ', en: 'Phú Thọ cooperative quiz' },
    subtitle: 'Năm 2026',
    organiser: 'Liên minh HTX tỉnh',
    logo: 'static/icon.svg',
    colour: '#8b1a1a',
    footer: 'Liên hệ: 0210 123 456',
  };
  const site = await browser.serve({ prefix: '/b/', headers: STRICT, overrides: { 'static/branding.json': JSON.stringify(branding) } });
  const page = await browser.page();
  await page.goto(site.url);
  await assert.doesNotReject(page.getByRole('heading', { name: branding.title.vi }).waitFor());
  assert.equal(await page.title(), branding.title.vi);
  assert.equal(await page.locator('.subtitle').textContent(), 'Năm 2026');
  assert.equal(await page.locator('.brand').textContent(), 'Liên minh HTX tỉnh');
  assert.equal(await page.locator('.brand-logo').getAttribute('src'), 'static/icon.svg');
  assert.equal(await page.locator('.brand-logo').evaluate((img) => img.complete && img.naturalWidth > 0), true);
  assert.equal(await page.locator('.topbar').evaluate((e) => getComputedStyle(e).backgroundColor), 'rgb(139, 26, 26)');
  assert.equal(await page.getByRole('button', { name: 'Bắt đầu (10 câu hỏi)' }).evaluate((e) => getComputedStyle(e).backgroundColor), 'rgb(139, 26, 26)');
  assert.equal(await page.locator('footer .footer-text').textContent(), 'Liên hệ: 0210 123 456');
  await shot(page, 'phone-vi-branded-start');
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.getByRole('button', { name: 'English' }).click();
  await assert.doesNotReject(page.getByRole('heading', { name: branding.title.en }).waitFor());
  await shot(page, 'desktop-en-branded-start');
  assert.deepEqual(page.errors, []);
  await page.context().close();
  await site.close();

  const bad = await browser.serve({ prefix: '/b2/', headers: STRICT, overrides: { 'static/branding.json': '{"colour": "#ffcc00", "title": ""}' } });
  const player = await browser.page();
  await player.goto(bad.url);
  await assert.doesNotReject(player.getByRole('link', { name: 'Tệp branding.json có lỗi; đang dùng giao diện mặc định.' }).waitFor());
  assert.equal(await player.getByRole('heading', { level: 1 }).textContent(), 'Tìm hiểu Hợp tác xã kiểu mới');
  assert.equal(await player.locator('.topbar').evaluate((e) => getComputedStyle(e).backgroundColor), 'rgb(11, 93, 59)');
  await player.getByRole('link', { name: 'Tệp branding.json có lỗi; đang dùng giao diện mặc định.' }).click();
  // The organiser page is on tools.html: a page of its own to load.
  await player.locator('.branding-problems li').first().waitFor();
  assert.match(player.url(), /tools\.html#\/organiser$/);
  const listed = await player.locator('.branding-problems li').allTextContents();
  assert.deepEqual(listed, [
    'tệp, trường "colour": chữ trắng trên nền "#ffcc00" chỉ có độ tương phản 1.51:1; cần ít nhất 4.5:1, hãy chọn màu đậm hơn',
    'tệp, trường "title": chưa có nội dung',
  ]);
  await shot(player, 'phone-vi-branding-problems');
  assert.deepEqual(player.errors, []);
  await player.context().close();
  await bad.close();
});

test('an Excel workbook (.xlsx) imports directly, with the same row-and-column messages as CSV', async () => {
  const q = bundled.questions.filter((x) => x.kind === 'single');
  const rows = q.slice(0, 10).map((x, i) => rowOf(x, `xlsx-${i + 1}`));
  const wrong = rows.map((r) => [...r]);
  wrong[1][COLUMNS.indexOf('answer')] = 'H'; // spreadsheet row 3
  wrong[3][COLUMNS.indexOf('prompt_en')] = ''; // row 5
  const site = await browser.serve({ prefix: '/x/', headers: STRICT });
  const page = await browser.page({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
  await page.goto(`${site.url}tools.html#/organiser`);
  await page.getByRole('heading', { name: 'Tools for organisers' }).waitFor();
  const problems = async (name, buffer) => {
    await page.locator('#csv-file').setInputFiles({ name, mimeType: 'application/octet-stream', buffer });
    await page.locator(`#csv-file-name:text("${name}")`).waitFor();
    await page.locator('.import-problems').waitFor();
    return page.locator('.import-problems li').allTextContents();
  };
  const fromCsv = await problems('wrong.csv', Buffer.from(excelCsv(wrong)));
  assert.equal(fromCsv.length, 2, fromCsv.join('\n'));
  assert.deepEqual(await problems('wrong.xlsx', workbook([COLUMNS, ...wrong])), fromCsv);

  await page.locator('#csv-file').setInputFiles({ name: 'cau-hoi.xlsx', mimeType: 'application/octet-stream', buffer: workbook([COLUMNS, ...rows]) });
  await page.getByText('The file is valid.').waitFor();
  assert.equal(await page.locator('.preview-item').count(), 10, 'the ten questions previewed');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download questions.json' }).click(),
  ]);
  const bank = JSON.parse(await readFile(await download.path(), 'utf8'));
  assert.deepEqual(bank.questions.map((x) => x.id), rows.map((r) => r[0]));
  assert.equal(bank.questions[0].prompt.vi, q[0].prompt.vi, 'Vietnamese text comes through the workbook intact');
  await shot(page, 'desktop-en-organiser-xlsx');
  assert.deepEqual(page.errors, []);
  await page.context().close();
  await site.close();
});

test('the organiser page passes axe in light and dark, and never scrolls sideways on a small phone', async () => {
  const rows = bundled.questions.slice(0, 12).map((q, i) => rowOf(q, `a-${i + 1}`));
  const wrong = rows.slice(0, 3).map((r) => r.map((c, i) => (COLUMNS[i] === 'answer' ? 'Z' : c)));
  // Without the CSP here: axe is injected as an inline script.
  const site = await browser.serve({ prefix: '/axe/' });
  for (const scheme of ['light', 'dark']) {
    const page = await browser.page({ viewport: { width: 320, height: 640 } });
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`${site.url}tools.html#/organiser`);
    await page.getByText('Các cột của bảng tính').click();
    const violations = [];
    const check = async (where) => {
      violations.push(...await axe(page, where));
      await noSidewaysScroll(page, where);
    };
    await page.locator('#csv-file').setInputFiles({ name: 'w.csv', mimeType: 'text/csv', buffer: Buffer.from(excelCsv(wrong)) });
    await page.locator('.import-problems').waitFor();
    await check(`${scheme} problems`);
    await page.locator('#csv-file').setInputFiles({ name: 'ok.csv', mimeType: 'text/csv', buffer: Buffer.from(excelCsv(rows)) });
    await page.locator('.preview-item').first().waitFor();
    await check(`${scheme} preview`);
    if (scheme === 'dark') await view(page, page.locator('.import-ready'), 'phone320-dark-organiser-ready');
    assert.deepEqual(violations, []);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  }
  await site.close();
});

test('the file picker speaks the page\'s language and works by keyboard; letter warnings show without blocking the download', async () => {
  const q = bundled.questions.filter((x) => x.kind === 'single' && x.options.length >= 4);
  const rows = q.slice(0, 10).map((x, i) => rowOf(x, `canh-bao-${i + 1}`));
  rows[1][COLUMNS.indexOf('option_d_vi')] = 'Cả a, b và c'; // spreadsheet row 3
  rows[3][COLUMNS.indexOf('explanation_en')] = 'Answer B is right because the law says so.'; // row 5
  const site = await browser.serve({ prefix: '/q/', headers: STRICT });
  const page = await browser.page();
  await page.goto(`${site.url}#/organiser`);
  await page.getByRole('heading', { name: 'Công cụ cho ban tổ chức' }).waitFor();

  // A button in Vietnamese, not the browser's "Choose File".
  const button = page.locator('label[for=csv-file]');
  assert.equal(await button.textContent(), 'Chọn tệp .xlsx hoặc CSV…');
  assert.equal(await page.locator('#csv-file-name').textContent(), 'Chưa chọn tệp nào');
  const native = await page.locator('#csv-file').boundingBox();
  assert.ok(native.width <= 1 && native.height <= 1, `the native control is out of sight: ${JSON.stringify(native)}`);
  assert.equal(await page.getByLabel('Chọn tệp .xlsx hoặc CSV…').getAttribute('id'), 'csv-file', 'the input is named by the button\'s words');
  // Reached by Tab like any button, with the focus ring drawn on the button.
  await page.locator('input[name=import-mode]').last().focus();
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'csv-file');
  assert.notEqual(await button.evaluate((b) => getComputedStyle(b).outlineStyle), 'none');
  await view(page, page.locator('.import-mode'), 'phone-vi-organiser-file-button');

  await page.locator('#csv-file').setInputFiles({ name: 'canh-bao.csv', mimeType: 'text/csv', buffer: Buffer.from(excelCsv(rows)) });
  await page.getByText('Tệp hợp lệ.').waitFor();
  assert.equal(await page.locator('#csv-file-name').textContent(), 'canh-bao.csv');
  const warnings = await page.locator('.import-warnings li').allTextContents();
  assert.ok(warnings.some((w) => w.startsWith('dòng 3, cột "option_d_vi": “a, b, c” chỉ tới các phương án khác')), warnings.join('\n'));
  assert.ok(warnings.some((w) => w.startsWith('dòng 5, cột "explanation_en": “answer b” chỉ phương án theo chữ cái')), warnings.join('\n'));
  assert.equal(await page.getByRole('button', { name: 'Tải về questions.json' }).count(), 1, 'the download is still offered');
  await noSidewaysScroll(page, 'organiser warnings at 360');
  await view(page, page.locator('.import-ready'), 'phone-vi-organiser-warnings');

  // The page turns English once the bank's English has arrived.
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByText('Worth a look before publishing', { exact: false }).waitFor();
  assert.equal(await button.textContent(), 'Choose an .xlsx or CSV file…');
  assert.ok((await page.locator('.import-warnings li').allTextContents())
    .some((w) => w.startsWith('row 3, column "option_d_vi": "a, b, c" refers to other options')));
  assert.deepEqual(page.errors, []);
  await page.context().close();
  await site.close();
});
