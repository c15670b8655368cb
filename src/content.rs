//! Reads a question bank from JSON into engine types, checking everything.
//!
//! An organiser may replace `questions.json` on the server, so nothing here
//! trusts the file: every problem is collected (not only the first) and
//! described with the place (question id), the field and what is wrong, so
//! the app can list them instead of showing a blank page. Pure: no web
//! dependency; imports only `quiz`.

use std::collections::HashSet;
use std::fmt;
use std::rc::Rc;

use serde::Deserialize;
use serde_json::{Map, Value};

pub mod branding;
pub mod csv;
pub mod csv_import;
pub mod form_export;
pub mod lint;
pub mod submit;
pub mod xlsx;

use crate::quiz::{
    Choice, Difficulty, Document, DocumentId, Kind, Lang, Localized, Question, QuestionBank, QuestionId, Source, Topic,
    TopicId,
};

pub mod contest;

/// The layout version this app reads.
pub const SCHEMA: u64 = 1;
/// A bank larger than this is refused before parsing: phones have little memory.
pub const MAX_BYTES: usize = 5 * 1024 * 1024;
/// A bank needs enough questions for one round.
pub const MIN_QUESTIONS: usize = 10;
const MAX_ID_LEN: usize = 64;

/// Where in the file a problem is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Place {
    File,
    Document(String),
    Topic(String),
    Question(String),
    /// An entry of the fact list (`static/facts.json`).
    Fact(String),
    /// A row of the fact list's 2012/2023 comparison.
    Comparison(String),
}

/// One problem in a bank file, meant to be read by an organiser.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ContentError {
    pub place: Place,
    /// The key the problem is in (`answer`, `options[2].vi`); empty for the
    /// whole entry.
    pub field: String,
    /// What is wrong, in English (also what `Display` shows).
    pub problem: String,
    /// The same, in Vietnamese, for the organiser's screen.
    pub problem_vi: String,
}

impl ContentError {
    pub(crate) fn new(place: &Place, field: impl Into<String>, en: impl Into<String>, vi: impl Into<String>) -> Self {
        Self {
            place: place.clone(),
            field: field.into(),
            problem: en.into(),
            problem_vi: vi.into(),
        }
    }

    /// The problem as one line in `lang`: "câu hỏi q1, trường \"answer\": …".
    #[must_use]
    pub fn describe(&self, lang: Lang) -> String {
        if lang == Lang::En {
            return self.to_string();
        }
        let place = match &self.place {
            Place::File => "tệp".to_owned(),
            Place::Document(id) => format!("văn bản {id}"),
            Place::Topic(id) => format!("chủ đề {id}"),
            Place::Question(id) => format!("câu hỏi {id}"),
            Place::Fact(id) => format!("dữ kiện {id}"),
            Place::Comparison(id) => format!("dòng so sánh {id}"),
        };
        if self.field.is_empty() {
            format!("{place}: {}", self.problem_vi)
        } else {
            format!("{place}, trường \"{}\": {}", self.field, self.problem_vi)
        }
    }
}

impl fmt::Display for Place {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Place::File => f.write_str("file"),
            Place::Document(id) => write!(f, "document {id}"),
            Place::Topic(id) => write!(f, "topic {id}"),
            Place::Question(id) => write!(f, "question {id}"),
            Place::Fact(id) => write!(f, "fact {id}"),
            Place::Comparison(id) => write!(f, "comparison row {id}"),
        }
    }
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.field.is_empty() {
            write!(f, "{}: {}", self.place, self.problem)
        } else {
            write!(f, "{}, field \"{}\": {}", self.place, self.field, self.problem)
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawText {
    pub(crate) vi: String,
    pub(crate) en: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDocument {
    id: String,
    name: RawText,
    url: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTopic {
    id: String,
    name: RawText,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSource {
    document: String,
    part: Option<RawText>,
}

#[derive(Deserialize, Clone, Copy)]
#[serde(rename_all = "lowercase")]
enum RawDifficulty {
    Easy,
    Medium,
    Hard,
}

#[derive(Deserialize, Clone, Copy)]
#[serde(rename_all = "snake_case")]
enum RawKind {
    Single,
    Multiple,
    TrueFalse,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawQuestion {
    id: String,
    topic: String,
    difficulty: RawDifficulty,
    kind: RawKind,
    prompt: RawText,
    options: Option<Vec<RawText>>,
    answer: Value,
    explanation: RawText,
    source: RawSource,
    facts: Vec<String>,
    family: Option<String>,
}

/// The file as one JSON object, or the single problem that stops reading:
/// too large, not JSON, or not an object.
pub(crate) fn read_root(text: &str) -> Result<Map<String, Value>, Vec<ContentError>> {
    let file = Place::File;
    if text.len() > MAX_BYTES {
        return Err(vec![ContentError::new(
            &file,
            "",
            format!(
                "the file is {} MB; a bank may be at most {} MB",
                mb(text.len()),
                MAX_BYTES / (1024 * 1024)
            ),
            format!(
                "tệp nặng {} MB; bộ câu hỏi chỉ được nặng tối đa {} MB",
                mb(text.len()),
                MAX_BYTES / (1024 * 1024)
            ),
        )]);
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let root: Value = serde_json::from_str(text).map_err(|e| {
        let (line, column, detail) = (e.line(), e.column(), strip_position(&e.to_string()).to_owned());
        vec![ContentError::new(
            &file,
            "",
            format!("not valid JSON at line {line}, column {column}: {detail}"),
            format!("không đúng định dạng JSON ở dòng {line}, cột {column}: {detail}"),
        )]
    })?;
    match root {
        Value::Object(root) => Ok(root),
        _ => Err(vec![ContentError::new(
            &file,
            "",
            "the file must hold one JSON object { … }",
            "tệp phải chứa một đối tượng JSON { … }",
        )]),
    }
}

/// Reads and checks a whole bank file.
pub fn parse_bank(text: &str) -> Result<QuestionBank, Vec<ContentError>> {
    let file = Place::File;
    let root = read_root(text)?;
    check_schema(&root)?;

    let mut errors = Vec::new();
    for key in root.keys() {
        if !["schema", "documents", "topics", "questions"].contains(&key.as_str()) {
            errors.push(ContentError::new(
                &file,
                key,
                "unknown key; allowed: schema, documents, topics, questions",
                "khóa không hợp lệ; chỉ được dùng: schema, documents, topics, questions",
            ));
        }
    }
    let documents = read_documents(list(&root, "documents", &mut errors), &mut errors);
    let topics = read_topics(list(&root, "topics", &mut errors), &mut errors);
    let raw_questions = list(&root, "questions", &mut errors);
    let mut questions = Vec::new();
    let mut seen_ids = HashSet::new();
    let mut seen_prompts = HashSet::new();
    for (n, value) in raw_questions.iter().enumerate() {
        let place = Place::Question(entry_name(value, n));
        let Some(raw) = deserialize::<RawQuestion>(value, &place, &mut errors) else {
            continue;
        };
        if !seen_ids.insert(raw.id.clone()) {
            errors.push(ContentError::new(
                &place,
                "id",
                "another question has the same id",
                "trùng mã với một câu hỏi khác",
            ));
        }
        if !seen_prompts.insert(normalised(&raw.prompt.vi)) {
            errors.push(ContentError::new(
                &place,
                "prompt.vi",
                "another question has the same prompt",
                "trùng nội dung với một câu hỏi khác",
            ));
        }
        if let Some(question) = read_question(raw, &place, &topics, &documents, &mut errors) {
            questions.push(Rc::new(question));
        }
    }
    if raw_questions.len() < MIN_QUESTIONS {
        errors.push(ContentError::new(
            &file,
            "questions",
            format!(
                "{} questions; a bank needs at least {MIN_QUESTIONS} for one round",
                raw_questions.len()
            ),
            format!(
                "chỉ có {} câu hỏi; cần ít nhất {MIN_QUESTIONS} câu cho một lượt chơi",
                raw_questions.len()
            ),
        ));
    }
    if errors.is_empty() {
        Ok(QuestionBank {
            topics,
            documents,
            questions,
        })
    } else {
        Err(errors)
    }
}

/// "5.3": megabytes to one decimal, in integers (float formatting would
/// add about 10 KB to the wasm for this one message).
fn mb(bytes: usize) -> String {
    let tenths = bytes * 10 / (1024 * 1024);
    format!("{}.{}", tenths / 10, tenths % 10)
}

/// `serde_json` appends " at line L column C" to its messages; the error
/// already says where, so drop the repeat.
fn strip_position(message: &str) -> &str {
    message.find(" at line ").map_or(message, |i| &message[..i])
}

pub(crate) fn check_schema(root: &Map<String, Value>) -> Result<(), Vec<ContentError>> {
    let (en, vi) = match root.get("schema") {
        None => (
            "missing; this app reads \"schema\": 1".to_owned(),
            "bị thiếu; ứng dụng này đọc \"schema\": 1".to_owned(),
        ),
        Some(Value::Number(n)) if n.as_u64() == Some(SCHEMA) => return Ok(()),
        Some(other) => (
            format!("{other} is not a layout this app reads; it reads \"schema\": {SCHEMA}"),
            format!("{other} không phải phiên bản ứng dụng này đọc được; ứng dụng đọc \"schema\": {SCHEMA}"),
        ),
    };
    Err(vec![ContentError::new(&Place::File, "schema", en, vi)])
}

pub(crate) fn list<'a>(root: &'a Map<String, Value>, key: &str, errors: &mut Vec<ContentError>) -> &'a [Value] {
    match root.get(key) {
        Some(Value::Array(items)) => items,
        Some(_) => {
            errors.push(ContentError::new(
                &Place::File,
                key,
                "must be a list [ … ]",
                "phải là một danh sách [ … ]",
            ));
            &[]
        }
        None => {
            errors.push(ContentError::new(&Place::File, key, "missing", "bị thiếu"));
            &[]
        }
    }
}

/// An entry's id for messages, or its position when it has none.
pub(crate) fn entry_name(value: &Value, index: usize) -> String {
    match value.get("id").and_then(Value::as_str) {
        Some(id) if !id.trim().is_empty() => id.to_owned(),
        _ => format!("#{} (no id)", index + 1),
    }
}

pub(crate) fn deserialize<T: for<'de> Deserialize<'de>>(
    value: &Value,
    place: &Place,
    errors: &mut Vec<ContentError>,
) -> Option<T> {
    match T::deserialize(value) {
        Ok(raw) => Some(raw),
        Err(e) => {
            let message = e.to_string();
            errors.push(ContentError::new(
                place,
                field_named_in(&message),
                message.clone(),
                format!("sai cấu trúc: {message}"),
            ));
            None
        }
    }
}

/// The field a serde message names ("missing field `answer`"), if any.
fn field_named_in(message: &str) -> String {
    message
        .split('`')
        .nth(1)
        .filter(|_| message.starts_with("missing field") || message.starts_with("unknown field"))
        .unwrap_or_default()
        .to_owned()
}

fn valid_id(id: &str) -> bool {
    !id.is_empty() && id.len() <= MAX_ID_LEN && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

pub(crate) fn check_id(id: &str, place: &Place, errors: &mut Vec<ContentError>) {
    if !valid_id(id) {
        errors.push(ContentError::new(
            place,
            "id",
            format!("\"{id}\" is not a valid id: use 1 to {MAX_ID_LEN} letters, digits, - or _"),
            format!("\"{id}\" không phải mã hợp lệ: dùng từ 1 đến {MAX_ID_LEN} chữ cái không dấu, chữ số, - hoặc _"),
        ));
    }
}

pub(crate) fn text(raw: RawText, place: &Place, field: &str, errors: &mut Vec<ContentError>) -> Localized {
    for lang in Lang::ALL {
        let value = match lang {
            Lang::Vi => &raw.vi,
            Lang::En => &raw.en,
        };
        if value.trim().is_empty() {
            errors.push(ContentError::new(
                place,
                format!("{field}.{}", lang.code()),
                "empty text",
                "chưa có nội dung",
            ));
        }
    }
    Localized::new(raw.vi.trim(), raw.en.trim())
}

/// Text compared for duplicates: spacing does not make it different. (Case
/// does: Unicode lower-casing would add its tables, about 10 KB, to the
/// wasm every player downloads; the native bank tests compare without case.)
fn normalised(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn read_documents(values: &[Value], errors: &mut Vec<ContentError>) -> Vec<Document> {
    let mut documents: Vec<Document> = Vec::new();
    for (n, value) in values.iter().enumerate() {
        let place = Place::Document(entry_name(value, n));
        let Some(raw) = deserialize::<RawDocument>(value, &place, errors) else {
            continue;
        };
        check_id(&raw.id, &place, errors);
        if documents.iter().any(|d| d.id.as_str() == raw.id) {
            errors.push(ContentError::new(
                &place,
                "id",
                "another document has the same id",
                "trùng mã với một văn bản khác",
            ));
        }
        if let Some(url) = &raw.url {
            if !(url.starts_with("https://") || url.starts_with("http://")) {
                errors.push(ContentError::new(
                    &place,
                    "url",
                    "must start with https:// (or http://)",
                    "phải bắt đầu bằng https:// (hoặc http://)",
                ));
            }
        }
        documents.push(Document {
            id: DocumentId::new(raw.id),
            name: text(raw.name, &place, "name", errors),
            url: raw.url,
        });
    }
    documents
}

fn read_topics(values: &[Value], errors: &mut Vec<ContentError>) -> Vec<Topic> {
    let mut topics: Vec<Topic> = Vec::new();
    for (n, value) in values.iter().enumerate() {
        let place = Place::Topic(entry_name(value, n));
        let Some(raw) = deserialize::<RawTopic>(value, &place, errors) else {
            continue;
        };
        check_id(&raw.id, &place, errors);
        if topics.iter().any(|t| t.id.as_str() == raw.id) {
            errors.push(ContentError::new(
                &place,
                "id",
                "another topic has the same id",
                "trùng mã với một chủ đề khác",
            ));
        }
        topics.push(Topic {
            id: TopicId::new(raw.id),
            name: text(raw.name, &place, "name", errors),
        });
    }
    topics
}

fn read_question(
    raw: RawQuestion,
    place: &Place,
    topics: &[Topic],
    documents: &[Document],
    errors: &mut Vec<ContentError>,
) -> Option<Question> {
    let before = errors.len();
    check_id(&raw.id, place, errors);
    if !topics.iter().any(|t| t.id.as_str() == raw.topic) {
        errors.push(ContentError::new(
            place,
            "topic",
            format!("\"{}\" is not one of the bank's topics", raw.topic),
            format!("\"{}\" không có trong danh sách chủ đề (topics)", raw.topic),
        ));
    }
    if !documents.iter().any(|d| d.id.as_str() == raw.source.document) {
        errors.push(ContentError::new(
            place,
            "source.document",
            format!("\"{}\" is not one of the bank's documents", raw.source.document),
            format!(
                "\"{}\" không có trong danh sách văn bản (documents)",
                raw.source.document
            ),
        ));
    }
    if raw.facts.is_empty() {
        errors.push(ContentError::new(
            place,
            "facts",
            "name at least one fact the answer rests on",
            "cần ghi ít nhất một dữ kiện (fact) làm căn cứ cho đáp án",
        ));
    }
    if raw.facts.iter().any(|f| f.trim().is_empty()) {
        errors.push(ContentError::new(
            place,
            "facts",
            "a fact id is empty",
            "có mã dữ kiện bị để trống",
        ));
    }
    if raw.family.as_deref().is_some_and(|family| !valid_id(family)) {
        errors.push(ContentError::new(
            place,
            "family",
            format!("a family is a name of 1 to {MAX_ID_LEN} letters, digits, - or _"),
            format!("tên nhóm (family) gồm từ 1 đến {MAX_ID_LEN} chữ cái không dấu, chữ số, - hoặc _"),
        ));
    }
    let kind = match raw.kind {
        RawKind::Single => Kind::Single,
        RawKind::Multiple => Kind::Multiple,
        RawKind::TrueFalse => Kind::TrueFalse,
    };
    let choices = read_choices(kind, raw.options, &raw.answer, place, errors);
    let question = Question {
        id: QuestionId::new(raw.id),
        topic: TopicId::new(raw.topic),
        difficulty: match raw.difficulty {
            RawDifficulty::Easy => Difficulty::Easy,
            RawDifficulty::Medium => Difficulty::Medium,
            RawDifficulty::Hard => Difficulty::Hard,
        },
        kind,
        prompt: text(raw.prompt, place, "prompt", errors),
        choices,
        explanation: text(raw.explanation, place, "explanation", errors),
        source: Source {
            document: DocumentId::new(raw.source.document),
            part: raw.source.part.map(|p| text(p, place, "source.part", errors)),
        },
        facts: raw.facts,
        family: raw.family,
    };
    (errors.len() == before).then_some(question)
}

fn read_choices(
    kind: Kind,
    options: Option<Vec<RawText>>,
    answer: &Value,
    place: &Place,
    errors: &mut Vec<ContentError>,
) -> Vec<Choice> {
    if kind == Kind::TrueFalse {
        if options.is_some() {
            errors.push(ContentError::new(
                place,
                "options",
                "a true_false question has no options (the app shows True / False)",
                "câu hỏi true_false không có phương án (ứng dụng tự hiện Đúng / Sai)",
            ));
        }
        return if let Value::Bool(is_true) = answer {
            Choice::true_false(*is_true)
        } else {
            errors.push(ContentError::new(
                place,
                "answer",
                "must be true or false for a true_false question",
                "với câu hỏi true_false, đáp án phải là true hoặc false",
            ));
            Vec::new()
        };
    }
    let options = options.unwrap_or_default();
    let allowed = if kind == Kind::Single { 2..=6 } else { 3..=6 };
    if !allowed.contains(&options.len()) {
        errors.push(ContentError::new(
            place,
            "options",
            format!(
                "{} options; a {} question needs {} to {}",
                options.len(),
                if kind == Kind::Single { "single" } else { "multiple" },
                allowed.start(),
                allowed.end()
            ),
            format!(
                "có {} phương án; câu hỏi loại {} cần từ {} đến {} phương án",
                options.len(),
                if kind == Kind::Single { "single" } else { "multiple" },
                allowed.start(),
                allowed.end()
            ),
        ));
    }
    let correct = read_answer(kind, answer, options.len(), place, errors);
    let mut seen = HashSet::new();
    options
        .into_iter()
        .enumerate()
        .map(|(i, option)| {
            let field = format!("options[{}]", letter(i));
            if !seen.insert(normalised(&option.vi)) || !seen.insert(format!("en:{}", normalised(&option.en))) {
                errors.push(ContentError::new(
                    place,
                    &field,
                    "the same text as another option",
                    "trùng nội dung với một phương án khác",
                ));
            }
            Choice::new(text(option, place, &field, errors), correct.contains(&i))
        })
        .collect()
}

fn letter(index: usize) -> char {
    u8::try_from(index)
        .ok()
        .filter(|i| *i < 26)
        .map_or('?', |i| char::from(b'A' + i))
}

/// The option positions an answer names, checking its form for the kind.
fn read_answer(
    kind: Kind,
    answer: &Value,
    option_count: usize,
    place: &Place,
    errors: &mut Vec<ContentError>,
) -> Vec<usize> {
    let letters: Vec<&Value> = match (kind, answer) {
        (Kind::Single, Value::String(_)) => vec![answer],
        (Kind::Single, _) => {
            errors.push(ContentError::new(
                place,
                "answer",
                "must be one letter, e.g. \"B\", for a single question",
                "với câu hỏi single, đáp án phải là một chữ cái, ví dụ \"B\"",
            ));
            return Vec::new();
        }
        (_, Value::Array(items)) if !items.is_empty() => items.iter().collect(),
        _ => {
            errors.push(ContentError::new(
                place,
                "answer",
                "must be a list of one or more letters, e.g. [\"A\", \"C\"], for a multiple question",
                "với câu hỏi multiple, đáp án phải là danh sách một hoặc nhiều chữ cái, ví dụ [\"A\", \"C\"]",
            ));
            return Vec::new();
        }
    };
    let mut picked = Vec::new();
    for value in letters {
        let position = value
            .as_str()
            .filter(|s| s.len() == 1)
            .and_then(|s| s.chars().next())
            .map(|c| c.to_ascii_uppercase())
            .filter(char::is_ascii_uppercase)
            .map(|c| usize::from(c as u8 - b'A'));
        match position {
            Some(i) if i < option_count => {
                if picked.contains(&i) {
                    errors.push(ContentError::new(
                        place,
                        "answer",
                        format!("letter {} is given twice", letter(i)),
                        format!("chữ cái {} bị ghi hai lần", letter(i)),
                    ));
                }
                picked.push(i);
            }
            Some(i) => errors.push(ContentError::new(
                place,
                "answer",
                format!("letter {} points at no option (there are {option_count})", letter(i)),
                format!(
                    "chữ cái {} không ứng với phương án nào (chỉ có {option_count} phương án)",
                    letter(i)
                ),
            )),
            None => errors.push(ContentError::new(
                place,
                "answer",
                format!("{value} is not an option letter (A, B, C, …)"),
                format!("{value} không phải chữ cái của một phương án (A, B, C, …)"),
            )),
        }
    }
    picked
}

#[cfg(test)]
mod tests;
