// End to end: 200 rounds in a row in one page, with no console error and
// no memory growth. Driven from inside the page so it runs in about a
// minute; the figures are printed as test diagnostics.
import assert from 'node:assert/strict';
import { test, withSite } from './browser.mjs';

const ROUNDS = 200;
/// Allowed growth from round 20 to round 200, after garbage collection.
const JS_HEAP_BOUND = 2 * 1024 * 1024;
const WASM_MEMORY_BOUND = 1024 * 1024;

const site = withSite('/soak/');

test(`${ROUNDS} rounds in a row leave no errors and no growing memory`, async (t) => {
  const page = await site.page();
  // Trunk announces the wasm instance; keep it to read its memory size.
  await page.addInitScript(() => {
    addEventListener('TrunkApplicationStarted', (e) => { window.wasmInstance = e.detail.wasm; });
  });
  await page.goto(site.url);
  await page.getByRole('button', { name: 'Bắt đầu (10 câu hỏi)' }).waitFor();
  const cdp = await page.context().newCDPSession(page);

  const playRounds = (count) => page.evaluate(async (count) => {
    const until = async (what, find) => {
      // By time, not by count: a busy machine renders more slowly.
      const deadline = Date.now() + 30_000;
      while (Date.now() < deadline) {
        const found = find();
        if (found) return found;
        await new Promise((r) => setTimeout(r, 0));
      }
      throw new Error(`waited 30 s for ${what}: ${location.hash} ${document.querySelector('main')?.innerText.slice(0, 300)}`);
    };
    const primary = () => document.querySelector('.actions .button-primary');
    const label = () => document.querySelector('.progress-label')?.textContent;
    for (let round = 0; round < count; round++) {
      (await until('the start button', primary)).click();
      for (let n = 1; n <= 10; n++) {
        // Question n, open: a tap that went elsewhere shows up here.
        const choice = await until(`question ${n} open`, () => label() === `Câu ${n}/10` && document.querySelector('.choice:not(:disabled)'));
        choice.click();
        // Feedback, or (multiple select) the check button once the tick is
        // drawn; decided by what the page shows, not by the element clicked.
        const next = await until(`the feedback or the check button of question ${n}`, () => document.querySelector('.feedback .next')
          || document.querySelector('.question > .button-primary:not(:disabled)'));
        if (!next.classList.contains('next')) {
          next.click();
          (await until(`the feedback of question ${n}`, () => document.querySelector('.feedback .next'))).click();
        } else {
          next.click();
        }
      }
      await until('the score', () => document.querySelector('[data-testid=score]'));
    }
  }, count);

  const memory = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    const wasm = await page.evaluate(() => window.wasmInstance.memory.buffer.byteLength);
    return { js: usedSize, wasm };
  };

  const started = Date.now();
  await playRounds(20);
  const early = await memory();
  await playRounds(ROUNDS - 20);
  const late = await memory();
  const seconds = (Date.now() - started) / 1000;

  const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
  t.diagnostic(`${ROUNDS} rounds in ${seconds.toFixed(1)} s`);
  t.diagnostic(`JS heap after 20 rounds ${kb(early.js)}, after ${ROUNDS} ${kb(late.js)}`);
  t.diagnostic(`wasm memory after 20 rounds ${kb(early.wasm)}, after ${ROUNDS} ${kb(late.wasm)}`);
  assert.equal(await page.getByTestId('score').count(), 1);
  assert.deepEqual(page.errors, []);
  assert.ok(late.js - early.js < JS_HEAP_BOUND, `JS heap grew by ${kb(late.js - early.js)}`);
  assert.ok(late.wasm - early.wasm <= WASM_MEMORY_BOUND, `wasm memory grew by ${kb(late.wasm - early.wasm)}`);
  await page.context().close();
});
