// Baseline for the benchmark: fetch the same question bank the quiz uses,
// enable the start button once it has arrived (as the quiz does), then show
// one random question and a verdict when an option is tapped.
'use strict';

const screen = document.getElementById('screen');
const start = document.getElementById('start');

function el(tag, props, children = []) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

function letter(i) {
  return String.fromCharCode(65 + i);
}

// True/false questions have no options in the bank; their answer is a boolean.
function optionsOf(q) {
  return q.kind === 'true_false' ? [{ vi: 'Đúng' }, { vi: 'Sai' }] : q.options;
}

function isRight(q, i) {
  if (q.kind === 'true_false') return q.answer === (i === 0);
  // Single answers are a letter, multiple ones a list of letters.
  return (Array.isArray(q.answer) ? q.answer : [q.answer]).includes(letter(i));
}

function showQuestion(q) {
  const prompt = el('h1', { textContent: q.prompt.vi, tabIndex: -1 });
  const options = optionsOf(q).map((opt, i) =>
    el('button', { type: 'button', className: 'choice', textContent: `${letter(i)}. ${opt.vi}` }),
  );
  options.forEach((button, i) =>
    button.addEventListener('click', () => {
      const right = isRight(q, i);
      screen.append(
        el('p', { className: `verdict ${right ? 'right' : 'wrong'}`, textContent: right ? 'Chính xác!' : 'Chưa đúng.' }),
        el('p', { textContent: q.explanation.vi }),
      );
      options.forEach((b) => (b.disabled = true));
    }),
  );
  screen.replaceChildren(el('p', { textContent: 'Câu 1/10' }), prompt, ...options);
  prompt.focus();
}

fetch('static/questions.json', { cache: 'no-cache' })
  .then((response) => {
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return response.json();
  })
  .then((bank) => {
    start.addEventListener('click', () => {
      const q = bank.questions[Math.floor(Math.random() * bank.questions.length)];
      showQuestion(q);
    });
    start.disabled = false;
  })
  .catch((e) => {
    screen.append(el('p', { textContent: `Không tải được bộ câu hỏi (${e.message}).` }));
  });
