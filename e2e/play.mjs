// How a test player answers: the first option shown (ticking it and
// checking, for a multiple-select question), by tap or by keyboard. Every
// kind of question is handled, so no test depends on what the draw gives.
import assert from 'node:assert/strict';

const WORDS = {
  vi: { check: 'Kiểm tra', right: 'Chính xác!', progress: (n, of) => `Câu ${n}/${of}`, results: 'Kết quả', score: (r) => `${r}/10 câu đúng` },
  en: { check: 'Check', right: 'Correct!', progress: (n, of) => `Question ${n} of ${of}`, results: 'Results', score: (r) => `${r} of 10 correct` },
};

/// Picks the first option of the question waiting for an answer, as a
/// player would: taps it, or for a multiple-select question ticks it and
/// taps "Check"; or presses 1 (and Enter). Waits for question `n` of
/// `of` if given, else for any question with open options (answered
/// questions have none). In a contest, which moves on without feedback,
/// give `n`: the question just answered is on screen until the next one
/// is drawn.
export async function pickFirst(page, { n, of = 10, keyboard = false, lang = 'vi' } = {}) {
  if (n !== undefined) await page.getByText(WORDS[lang].progress(n, of), { exact: true }).waitFor();
  const first = page.locator('.choice:not(:disabled)').first();
  await first.waitFor();
  // Only multiple-select options say whether they are ticked.
  const multiple = (await first.getAttribute('aria-pressed')) !== null;
  if (keyboard) {
    await page.keyboard.press('1');
    if (multiple) {
      await page.locator('.choice.ticked').waitFor();
      await page.keyboard.press('Enter');
    }
  } else {
    await first.click();
    if (multiple) await page.getByRole('button', { name: WORDS[lang].check, exact: true }).click();
  }
}

/// Answers the question waiting (or question `n`) with its first option
/// and returns whether that was right, as the feedback says.
export async function answerFirst(page, options = {}) {
  await pickFirst(page, options);
  return (await page.locator('.verdict').textContent()).includes(WORDS[options.lang ?? 'vi'].right);
}

/// Plays from question `from` to the results by tapping; returns how many
/// answers were right and checks the score shown says the same.
export async function playToEnd(page, { from = 1, lang = 'vi', rightSoFar = 0 } = {}) {
  let right = rightSoFar;
  for (let n = from; n <= 10; n++) {
    if (await answerFirst(page, { n, lang })) right += 1;
    await page.locator('.feedback .next').click();
  }
  await page.getByRole('heading', { name: WORDS[lang].results, exact: true }).waitFor();
  assert.equal(await page.getByTestId('score').textContent(), WORDS[lang].score(right));
  return right;
}
