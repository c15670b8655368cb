//! What every data file reader shares: the file as one JSON object, its
//! schema, lists, ids, bilingual text, and serde's messages turned into
//! problems with their place. Each reader (bank, contest, branding, fact
//! list) builds on these, so a file's problems read the same everywhere.

use std::fmt;

use serde::de::{self, MapAccess, Visitor};
use serde::{Deserialize, Deserializer};
use serde_json::{Map, Value};

use super::{ContentError, Place};
use crate::quiz::{Lang, Localized};

/// The layout version this app reads.
pub const SCHEMA: u64 = 1;
/// A bank larger than this is refused before parsing: phones have little memory.
pub const MAX_BYTES: usize = 5 * 1024 * 1024;
pub(crate) const MAX_ID_LEN: usize = 64;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawText {
    pub(crate) vi: String,
    pub(crate) en: String,
}

/// A text of the question bank: `{ "vi": …, "en": … }`, or a plain string
/// holding the Vietnamese only. A built site sends its bank in Vietnamese
/// only and the English beside it (`questions.en.json`, `content::english`);
/// other files (contest, facts) keep `RawText`, both languages always.
/// Written by hand rather than as an untagged enum: serde's buffering for
/// those would weigh in every player's wasm and say less when it fails.
pub(crate) struct RawBankText {
    pub(crate) vi: String,
    pub(crate) en: Option<String>,
}

impl<'de> Deserialize<'de> for RawBankText {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(BankTextVisitor)
    }
}

struct BankTextVisitor;

impl<'de> Visitor<'de> for BankTextVisitor {
    type Value = RawBankText;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a text: { \"vi\": …, \"en\": … }, or \"…\" in Vietnamese only")
    }

    fn visit_str<E: de::Error>(self, vi: &str) -> Result<RawBankText, E> {
        Ok(RawBankText {
            vi: vi.to_owned(),
            en: None,
        })
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<RawBankText, A::Error> {
        let (mut vi, mut en) = (None, None);
        while let Some(key) = map.next_key::<String>()? {
            let slot = match key.as_str() {
                "vi" => &mut vi,
                "en" => &mut en,
                other => return Err(de::Error::unknown_field(other, &["vi", "en"])),
            };
            *slot = Some(map.next_value::<String>()?);
        }
        Ok(RawBankText {
            vi: vi.ok_or_else(|| de::Error::missing_field("vi"))?,
            en: Some(en.ok_or_else(|| de::Error::missing_field("en"))?),
        })
    }
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

pub(crate) fn valid_id(id: &str) -> bool {
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

/// A bank text, checked as `text` checks both languages: the Vietnamese must
/// not be empty, nor the English when it is given.
pub(crate) fn bank_text(raw: RawBankText, place: &Place, field: &str, errors: &mut Vec<ContentError>) -> Localized {
    if let Some(en) = raw.en {
        return text(RawText { vi: raw.vi, en }, place, field, errors);
    }
    if raw.vi.trim().is_empty() {
        errors.push(ContentError::new(
            place,
            format!("{field}.vi"),
            "empty text",
            "chưa có nội dung",
        ));
    }
    Localized::vi_only(raw.vi.trim())
}
