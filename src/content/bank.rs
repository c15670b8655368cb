//! The question bank: `questions.json` read into engine types, checking
//! every document, topic, question, option and answer.

use std::collections::HashSet;
use std::rc::Rc;

use super::read::{
    bank_text, check_id, check_schema, decode, entry_name, list, read_root, valid_id, RawBankText, MAX_ID_LEN,
};
use super::{ContentError, Place};
use crate::json::{variant, DecodeError, Fields, FromJson, Map, Value};
use crate::quiz::{
    Choice, Difficulty, Document, DocumentId, Explanation, Kind, Question, QuestionBank, QuestionId, Source, Topic,
    TopicId,
};

/// A bank needs enough questions for one round.
pub const MIN_QUESTIONS: usize = 10;

struct RawDocument {
    id: String,
    name: RawBankText,
    url: Option<String>,
}

impl FromJson for RawDocument {
    fn from_json(value: &Value) -> Result<Self, DecodeError> {
        let f = Fields::strict(value, "a document { … }", &["id", "name", "url"])?;
        Ok(RawDocument {
            id: f.get("id")?,
            name: f.get("name")?,
            url: f.get("url")?,
        })
    }
}

struct RawTopic {
    id: String,
    name: RawBankText,
}

impl FromJson for RawTopic {
    fn from_json(value: &Value) -> Result<Self, DecodeError> {
        let f = Fields::strict(value, "a topic { … }", &["id", "name"])?;
        Ok(RawTopic {
            id: f.get("id")?,
            name: f.get("name")?,
        })
    }
}

struct RawSource {
    document: String,
    part: Option<RawBankText>,
}

impl FromJson for RawSource {
    fn from_json(value: &Value) -> Result<Self, DecodeError> {
        let f = Fields::strict(value, "a source { \"document\": … }", &["document", "part"])?;
        Ok(RawSource {
            document: f.get("document")?,
            part: f.get("part")?,
        })
    }
}

const QUESTION_FIELDS: [&str; 11] = [
    "id",
    "topic",
    "difficulty",
    "kind",
    "prompt",
    "options",
    "answer",
    "explanation",
    "source",
    "facts",
    "family",
];

struct RawQuestion {
    id: String,
    topic: String,
    difficulty: Difficulty,
    kind: Kind,
    prompt: RawBankText,
    options: Option<Vec<RawBankText>>,
    answer: Value,
    /// Left out of every question only in a built site's `questions.json`,
    /// whose explanations are in `questions.notes.json` (`content::notes`);
    /// so are its sources and facts (and the bank's documents).
    explanation: Option<RawBankText>,
    source: Option<RawSource>,
    facts: Option<Vec<String>>,
    family: Option<String>,
}

impl FromJson for RawQuestion {
    fn from_json(value: &Value) -> Result<Self, DecodeError> {
        let f = Fields::strict(value, "a question { … }", &QUESTION_FIELDS)?;
        Ok(RawQuestion {
            id: f.get("id")?,
            topic: f.get("topic")?,
            difficulty: f.with("difficulty", |d| {
                variant(
                    d,
                    &["easy", "medium", "hard"],
                    &[Difficulty::Easy, Difficulty::Medium, Difficulty::Hard],
                )
            })?,
            kind: f.with("kind", |k| {
                variant(
                    k,
                    &["single", "multiple", "true_false"],
                    &[Kind::Single, Kind::Multiple, Kind::TrueFalse],
                )
            })?,
            prompt: f.get("prompt")?,
            options: f.get("options")?,
            answer: f.with("answer", |a| Ok(a.clone()))?,
            explanation: f.get("explanation")?,
            source: f.get("source")?,
            facts: f.get("facts")?,
            family: f.get("family")?,
        })
    }
}

/// Reads and checks a whole bank file.
pub fn parse_bank(text: &str) -> Result<QuestionBank, Vec<ContentError>> {
    let file = Place::File;
    let root = read_root(text)?;
    check_schema(&root)?;

    let mut errors = Vec::new();
    for key in root.keys() {
        if !["schema", "documents", "topics", "questions"].contains(&key) {
            errors.push(ContentError::new(
                &file,
                key,
                "unknown key; allowed: schema, documents, topics, questions",
                "khóa không hợp lệ; chỉ được dùng: schema, documents, topics, questions",
            ));
        }
    }
    // No documents at all: a built site's file, whose documents come with
    // the sources in `questions.notes.json` (a source then names no document
    // of the bank, an error below).
    let documents = root
        .contains_key("documents")
        .then(|| read_documents(list(&root, "documents", &mut errors), &mut errors));
    let topics = read_topics(list(&root, "topics", &mut errors), &mut errors);
    let raw_questions = list(&root, "questions", &mut errors);
    let mut questions = Vec::new();
    let mut seen_ids = HashSet::new();
    let mut seen_prompts = HashSet::new();
    let mut absent = Absent::default();
    for (n, value) in raw_questions.iter().enumerate() {
        let place = Place::Question(entry_name(value, n));
        let Some(raw) = decode::<RawQuestion>(value, &place, &mut errors) else {
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
        absent.note(&raw, &place);
        let cited = documents.as_deref().unwrap_or_default();
        if let Some(question) = read_question(raw, &place, &topics, cited, &mut errors) {
            questions.push(Rc::new(question));
        }
    }
    absent.report(raw_questions.len(), &mut errors);
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
            documents: documents.map(Into::into).unwrap_or_default(),
            questions,
        })
    } else {
        Err(errors)
    }
}

/// Questions without an explanation, a source or facts: fine if none has
/// one (a built site's file: `content::notes`), an error for each if
/// others have theirs.
#[derive(Default)]
struct Absent {
    explanation: Vec<Place>,
    source: Vec<Place>,
    facts: Vec<Place>,
}

impl Absent {
    fn note(&mut self, raw: &RawQuestion, place: &Place) {
        if raw.explanation.is_none() {
            self.explanation.push(place.clone());
        }
        if raw.source.is_none() {
            self.source.push(place.clone());
        }
        if raw.facts.is_none() {
            self.facts.push(place.clone());
        }
    }

    fn report(self, questions: usize, errors: &mut Vec<ContentError>) {
        let missing = [
            (
                self.explanation,
                "explanation",
                "missing; every question needs an explanation",
                "chưa có giải thích; câu hỏi nào cũng cần phần giải thích",
            ),
            (
                self.source,
                "source",
                "missing; every question names the document its answer rests on",
                "chưa có căn cứ; câu hỏi nào cũng cần ghi văn bản làm căn cứ (source)",
            ),
            (
                self.facts,
                "facts",
                "missing; name at least one fact the answer rests on",
                "chưa có; cần ghi ít nhất một dữ kiện (fact) làm căn cứ cho đáp án",
            ),
        ];
        for (places, field, en, vi) in missing {
            if places.len() < questions {
                for place in &places {
                    errors.push(ContentError::new(place, field, en, vi));
                }
            }
        }
    }
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
        let Some(raw) = decode::<RawDocument>(value, &place, errors) else {
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
            name: bank_text(raw.name, &place, "name", errors),
            url: raw.url,
        });
    }
    documents
}

fn read_topics(values: &[Value], errors: &mut Vec<ContentError>) -> Vec<Topic> {
    let mut topics: Vec<Topic> = Vec::new();
    for (n, value) in values.iter().enumerate() {
        let place = Place::Topic(entry_name(value, n));
        let Some(raw) = decode::<RawTopic>(value, &place, errors) else {
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
            name: bank_text(raw.name, &place, "name", errors),
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
    if raw.family.as_deref().is_some_and(|family| !valid_id(family)) {
        errors.push(ContentError::new(
            place,
            "family",
            format!("a family is a name of 1 to {MAX_ID_LEN} letters, digits, - or _"),
            format!("tên nhóm (family) gồm từ 1 đến {MAX_ID_LEN} chữ cái không dấu, chữ số, - hoặc _"),
        ));
    }
    let source = raw.source.map(|raw| read_source(raw, documents, place, errors));
    if let Some(facts) = &raw.facts {
        check_facts(facts, place, errors);
    }
    let kind = raw.kind;
    let choices = read_choices(kind, raw.options, &raw.answer, place, errors);
    let question = Question {
        id: QuestionId::new(raw.id),
        topic: TopicId::new(raw.topic),
        difficulty: raw.difficulty,
        kind,
        prompt: bank_text(raw.prompt, place, "prompt", errors),
        choices,
        explanation: raw.explanation.map_or_else(Explanation::default, |raw| {
            Explanation::from(bank_text(raw, place, "explanation", errors))
        }),
        source: source.map(Into::into).unwrap_or_default(),
        facts: raw.facts.map(Into::into).unwrap_or_default(),
        family: raw.family,
    };
    (errors.len() == before).then_some(question)
}

/// A question's source, checked: it names one of `documents`.
fn read_source(raw: RawSource, documents: &[Document], place: &Place, errors: &mut Vec<ContentError>) -> Source {
    if !documents.iter().any(|d| d.id.as_str() == raw.document) {
        errors.push(ContentError::new(
            place,
            "source.document",
            format!("\"{}\" is not one of the bank's documents", raw.document),
            format!("\"{}\" không có trong danh sách văn bản (documents)", raw.document),
        ));
    }
    Source {
        part: raw.part.map(|p| bank_text(p, place, "source.part", errors)),
        document: DocumentId::new(raw.document),
    }
}

/// A question names at least one fact, and no empty one.
fn check_facts(facts: &[String], place: &Place, errors: &mut Vec<ContentError>) {
    if facts.is_empty() {
        errors.push(ContentError::new(
            place,
            "facts",
            "name at least one fact the answer rests on",
            "cần ghi ít nhất một dữ kiện (fact) làm căn cứ cho đáp án",
        ));
    }
    if facts.iter().any(|f| f.trim().is_empty()) {
        errors.push(ContentError::new(
            place,
            "facts",
            "a fact id is empty",
            "có mã dữ kiện bị để trống",
        ));
    }
}

/// A question's entry in `questions.notes.json` (`content::notes`): its
/// source and facts as the bank file writes them, and its family's name
/// (the players' file names it by a short id, or not at all when no other
/// question shares it: only the organiser page's copy reads it). Source
/// and facts are required;
/// read as options all the same, as `RawQuestion` reads them, so the
/// players' wasm links one reader for each, not two.
struct RawReferences {
    source: Option<RawSource>,
    facts: Option<Vec<String>>,
}

impl FromJson for RawReferences {
    fn from_json(value: &Value) -> Result<Self, DecodeError> {
        let f = Fields::strict(
            value,
            "a question's notes { \"source\": …, \"facts\": … }",
            &["source", "facts", "family"],
        )?;
        Ok(RawReferences {
            source: f.get("source")?,
            facts: f.get("facts")?,
        })
    }
}

/// What a notes file adds to `bank`: its documents (unless the bank has
/// them) and the source and facts of each question still without them,
/// checked as the bank's own would be; or every problem.
pub(super) struct References<'a> {
    pub(super) documents: Option<Vec<Document>>,
    pub(super) questions: Vec<(&'a Question, Source, Vec<String>)>,
}

/// Reads the `documents` list and the `questions` object of a notes file
/// (`content::notes`) for `bank`.
pub(super) fn read_references<'a>(notes: &Map, bank: &'a QuestionBank) -> Result<References<'a>, Vec<ContentError>> {
    let mut errors = Vec::new();
    let documents = bank
        .documents
        .get()
        .is_none()
        .then(|| read_documents(list(notes, "documents", &mut errors), &mut errors));
    let cited = documents.as_deref().unwrap_or(bank.documents());
    let entries = notes.get("questions");
    let mut questions = Vec::new();
    for question in bank.questions().iter().filter(|q| q.awaits_references()) {
        let place = Place::Question(question.id().as_str().to_owned());
        let raw = entries
            .and_then(|all| all.get(question.id().as_str()))
            .and_then(|entry| decode::<RawReferences>(entry, &place, &mut errors));
        let Some(RawReferences {
            source: Some(source),
            facts: Some(facts),
        }) = raw
        else {
            errors.push(ContentError::new(&place, "source", "missing", "bị thiếu"));
            continue;
        };
        check_facts(&facts, &place, &mut errors);
        let source = read_source(source, cited, &place, &mut errors);
        questions.push((&**question, source, facts));
    }
    if errors.is_empty() {
        Ok(References { documents, questions })
    } else {
        Err(errors)
    }
}

fn read_choices(
    kind: Kind,
    options: Option<Vec<RawBankText>>,
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
            let en_repeated = option
                .en
                .as_ref()
                .is_some_and(|en| !seen.insert(format!("en:{}", normalised(en))));
            if !seen.insert(normalised(&option.vi)) || en_repeated {
                errors.push(ContentError::new(
                    place,
                    &field,
                    "the same text as another option",
                    "trùng nội dung với một phương án khác",
                ));
            }
            Choice::new(bank_text(option, place, &field, errors), correct.contains(&i))
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
