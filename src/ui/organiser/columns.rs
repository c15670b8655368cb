//! The column layout, on the page itself: organisers have the site, not
//! the project's docs. Topic and document ids are listed from the bank in
//! use, so they are always the ones the import accepts.

use yew::prelude::*;

use crate::quiz::{Lang, QuestionBank};

/// (columns, Vietnamese, English).
const COLUMNS: [(&str, &str, &str); 10] = [
    (
        "id",
        "Mã câu hỏi: chữ không dấu, chữ số, - hoặc _. Bỏ trống thì tự đặt theo số dòng.",
        "Question id: letters, digits, - or _. Left empty, it is made from the row number.",
    ),
    (
        "difficulty",
        "easy, medium hoặc hard (dễ, trung bình, khó).",
        "easy, medium or hard.",
    ),
    (
        "kind",
        "single (một đáp án đúng), multiple (nhiều đáp án đúng) hoặc true_false (đúng/sai).",
        "single (one right option), multiple (several) or true_false.",
    ),
    (
        "prompt_vi, prompt_en",
        "Câu hỏi (với true_false: một nhận định), tiếng Việt và tiếng Anh.",
        "The question (for true_false, a statement), in Vietnamese and English.",
    ),
    (
        "option_a_vi … option_f_en",
        "Các phương án A–F, mỗi phương án ghi cả tiếng Việt và tiếng Anh: single cần 2–6, multiple cần 3–6, true_false để trống.",
        "Options A–F, each in both languages: 2–6 for single, 3–6 for multiple, none for true_false.",
    ),
    (
        "answer",
        "Chữ cái của đáp án đúng: \"B\"; nhiều đáp án: \"A, C\"; câu đúng/sai: đúng hoặc sai.",
        "The right option's letter: \"B\"; several: \"A, C\"; true_false: true or false (đúng, sai).",
    ),
    (
        "explanation_vi, explanation_en",
        "Giải thích ngắn vì sao đáp án đúng, bằng tiếng Việt và tiếng Anh.",
        "A short explanation of why the answer is right, in both languages.",
    ),
    (
        "reference_vi, reference_en",
        "Không bắt buộc: vị trí trong văn bản, ví dụ \"Điều 4, khoản 1\" / \"Article 4(1)\".",
        "Optional: where in the document, e.g. \"Điều 4, khoản 1\" / \"Article 4(1)\".",
    ),
    (
        "facts",
        "Mã dữ kiện làm căn cứ trong static/facts.json (ví dụ F-2023-03), cách nhau bằng dấu phẩy; ít nhất một.",
        "Ids of the facts in static/facts.json the answer rests on (e.g. F-2023-03), comma-separated; at least one.",
    ),
    (
        "topic, document",
        "Mã chủ đề và mã văn bản, chọn trong hai danh sách dưới đây.",
        "A topic id and a document id from the two lists below.",
    ),
];

pub fn column_help(bank: &QuestionBank, lang: Lang) -> Html {
    let (summary, topics, documents) = match lang {
        Lang::Vi => ("Các cột của bảng tính", "Mã chủ đề (topic)", "Mã văn bản (document)"),
        Lang::En => ("The spreadsheet's columns", "Topic ids", "Document ids"),
    };
    html! {
        <details class="columns-help">
            <summary>{ summary }</summary>
            <dl>
                for (name, vi, en) in COLUMNS {
                    <dt key={name}><code>{ name }</code></dt>
                    <dd>{ if lang == Lang::Vi { vi } else { en } }</dd>
                }
            </dl>
            <h3>{ topics }</h3>
            <ul class="id-list">
                for topic in bank.topics() {
                    <li key={topic.id.as_str().to_owned()}><code>{ topic.id.as_str().to_owned() }</code>{ " – " }{ topic.name.get(lang).to_owned() }</li>
                }
            </ul>
            <h3>{ documents }</h3>
            <ul class="id-list">
                for document in bank.documents() {
                    <li key={document.id.as_str().to_owned()}><code>{ document.id.as_str().to_owned() }</code>{ " – " }{ document.name.get(lang).to_owned() }</li>
                }
            </ul>
        </details>
    }
}
