//! Reads `static/facts.json` against the question bank, collecting every
//! problem with the same listed, two-language errors as the bank loader:
//! an organiser edits this file like the bank.

use std::collections::HashSet;

use super::book::{CompareCell, CompareRow, Fact, Status, StudyBook};
use crate::content::{check_id, check_schema, decode, entry_name, list, read_root, text, ContentError, Place, RawText};
use crate::json::{variant, DecodeError, Fields, FromJson, Value};
use crate::quiz::{DocumentId, QuestionBank, TopicId};

struct RawFact {
    id: String,
    topic: String,
    status: Status,
    title: RawText,
    statement: RawText,
    document: Option<String>,
    part: Option<RawText>,
    url: Option<String>,
    reading_only: bool,
}

const FACT_FIELDS: [&str; 10] = [
    "id",
    "topic",
    "status",
    "title",
    "statement",
    "document",
    "part",
    "url",
    "reading_only",
    "basis",
];

impl FromJson for RawFact {
    fn from_json(value: &Value) -> Result<Self, DecodeError> {
        let f = Fields::strict(value, "a fact { \"id\": … }", &FACT_FIELDS)?;
        // `basis` says where an editor checked the fact: required in the
        // file, never shown (the built site sends it empty).
        let _basis: String = f.get("basis")?;
        Ok(RawFact {
            id: f.get("id")?,
            topic: f.get("topic")?,
            status: f.with("status", |v| {
                variant(
                    v,
                    &["verified", "partly", "known"],
                    &[Status::Verified, Status::Partly, Status::Known],
                )
            })?,
            title: f.get("title")?,
            statement: f.get("statement")?,
            document: f.get("document")?,
            part: f.get("part")?,
            url: f.get("url")?,
            reading_only: f.or_default("reading_only")?,
        })
    }
}

struct RawCell {
    text: RawText,
    facts: Vec<String>,
}

impl FromJson for RawCell {
    fn from_json(value: &Value) -> Result<Self, DecodeError> {
        let f = Fields::strict(value, "a cell { \"text\": …, \"facts\": … }", &["text", "facts"])?;
        Ok(RawCell {
            text: f.get("text")?,
            facts: f.get("facts")?,
        })
    }
}

struct RawRow {
    id: String,
    label: RawText,
    law2012: RawCell,
    law2023: RawCell,
}

impl FromJson for RawRow {
    fn from_json(value: &Value) -> Result<Self, DecodeError> {
        let f = Fields::strict(
            value,
            "a comparison row { \"id\": … }",
            &["id", "label", "law2012", "law2023"],
        )?;
        Ok(RawRow {
            id: f.get("id")?,
            label: f.get("label")?,
            law2012: f.get("law2012")?,
            law2023: f.get("law2023")?,
        })
    }
}

/// Reads and checks the fact list. `bank` is the loaded question bank:
/// topics and documents must be its own, every fact its questions cite must
/// be listed, and every fact must be cited or marked `reading_only`.
pub fn parse_facts(text_in: &str, bank: &QuestionBank) -> Result<StudyBook, Vec<ContentError>> {
    let root = read_root(text_in)?;
    check_schema(&root)?;
    let mut errors = Vec::new();
    for key in root.keys() {
        if !["schema", "facts", "comparison"].contains(&key) {
            errors.push(ContentError::new(
                &Place::File,
                key,
                "unknown key; allowed: schema, facts, comparison",
                "khóa không hợp lệ; chỉ được dùng: schema, facts, comparison",
            ));
        }
    }
    let mut facts: Vec<Fact> = Vec::new();
    for (n, value) in list(&root, "facts", &mut errors).iter().enumerate() {
        let place = Place::Fact(entry_name(value, n));
        if let Some(raw) = decode::<RawFact>(value, &place, &mut errors) {
            if facts.iter().any(|f| f.id == raw.id) {
                errors.push(ContentError::new(
                    &place,
                    "id",
                    "another fact has the same id",
                    "trùng mã với một dữ kiện khác",
                ));
            }
            facts.push(read_fact(raw, &place, bank, &mut errors));
        }
    }
    let ids: HashSet<&str> = facts.iter().map(|f| f.id.as_str()).collect();
    check_citations(bank, &facts, &ids, &mut errors);
    let comparison = match root.get("comparison") {
        None => Vec::new(),
        Some(_) => read_comparison(list(&root, "comparison", &mut errors), &ids, &mut errors),
    };
    if errors.is_empty() {
        Ok(StudyBook::new(facts, comparison))
    } else {
        Err(errors)
    }
}

fn read_fact(raw: RawFact, place: &Place, bank: &QuestionBank, errors: &mut Vec<ContentError>) -> Fact {
    check_id(&raw.id, place, errors);
    let topic = TopicId::new(raw.topic);
    if bank.topic(&topic).is_none() {
        errors.push(ContentError::new(
            place,
            "topic",
            format!("\"{topic}\" is not one of the bank's topics"),
            format!("\"{topic}\" không có trong danh sách chủ đề (topics) của bộ câu hỏi"),
        ));
    }
    let document = raw.document.map(DocumentId::new);
    if let Some(id) = document.as_ref().filter(|id| bank.document(id).is_none()) {
        errors.push(ContentError::new(
            place,
            "document",
            format!("\"{id}\" is not one of the bank's documents"),
            format!("\"{id}\" không có trong danh sách văn bản (documents) của bộ câu hỏi"),
        ));
    }
    if let Some(url) = raw
        .url
        .as_ref()
        .filter(|u| !u.starts_with("https://") && !u.starts_with("http://"))
    {
        errors.push(ContentError::new(
            place,
            "url",
            format!("\"{url}\" must start with https:// (or http://)"),
            format!("\"{url}\" phải bắt đầu bằng https:// (hoặc http://)"),
        ));
    }
    Fact {
        id: raw.id,
        topic,
        status: raw.status,
        title: text(raw.title, place, "title", errors),
        statement: text(raw.statement, place, "statement", errors),
        document,
        part: raw.part.map(|p| text(p, place, "part", errors)),
        url: raw.url,
        reading_only: raw.reading_only,
    }
}

/// Every cited fact is listed; every listed fact is cited or reading-only.
fn check_citations(bank: &QuestionBank, facts: &[Fact], ids: &HashSet<&str>, errors: &mut Vec<ContentError>) {
    let mut cited = HashSet::new();
    for question in bank.questions() {
        for id in question.facts() {
            cited.insert(id.as_str());
            if !ids.contains(id.as_str()) {
                errors.push(ContentError::new(
                    &Place::Question(question.id().to_string()),
                    "facts",
                    format!("cites fact \"{id}\", which facts.json does not list"),
                    format!("dẫn dữ kiện \"{id}\" nhưng facts.json không có dữ kiện này"),
                ));
            }
        }
    }
    for fact in facts
        .iter()
        .filter(|f| !f.reading_only && !cited.contains(f.id.as_str()))
    {
        errors.push(ContentError::new(
            &Place::Fact(fact.id.clone()),
            "reading_only",
            "no question cites this fact: cite it in a question or mark it \"reading_only\": true",
            "chưa câu hỏi nào dẫn dữ kiện này: hãy dẫn nó trong một câu hỏi hoặc ghi \"reading_only\": true",
        ));
    }
}

fn read_comparison(values: &[Value], ids: &HashSet<&str>, errors: &mut Vec<ContentError>) -> Vec<CompareRow> {
    let mut rows: Vec<CompareRow> = Vec::new();
    for (n, value) in values.iter().enumerate() {
        let place = Place::Comparison(entry_name(value, n));
        let Some(raw) = decode::<RawRow>(value, &place, errors) else {
            continue;
        };
        check_id(&raw.id, &place, errors);
        if rows.iter().any(|r| r.id == raw.id) {
            errors.push(ContentError::new(
                &place,
                "id",
                "another row has the same id",
                "trùng mã với một dòng khác",
            ));
        }
        let mut cell = |raw: RawCell, field: &str| {
            if raw.facts.is_empty() {
                errors.push(ContentError::new(
                    &place,
                    format!("{field}.facts"),
                    "name at least one fact the text rests on",
                    "cần ghi ít nhất một dữ kiện làm căn cứ",
                ));
            }
            for id in raw.facts.iter().filter(|id| !ids.contains(id.as_str())) {
                errors.push(ContentError::new(
                    &place,
                    format!("{field}.facts"),
                    format!("\"{id}\" is not one of the listed facts"),
                    format!("\"{id}\" không có trong danh sách dữ kiện"),
                ));
            }
            CompareCell {
                text: text(raw.text, &place, &format!("{field}.text"), errors),
                facts: raw.facts,
            }
        };
        let law2012 = cell(raw.law2012, "law2012");
        let law2023 = cell(raw.law2023, "law2023");
        rows.push(CompareRow {
            id: raw.id,
            label: text(raw.label, &place, "label", errors),
            law2012,
            law2023,
        });
    }
    rows
}
