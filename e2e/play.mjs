// How a test player answers: the first option shown (ticking it and
// checking, for a multiple-select question), by tap or by keyboard.
import assert from 'node:assert/strict';

const WORDS = {
  vi: { check: 'Kiểm tra', right: 'Chính xác!', progress: (n) => `Câu ${n}/10`, results: 'Kết quả', score: (r) => `${r}/10 câu đúng` },
  en: { check: 'Check', right: 'Correct!', progress: (n) => `Question ${n} of 10`, results: 'Results', score: (r) => `${r} of 10 correct` },
};

/// Answers the question on screen with its first option and returns
/// whether that was right.
export async function answerFirst(page, { keyboard = false, lang = 'vi' } = {}) {
  const multiple = (await page.locator('.choice[aria-pressed]').count()) > 0;
  if (keyboard) {
    await page.keyboard.press('1');
    if (multiple) {
      // Enter checks what is ticked: wait until the tick has been drawn.
      await page.locator('.choice.ticked').waitFor();
      await page.keyboard.press('Enter');
    }
  } else {
    await page.locator('.choice').first().click();
    if (multiple) await page.getByRole('button', { name: WORDS[lang].check, exact: true }).click();
  }
  return (await page.locator('.verdict').textContent()).includes(WORDS[lang].right);
}

/// Plays from question `from` to the results by tapping; returns how many
/// answers were right and checks the score shown says the same.
export async function playToEnd(page, { from = 1, lang = 'vi', rightSoFar = 0 } = {}) {
  let right = rightSoFar;
  for (let n = from; n <= 10; n++) {
    await page.getByText(WORDS[lang].progress(n), { exact: true }).waitFor();
    if (await answerFirst(page, { lang })) right += 1;
    await page.locator('.feedback .next').click();
  }
  await page.getByRole('heading', { name: WORDS[lang].results }).waitFor();
  assert.equal(await page.getByTestId('score').textContent(), WORDS[lang].score(right));
  return right;
}
