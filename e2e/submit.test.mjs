// End to end: a contest player hands in the result in one tap (issue 19).
// contest.json names a Google Forms pre-filled link and an e-mail; the
// results screen opens the form with every field filled, and the
// certificate saved as a PNG carries the player's name, diacritics intact.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test, withSite, shot } from './browser.mjs';
import { pickFirst } from './play.mjs';
import { axe, noSidewaysScroll } from './checks.mjs';
import jsQR from 'jsqr';

const contest = JSON.parse(await readFile(new URL('../static/contest.json', import.meta.url), 'utf8'));
const FORM = 'https://docs.google.com/forms/d/e/1FAIpQLSdTEST/viewform?usp=pp_url'
  + '&entry.1001=%7Bcode%7D&entry.1002=%7Bname%7D&entry.1003=%7Bbirth_year%7D&entry.1004=%7Bunit%7D&entry.1005=%7Bphone%7D';
const SHORT = {
  ...contest,
  title: { vi: 'Hội thi thử nghiệm', en: 'Test contest' },
  questions: 3,
  seconds: 600,
  units: ['Xã Tân Phú', 'Xã Hòa Bình'],
  submit: { form: FORM, email: 'ketqua@hoithi.example.vn' },
};
delete SHORT.minutes;
delete SHORT.rounds;

const BRANDING = { organiser: 'Liên minh HTX tỉnh Thử', logo: 'static/icon-192.png', colour: '#8b1a1a' };
const site = withSite('/thi/', {
  overrides: { 'static/contest.json': JSON.stringify(SHORT), 'static/branding.json': JSON.stringify(BRANDING) },
});
const NAME = 'Nguyễn Thị Hoà';

/// Registers, plays the three questions and the tie-break; returns the code line.
async function playContest(page) {
  await page.goto(site.url);
  await page.getByRole('link', { name: /Hội thi tìm hiểu/ }).click();
  await page.locator('#reg-name').fill(NAME);
  await page.locator('#reg-born').fill('15/08/1985');
  await page.locator('#reg-unit').selectOption('Xã Hòa Bình');
  await page.locator('#reg-phone').fill('0912 345 678');
  await page.getByRole('button', { name: 'Bắt đầu làm bài' }).click();
  for (let n = 1; n <= 3; n++) await pickFirst(page, { n, of: 3 });
  await page.locator('#prediction').fill('25');
  await page.getByRole('button', { name: 'Gửi và xem kết quả' }).click();
  await page.getByRole('heading', { name: 'Kết quả', exact: true }).waitFor();
  return page.locator('#result-code').inputValue();
}

test('"Nộp kết quả" opens the organiser\'s form with every field filled, then share, copy and a QR code', async () => {
  const page = await site.page();
  const context = page.context();
  // The form is on the internet; answer for it so the test needs no network.
  await context.route('https://docs.google.com/**', (route) => route.fulfill({ contentType: 'text/html', body: '<title>Form</title>' }));
  const line = await playContest(page);
  const code = line.split(' | ')[0];
  assert.match(code, /^HTX2-[0-9A-Z-]+$/);

  // In order: submit (form, then e-mail), copy, the QR code.
  const order = await page.locator('.result-send').evaluate((el) =>
    [...el.querySelectorAll('a.button, button, svg')].map((e) => e.textContent.trim() || e.tagName));
  assert.deepEqual(order.slice(0, 2), ['Nộp kết quả', 'Nộp qua thư điện tử']);
  assert.equal(order.at(-2), 'Sao chép');
  assert.equal(order.at(-1), 'svg');
  // Headless Chromium on Linux has no navigator.share: no share button.
  assert.equal(await page.evaluate(() => 'share' in navigator), false);
  assert.equal(await page.getByRole('button', { name: 'Chia sẻ', exact: true }).count(), 0);

  const [form] = await Promise.all([context.waitForEvent('page'), page.getByRole('link', { name: 'Nộp kết quả' }).click()]);
  await form.waitForLoadState();
  const url = new URL(form.url());
  assert.equal(url.origin + url.pathname, 'https://docs.google.com/forms/d/e/1FAIpQLSdTEST/viewform');
  assert.deepEqual(Object.fromEntries(url.searchParams), {
    usp: 'pp_url',
    'entry.1001': code,
    'entry.1002': NAME,
    'entry.1003': '1985',
    'entry.1004': 'Xã Hòa Bình',
    'entry.1005': '0912345678', // the registration keeps the digits
  });
  assert.match(form.url(), /entry\.1002=Nguy%E1%BB%85n%20Th%E1%BB%8B%20Ho%C3%A0&/, 'UTF-8, spaces as %20');

  const mail = new URL(await page.getByRole('link', { name: 'Nộp qua thư điện tử' }).getAttribute('href'));
  assert.equal(mail.protocol + mail.pathname, 'mailto:ketqua@hoithi.example.vn');
  assert.equal(mail.searchParams.get('subject'), `Kết quả: Hội thi thử nghiệm – ${NAME}`);
  assert.ok(mail.searchParams.get('body').includes(`\r\n\r\n${line}`), mail.searchParams.get('body'));

  const qr = page.getByRole('img', { name: 'Mã QR của mã kết quả' });
  const box = await qr.boundingBox();
  assert.ok(box.width >= 150 && Math.abs(box.width - box.height) < 1, `a square QR code: ${JSON.stringify(box)}`);
  // An independent decoder (jsQR) reads the code back from the SVG as drawn.
  const pixels = await qr.evaluate(async (svg) => {
    const image = new Image();
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(svg))}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = 400;
    canvas.height = 400;
    const ctx = canvas.getContext('2d');
    ctx.drawImage(image, 0, 0, 400, 400);
    return Array.from(ctx.getImageData(0, 0, 400, 400).data);
  });
  assert.equal(jsQR(Uint8ClampedArray.from(pixels), 400, 400)?.data, code);
  await page.locator('.result-send').screenshot({ path: new URL('./artifacts/submit-send-360.png', import.meta.url).pathname });
  await shot(page, 'submit-results-360');
  await noSidewaysScroll(page, 'results at 360 px');
  assert.deepEqual(await axe(page, 'results with a form'), []);
  await page.setViewportSize({ width: 1280, height: 800 });
  await shot(page, 'submit-results-1280');
  assert.deepEqual(page.errors, []);
});

test('the certificate saved as a PNG carries the player\'s name, diacritics intact', async () => {
  const page = await site.page();
  await playContest(page);
  await page.waitForFunction(() => document.querySelector('img.brand-logo')?.complete);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Lưu giấy chứng nhận (ảnh PNG)' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'giay-chung-nhan-nguyen-thi-hoa.png');
  const png = await readFile(await download.path());
  assert.deepEqual([...png.subarray(1, 4)], [0x50, 0x4e, 0x47], 'a PNG file');
  await writeArtifact('submit-certificate.png', png);

  // Draw the name band again with the app's layout (certificate_image.rs:
  // 1200x850, name centred at y 430 in bold 60px of the page's font, ink
  // #1a1a1a on white) for the true name and for the same name without its
  // diacritics, and compare each with the band of the downloaded image.
  const diff = await page.evaluate(async ({ data, names }) => {
    const image = new Image();
    image.src = `data:image/png;base64,${data}`;
    await image.decode();
    const band = (draw) => {
      const canvas = document.createElement('canvas');
      canvas.width = 1200;
      canvas.height = 850;
      const ctx = canvas.getContext('2d');
      draw(ctx);
      return ctx.getImageData(60, 390, 1080, 80).data;
    };
    const saved = band((ctx) => ctx.drawImage(image, 0, 0));
    // The organiser's colour in the top band, and the logo above the title.
    const whole = document.createElement('canvas');
    whole.width = 1200;
    whole.height = 850;
    whole.getContext('2d').drawImage(image, 0, 0);
    const at = (x, y) => [...whole.getContext('2d').getImageData(x, y, 1, 1).data.slice(0, 3)];
    const logo = whole.getContext('2d').getImageData(545, 70, 110, 110).data;
    let inked = 0;
    for (let i = 0; i < logo.length; i += 4) if (logo[i] + logo[i + 1] + logo[i + 2] < 600) inked += 1;
    window.branding = { band: at(600, 8), logoInk: inked / (logo.length / 4) };
    const font = getComputedStyle(document.body).fontFamily;
    return names.map((name) => {
      const ref = band((ctx) => {
        ctx.fillStyle = '#ffffff';
        ctx.fillRect(0, 0, 1200, 850);
        ctx.font = `700 60px ${font}`;
        ctx.textAlign = 'center';
        ctx.textBaseline = 'middle';
        ctx.fillStyle = '#1a1a1a';
        ctx.fillText(name, 600, 430);
      });
      let sum = 0;
      for (let i = 0; i < ref.length; i += 4) sum += Math.abs(ref[i] - saved[i]);
      return sum / (ref.length / 4);
    });
  }, { data: png.toString('base64'), names: [NAME, 'Nguyen Thi Hoa', 'Trần Văn Bình'] });
  const [same, plain, other] = diff;
  const branding = await page.evaluate(() => window.branding);
  assert.deepEqual(branding.band, [0x8b, 0x1a, 0x1a], 'the organiser\'s colour');
  assert.ok(branding.logoInk > 0.2, `the logo is drawn: ${branding.logoInk}`);
  assert.ok(same < 0.1, `the saved name band matches a render of "${NAME}": ${diff}`);
  assert.ok(plain > 0.3 && plain > 10 * same, `and not the name without diacritics: ${diff}`);
  assert.ok(other > plain, `nor another name: ${diff}`);
  assert.deepEqual(page.errors, []);
});

async function writeArtifact(name, bytes) {
  const { writeFile } = await import('node:fs/promises');
  await writeFile(new URL(`./artifacts/${name}`, import.meta.url), bytes);
}

test('where the phone can share, "Chia sẻ" shares the code line and the certificate image', async () => {
  const page = await site.page();
  // Headless Chromium has no share sheet: stand in for the phone's, recording what it is given.
  await page.addInitScript(() => {
    window.shared = [];
    navigator.share = async (data) => {
      window.shared.push({ title: data.title, text: data.text, files: (data.files ?? []).map((f) => [f.name, f.type, f.size]) });
    };
    navigator.canShare = (data) => (data.files ?? []).every((f) => f.type === 'image/png');
  });
  const line = await playContest(page);
  await page.getByRole('button', { name: 'Chia sẻ', exact: true }).click();
  await page.waitForFunction(() => window.shared.length === 1);
  await page.getByRole('button', { name: 'Chia sẻ giấy chứng nhận' }).click();
  await page.waitForFunction(() => window.shared.length === 2);
  const [text, image] = await page.evaluate(() => window.shared);
  assert.deepEqual(text, { title: 'Hội thi thử nghiệm', text: `Mã kết quả của tôi ở Hội thi thử nghiệm:\n${line}`, files: [] });
  assert.equal(image.files.length, 1);
  assert.deepEqual(image.files[0].slice(0, 2), ['giay-chung-nhan-nguyen-thi-hoa.png', 'image/png']);
  assert.ok(image.files[0][2] > 10_000, `a whole image: ${image.files[0][2]} bytes`);
  assert.deepEqual(page.errors, []);
});
