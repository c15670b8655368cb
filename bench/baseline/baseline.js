// Baseline for the benchmark: fetch the same question bank the players'
// page fetches, enable the start button once it has arrived (as the quiz
// does), then show one random question and, when an option is tapped, a
// verdict and the explanation.
//
// It reads the built site's files, as the players' page does
// (scripts/post-build.mjs): static/questions.json with every text a plain
// Vietnamese string and no explanations, and static/questions.notes.json
// ({ "explanations": { "<id>": "…" } }), fetched once the start screen
// works, as the quiz fetches it. A bilingual bank (the repository's file,
// every text { "vi": …, "en": … }) reads too.
'use strict';

const screen = document.getElementById('screen');
const start = document.getElementById('start');
// Filled in when static/questions.notes.json arrives.
let explanations = {};

function el(tag, props, children = []) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

function letter(i) {
  return String.fromCharCode(65 + i);
}

/** The Vietnamese of a text: a plain string (built site) or { vi, en }. */
function vi(text) {
  return typeof text === 'string' ? text : (text?.vi ?? '');
}

// True/false questions have no options in the bank; their answer is a boolean.
function optionsOf(q) {
  return q.kind === 'true_false' ? ['Đúng', 'Sai'] : q.options.map(vi);
}

function isRight(q, i) {
  if (q.kind === 'true_false') return q.answer === (i === 0);
  // Single answers are a letter, multiple ones a list of letters.
  return (Array.isArray(q.answer) ? q.answer : [q.answer]).includes(letter(i));
}

function showQuestion(q) {
  const prompt = el('h1', { textContent: vi(q.prompt), tabIndex: -1 });
  const texts = optionsOf(q);
  const options = texts.map((text, i) =>
    el('button', { type: 'button', className: 'choice', textContent: `${letter(i)}. ${text}` }),
  );
  options.forEach((button, i) =>
    button.addEventListener('click', () => {
      options.forEach((b) => (b.disabled = true));
      const right = isRight(q, i);
      const verdict = el('h2', { className: `verdict ${right ? 'right' : 'wrong'}`, textContent: right ? 'Chính xác!' : 'Chưa đúng', tabIndex: -1 });
      const rest = [];
      if (!right) {
        const answers = texts.filter((_, j) => isRight(q, j)).join('; ');
        rest.push(el('p', { textContent: `Đáp án đúng: ${answers}` }));
      }
      const why = explanations[q.id] ?? vi(q.explanation);
      if (why) rest.push(el('p', { textContent: why }));
      screen.append(verdict, ...rest);
      verdict.focus();
    }),
  );
  screen.replaceChildren(el('p', { textContent: 'Câu 1/10' }), prompt, ...options);
  prompt.focus();
}

async function fetchJson(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
}

fetchJson('static/questions.json')
  .then((bank) => {
    start.addEventListener('click', () => {
      const q = bank.questions[Math.floor(Math.random() * bank.questions.length)];
      showQuestion(q);
    });
    start.disabled = false;
    // The explanations are needed only after an answer: fetched now, as the
    // quiz does. Without them the verdict still shows.
    fetchJson('static/questions.notes.json')
      .then((notes) => (explanations = notes.explanations ?? {}))
      .catch((e) => console.warn('no explanations:', e.message));
  })
  .catch((e) => {
    screen.append(el('p', { textContent: `Không tải được bộ câu hỏi (${e.message}).` }));
  });
