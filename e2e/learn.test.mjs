// End to end: the Learn page, learn.html (issues 11 and 17). Key points by
// topic from static/facts.json, "Learn more" from a question's feedback and
// from the results (a link from the players' page to learn.html, and Back
// to the same screen), the old index.html#/learn… addresses, search without
// diacritics, the 2012/2023 comparison on a 320 px phone, the print sheet
// as a PDF, and axe on every Learn page.
import { before } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, withSite, shot, ARTIFACTS, DIST, launch, openPage } from './browser.mjs';
import { axe, noSidewaysScroll } from './checks.mjs';
import { answerFirst } from './play.mjs';

const BANK = JSON.parse(await readFile(new URL('../static/questions.json', import.meta.url), 'utf8'));
const FACTS = JSON.parse(await readFile(new URL('../static/facts.json', import.meta.url), 'utf8'));
const LOCALE = { vi: 'vi-VN', en: 'en-GB' };

const site = withSite('/learn-site/');
/// The Learn page, relative to the site's root.
const LEARN = 'learn.html';
let broken;
before(async () => {
  const facts = structuredClone(FACTS);
  facts.facts[0].status = 'unverified';
  facts.facts[1].topic = 'history';
  broken = await site.serve({ prefix: '/learn-broken/', overrides: { 'static/facts.json': JSON.stringify(facts) } });
});

/// The fact ids a "Learn more" link points at.
function idsOf(href) {
  return decodeURIComponent(href.split('#/learn/fact/')[1]).split(',');
}

async function highlightedIds(page) {
  await page.locator('.key-point.highlight').first().waitFor();
  return page.locator('.key-point.highlight .point-id').allTextContents();
}

test('"Learn more" in a question\'s feedback opens its key points, focused, and Back returns to the feedback', async () => {
  const page = await site.page();
  const requested = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto(site.url);
  await page.getByRole('button', { name: 'Bắt đầu (10 câu hỏi)' }).click();
  await answerFirst(page);
  assert.ok(!requested.some((p) => p.endsWith('/facts.json')), 'the quiz must not load the fact list');
  const link = page.locator('.feedback').getByRole('link', { name: /Tìm hiểu thêm/ });
  const ids = idsOf(await link.getAttribute('href'));
  const prompt = await page.locator('.prompt').textContent();
  const cited = BANK.questions.find((q) => q.prompt.vi === prompt.trim());
  assert.deepEqual(ids, cited.facts, 'the link names exactly the facts the question cites');
  await link.click();
  assert.deepEqual(await highlightedIds(page), ids);
  assert.equal(page.url(), `${site.url}${LEARN}#/learn/fact/${ids.join(',')}`, 'on the Learn page');
  assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('highlight')), true, 'focus on the point');
  const first = FACTS.facts.find((f) => f.id === ids[0]);
  assert.equal((await page.locator('.key-point.highlight .point-text').first().textContent()).trim(), first.statement.vi);
  await shot(page, 'learn-phone-vi-learn-more');
  await page.getByRole('button', { name: '← Quay lại' }).click();
  await page.locator('.feedback').waitFor();
  assert.equal((await page.locator('.prompt').textContent()).trim(), prompt.trim(), 'back on the same question');
  assert.match(page.url(), /#\/play$/);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

// The Learn page is another page, so Back from it is a page navigation.
// A player's browser keeps the players' page in its back/forward cache
// and shows it again as it was left, without downloading or starting the
// app again; this holds as long as the page stays eligible (no unload
// handler, no Cache-Control: no-store, nothing that blocks the cache).
test('Back from "Learn more" shows the players\' page as it was left, from the back/forward cache, not started again', async () => {
  const browser = await launch({ bfcache: true });
  const page = await openPage(browser);
  await page.addInitScript(() => {
    addEventListener('pageshow', (e) => { if (e.persisted) window.restoredFromCache = true; });
  });
  await page.goto(site.url);
  await page.getByRole('button', { name: 'Bắt đầu (10 câu hỏi)' }).click();
  await answerFirst(page);
  const prompt = await page.locator('.prompt').textContent();
  await page.evaluate(() => { window.leftAt = 'feedback'; });
  await page.locator('.feedback').getByRole('link', { name: /Tìm hiểu thêm/ }).click();
  await page.locator('.key-point.highlight').first().waitFor();
  // A page from the cache fires no load event: wait for the address only.
  await page.goBack({ waitUntil: 'commit' });
  await page.locator('.feedback').waitFor();
  assert.equal((await page.locator('.prompt').textContent()).trim(), prompt.trim(), 'the same question');
  assert.deepEqual(await page.evaluate(() => [window.leftAt, window.restoredFromCache]), ['feedback', true], 'the same page, not started again');
  assert.deepEqual(page.errors, []);
  await browser.close();
});

test('"Learn more" in the results review opens that question\'s key points', async () => {
  const page = await site.page({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
  await page.goto(site.url);
  await page.getByRole('button', { name: 'Start (10 questions)' }).click();
  for (let n = 1; n <= 10; n++) {
    await answerFirst(page, { n, lang: 'en' });
    await page.locator('.feedback .next').click();
  }
  await page.getByRole('heading', { name: 'Results', exact: true }).waitFor();
  assert.equal(await page.locator('.review-item .learn-more a').count(), 10);
  const link = page.locator('.review-item').nth(2).getByRole('link', { name: /Learn more/ });
  const ids = idsOf(await link.getAttribute('href'));
  await link.click();
  assert.deepEqual(await highlightedIds(page), ids);
  assert.equal(new URL(page.url()).pathname, `/learn-site/${LEARN}`);
  await page.getByRole('heading', { name: 'What this question rests on' }).waitFor();
  assert.equal(await page.title(), 'Learn · Learn about new-style cooperatives');
  await shot(page, 'learn-desktop-en-learn-more');
  await page.getByRole('button', { name: '← Back' }).click();
  await page.getByRole('heading', { name: 'Results', exact: true }).waitFor();
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('search without diacritics or case finds the marked key point', async () => {
  const page = await site.page();
  await page.goto(site.url);
  await page.getByRole('link', { name: 'Tìm hiểu kiến thức →' }).click();
  await page.getByRole('heading', { name: 'Tìm hiểu kiến thức' }).waitFor();
  assert.equal(page.url(), `${site.url}${LEARN}#/learn`);
  const box = page.getByLabel('Tìm trong tài liệu (gõ có dấu hoặc không dấu)');
  await box.fill('hop tac xa kieu moi');
  await page.locator('.search-results .key-point').first().waitFor();
  const texts = await page.locator('.search-results .point-text').allTextContents();
  assert.ok(texts.length >= 1);
  assert.ok(texts.every((t) => t.toLowerCase().includes('hợp tác xã kiểu mới')), texts.join('\n'));
  assert.ok((await page.locator('.search-results .point-id').allTextContents()).includes('F-QN-01'));
  assert.match(await page.getByRole('status').textContent(), /^\d+ ý phù hợp$/);
  await shot(page, 'learn-phone-vi-search');
  // A result's topic link, then Back: the search is still there.
  await page.locator('.search-results .point-meta a').first().click();
  await page.locator('.learn-topic h1').waitFor();
  await page.goBack();
  await page.locator('.search-results .key-point').first().waitFor();
  assert.equal(await box.inputValue(), 'hop tac xa kieu moi');
  assert.match(page.url(), /#\/learn\?q=hop%20tac%20xa%20kieu%20moi$/);
  await box.fill('DAI HOI THANH VIEN');
  await page.locator('.search-results .key-point').first().waitFor();
  const meeting = await page.locator('.search-results .point-text').first().textContent();
  assert.match(meeting.toLowerCase(), /đại hội thành viên/);
  await box.fill('zzqx');
  await page.getByText('Không tìm thấy ý nào phù hợp.').waitFor();
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

for (const lang of ['vi', 'en']) {
  test(`every topic has its page of 5 to 25 referenced key points and a "Practise" link (${lang})`, async () => {
    const page = await site.page({ locale: LOCALE[lang] });
    await page.goto(`${site.url}${LEARN}#/learn`);
    await page.locator('.learn-topics li').first().waitFor();
    assert.equal(await page.locator('.learn-topics li').count(), BANK.topics.length);
    await shot(page, `learn-phone-${lang}-home`);
    for (const topic of BANK.topics) {
      await page.goto(`${site.url}${LEARN}#/learn/topic/${topic.id}`);
      await page.getByRole('heading', { level: 1, name: topic.name[lang] }).waitFor();
      const ids = await page.locator('.key-point .point-id').allTextContents();
      const expected = FACTS.facts.filter((f) => f.topic === topic.id).map((f) => f.id);
      assert.deepEqual(ids, expected, topic.id);
      assert.ok(ids.length >= 5 && ids.length <= 25, `${topic.id}: ${ids.length}`);
      const titles = await page.locator('.key-point h2.point-title').allTextContents();
      assert.deepEqual(titles, FACTS.facts.filter((f) => f.topic === topic.id).map((f) => f.title[lang]));
      const practise = page.getByRole('link', { name: lang === 'vi' ? 'Luyện tập chủ đề này' : 'Practise this topic' });
      assert.equal(await practise.getAttribute('href'), `index.html#/practice?topics=${topic.id}`);
      const refs = await page.locator('.key-point .point-ref').count();
      assert.ok(refs >= ids.length - 2, `${topic.id}: only ${refs} of ${ids.length} points have a reference`);
      if (['law2023', 'alliance'].includes(topic.id)) await shot(page, `learn-phone-${lang}-topic-${topic.id}`);
    }
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  test(`the 2012/2023 comparison reads on a 320 px phone and as a table on a laptop (${lang})`, async () => {
    const phone = await site.page({ viewport: { width: 320, height: 640 }, locale: LOCALE[lang] });
    await phone.goto(`${site.url}${LEARN}#/learn/compare`);
    await phone.locator('table.compare tbody tr').first().waitFor();
    assert.equal(await phone.locator('table.compare tbody tr').count(), FACTS.comparison.length);
    await noSidewaysScroll(phone, 'the comparison at 320 px');
    // Stacked: each law's cell is as wide as the card, one under the other.
    const [a, b] = await phone.locator('table.compare tbody tr').first().locator('td').evaluateAll((tds) => tds.map((td) => td.getBoundingClientRect().toJSON()));
    assert.ok(b.top >= a.bottom - 1 && Math.abs(a.width - b.width) < 2, 'cells stack on a phone');
    const caps = FACTS.comparison.find((r) => r.id === 'capital-caps');
    await phone.getByText(caps.law2023.text[lang]).waitFor();
    await shot(phone, `learn-phone320-${lang}-compare`);
    await phone.context().close();

    const laptop = await site.page({ viewport: { width: 1280, height: 800 }, locale: LOCALE[lang] });
    await laptop.goto(`${site.url}${LEARN}#/learn/compare`);
    await laptop.locator('table.compare tbody tr').first().waitFor();
    const [c, d] = await laptop.locator('table.compare tbody tr').first().locator('td').evaluateAll((tds) => tds.map((td) => td.getBoundingClientRect().toJSON()));
    assert.ok(Math.abs(c.top - d.top) < 2 && d.left > c.left, 'side by side on a laptop');
    await shot(laptop, `learn-desktop-${lang}-compare`);
    assert.deepEqual(laptop.errors, []);
    await laptop.context().close();
  });
}

test('at 320 px with the largest text no Learn page scrolls sideways', async () => {
  const page = await site.page({ viewport: { width: 320, height: 640 } });
  await page.goto(`${site.url}${LEARN}#/learn`);
  await page.getByRole('button', { name: '150%' }).click();
  const hashes = ['#/learn', ...BANK.topics.map((t) => `#/learn/topic/${t.id}`), '#/learn/compare', '#/learn/print', '#/learn/fact/X-basics-principles-12,F-2023-07'];
  for (const hash of hashes) {
    await page.goto(`${site.url}${LEARN}${hash}`);
    await page.locator('[data-focus]').first().waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.className), 'text-150');
    await noSidewaysScroll(page, hash);
  }
  await shot(page, 'learn-phone320-vi-text150-facts');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

/// The titles of a PDF's outline (bookmarks), which Chromium builds from
/// the headings: literal or UTF-16BE hex strings after /Title.
function outlineTitles(pdf) {
  const text = pdf.toString('latin1');
  const titles = [];
  for (const m of text.matchAll(/\/Title\s*(<([0-9A-Fa-f]+)>|\(((?:\\.|[^\\)])*)\))/g)) {
    if (m[2]) {
      const bytes = Buffer.from(m[2], 'hex');
      const body = bytes[0] === 0xfe && bytes[1] === 0xff ? bytes.subarray(2) : bytes;
      titles.push(Buffer.from(body).swap16().toString('utf16le'));
    } else {
      titles.push(m[3].replace(/\\(.)/g, '$1'));
    }
  }
  return titles;
}

test('the print sheet is a PDF with one heading per topic and no app chrome', async () => {
  const page = await site.page({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${site.url}${LEARN}#/learn/print`);
  await page.locator('.print-topic').first().waitFor();
  await page.emulateMedia({ media: 'print' });
  for (const hidden of ['header', '.footer', '.learn-print .actions']) {
    assert.equal(await page.locator(hidden).first().isVisible(), false, `${hidden} is printed`);
  }
  const headings = await page.locator('.print-topic h2').allTextContents();
  assert.deepEqual(headings.slice(0, BANK.topics.length), BANK.topics.map((t) => t.name.vi));
  assert.equal(await page.locator('.print-topic .key-point').count(), FACTS.facts.length);
  await shot(page, 'learn-print-emulated-vi');
  const pdf = await page.pdf({ format: 'A4', outline: true, tagged: true, printBackground: true, margin: { top: '15mm', bottom: '15mm', left: '15mm', right: '15mm' } });
  await writeFile(`${ARTIFACTS}learn-print-vi.pdf`, pdf);
  const titles = outlineTitles(pdf);
  for (const topic of BANK.topics) {
    assert.equal(titles.filter((t) => t === topic.name.vi).length, 1, `"${topic.name.vi}" in the PDF outline ${JSON.stringify(titles)}`);
  }
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  assert.ok(pages > BANK.topics.length, `${pages} pages: each topic starts a page`);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a broken fact list lists its problems and the quiz still plays', async () => {
  const page = await site.page({ locale: 'en-GB' });
  await page.goto(`${broken.url}${LEARN}#/learn`);
  await page.getByRole('heading', { name: 'The study file (facts.json) has problems' }).waitFor();
  const problems = await page.locator('.problem-list li').allTextContents();
  assert.ok(problems.some((p) => p.startsWith(`fact ${FACTS.facts[0].id}`) && p.includes('unverified')), problems.join('\n'));
  assert.ok(problems.includes(`fact ${FACTS.facts[1].id}, field "topic": "history" is not one of the bank's topics`), problems.join('\n'));
  await page.getByRole('link', { name: '← Home' }).click();
  await page.getByRole('button', { name: 'Start (10 questions)' }).click();
  await page.getByText('Question 1 of 10', { exact: true }).waitFor();
  await page.context().close();
});


// A built site sends the bank's documents and each question's facts in
// questions.notes.json (with the explanations): Learn names each fact's
// document and counts the questions citing it, so it waits for that file.
test('the Learn page waits for the notes file, then names each key point\'s document; without it, it says so', async (t) => {
  let release;
  const gate = new Promise((resolve) => { release = resolve; });
  const notes = readFile(join(DIST, 'static/questions.notes.json'));
  const held = await site.serve({ prefix: '/learn-held-notes/', overrides: { 'static/questions.notes.json': gate.then(() => notes) } });
  const missing = await site.serve({ prefix: '/learn-no-notes/', overrides: { 'static/questions.notes.json': null } });
  t.after(() => { release(); return Promise.all([held.close(), missing.close()]); });
  const fact = FACTS.facts.find((f) => f.document && f.status === 'verified');
  const document = BANK.documents.find((d) => d.id === fact.document);
  const page = await site.page();
  await page.goto(`${held.url}${LEARN}#/learn/fact/${fact.id}`);
  await page.getByText('Đang tải tài liệu…').waitFor();
  assert.equal(await page.locator('.key-point').count(), 0);
  release();
  const point = page.locator(`#point-${fact.id}`);
  await point.waitFor();
  assert.match(await point.locator('.point-ref').textContent(), new RegExp(`^Căn cứ: ${document.name.vi.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  await page.goto(`${missing.url}${LEARN}#/learn/fact/${fact.id}`);
  await page.getByText('Không tải được tài liệu. Hãy kiểm tra kết nối mạng rồi thử lại.').waitFor();
  assert.deepEqual(page.errors.filter((e) => !/404|Not Found/i.test(e)), []);
  await page.context().close();
});

test('the old addresses index.html#/learn… open the same screen on learn.html', async () => {
  const fact = FACTS.facts[0];
  const page = await site.page();
  for (const [old, hash, shown] of [
    ['index.html#/learn', '#/learn', page.getByRole('heading', { level: 1, name: 'Tìm hiểu kiến thức' })],
    [`#/learn/fact/${fact.id}`, `#/learn/fact/${fact.id}`, page.locator('.key-point.highlight .point-id', { hasText: fact.id })],
    ['index.html#/learn/compare', '#/learn/compare', page.locator('table.compare')],
    ['#/learn?q=dai%20hoi', '#/learn?q=dai%20hoi', page.locator('.search-results .key-point').first()],
  ]) {
    await page.goto(`${site.url}${old}`);
    await assert.doesNotReject(shown.waitFor(), `${old} shows its screen`);
    assert.equal(page.url(), `${site.url}${LEARN}${hash}`, `${old} moved to ${LEARN}`);
  }
  assert.equal(await page.locator('#learn-query').inputValue(), 'dai hoi', 'the search came along');
  // Back leaves Learn for the page before it, not for the old address.
  await page.goBack();
  assert.equal(page.url(), `${site.url}${LEARN}#/learn/compare`);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('the Learn page leads back to play: its home link, its footer and "Practise this topic"', async () => {
  const page = await site.page({ viewport: { width: 1280, height: 800 } });
  const players = `/learn-site/index.html`;
  await page.goto(`${site.url}${LEARN}#/learn`);
  await page.getByRole('link', { name: '← Trang chính' }).click();
  await page.getByRole('button', { name: 'Bắt đầu (10 câu hỏi)' }).waitFor();
  assert.equal(new URL(page.url()).pathname, players);
  await page.goto(`${site.url}${LEARN}#/learn`);
  await page.locator('.footer').getByRole('link', { name: 'Trang thi cho người chơi' }).click();
  await page.getByRole('button', { name: 'Bắt đầu (10 câu hỏi)' }).waitFor();
  assert.equal(new URL(page.url()).pathname, players);
  await page.goto(`${site.url}${LEARN}#/learn/topic/law2023`);
  await page.getByRole('link', { name: 'Luyện tập chủ đề này' }).click();
  await page.getByText('Câu 1/10', { exact: true }).waitFor();
  assert.equal(new URL(page.url()).pathname, players);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('the Learn page runs under the strict Content-Security-Policy (its loader is a file too)', async (t) => {
  // The README's policy, as in resilience.test.mjs.
  const csp = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; "
    + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'none'; frame-ancestors 'none'";
  const strict = await site.serve({ prefix: '/learn-csp/', headers: { 'content-security-policy': csp } });
  t.after(() => strict.close());
  const page = await site.page();
  await page.addInitScript(() => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(`${strict.url}${LEARN}#/learn`);
  await page.locator('#learn-query').fill('dai hoi');
  await page.locator('.search-results .key-point').first().waitFor();
  assert.deepEqual(await page.evaluate(() => window.violations), []);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

for (const [lang, viewport] of [['vi', { width: 360, height: 740 }], ['en', { width: 1280, height: 800 }], ['vi', { width: 1280, height: 800 }], ['en', { width: 360, height: 740 }]]) {
  test(`learn.html opened from the start screen (${lang}, ${viewport.width}x${viewport.height})`, async () => {
    const page = await site.page({ viewport, locale: LOCALE[lang] });
    await page.goto(site.url);
    await page.getByRole('link', { name: lang === 'vi' ? 'Tìm hiểu kiến thức →' : 'Learn →' }).click();
    await page.locator('.learn-topics li').first().waitFor();
    assert.equal(await page.title(), lang === 'vi' ? 'Tìm hiểu kiến thức · Tìm hiểu Hợp tác xã kiểu mới' : 'Learn · Learn about new-style cooperatives');
    assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
    await noSidewaysScroll(page, `learn.html at ${viewport.width} px`);
    await shot(page, `learn-page-${viewport.width}-${lang}`);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
}

for (const lang of ['vi', 'en']) {
  for (const scheme of ['light', 'dark']) {
    test(`axe finds no violations on the Learn pages (${lang}, ${scheme})`, async () => {
      const page = await site.page({ locale: LOCALE[lang] });
      await page.emulateMedia({ colorScheme: scheme });
      const violations = [];
      const pages = ['#/learn', '#/learn/topic/law2023', '#/learn/compare', '#/learn/fact/F-2023-07,F-2023-03', '#/learn/print', '#/learn/nope'];
      for (const hash of pages) {
        await page.goto(`${site.url}${LEARN}${hash}`);
        await page.locator('[data-focus]').first().waitFor();
        if (hash === '#/learn') {
          await page.locator('#learn-query').fill('thanh vien');
          await page.locator('.search-results .key-point').first().waitFor();
        }
        violations.push(...await axe(page, hash));
        if (scheme === 'dark' && hash.includes('fact')) await shot(page, `learn-phone-${lang}-dark-facts`);
      }
      assert.deepEqual(violations, []);
      assert.deepEqual(page.errors, []);
      await page.context().close();
    });
  }
}
