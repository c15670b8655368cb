// Question-bank spreadsheets as an organiser makes them, for the organiser
// import tests (Chromium, and the core flows in Firefox and WebKit).

export const COLUMNS = ['id', 'topic', 'difficulty', 'kind', 'prompt_vi', 'prompt_en',
  ...['a', 'b', 'c', 'd', 'e', 'f'].flatMap((l) => [`option_${l}_vi`, `option_${l}_en`]),
  'answer', 'explanation_vi', 'explanation_en', 'document', 'reference_vi', 'reference_en', 'facts'];

/// A question of the bundled bank as a spreadsheet row, written the way
/// an organiser would: Vietnamese words for true/false, "A, C" for several.
export function rowOf(q, id) {
  const options = q.options ?? [];
  const answer = typeof q.answer === 'boolean' ? (q.answer ? 'Đúng' : 'Sai')
    : Array.isArray(q.answer) ? q.answer.join(', ') : q.answer;
  const cells = {
    id, topic: q.topic, difficulty: q.difficulty, kind: q.kind,
    prompt_vi: q.prompt.vi, prompt_en: q.prompt.en, answer,
    explanation_vi: q.explanation.vi, explanation_en: q.explanation.en,
    document: q.source.document, reference_vi: q.source.part?.vi ?? '', reference_en: q.source.part?.en ?? '',
    facts: q.facts.join(', '),
  };
  options.forEach((o, i) => {
    const l = 'abcdef'[i];
    cells[`option_${l}_vi`] = o.vi;
    cells[`option_${l}_en`] = o.en;
  });
  return COLUMNS.map((c) => cells[c] ?? '');
}

/// Excel's "CSV UTF-8" in a Vietnamese locale: BOM, `;`, CRLF, quotes
/// where needed.
export function excelCsv(rows) {
  const cell = (v) => (/[;"\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
  return '\uFEFF' + [COLUMNS, ...rows].map((r) => r.map(cell).join(';')).join('\r\n') + '\r\n';
}
