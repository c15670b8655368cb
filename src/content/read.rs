//! What every data file reader shares: the file as one JSON object
//! (`crate::json`), its schema, lists, ids, bilingual text, and type
//! errors turned into problems with their place. Each reader (bank, contest, branding, fact
//! list) builds on these, so a file's problems read the same everywhere.

use super::{ContentError, Place};
use crate::json::{invalid_type, DecodeError, Fields, FromJson, Map, Value};
use crate::quiz::{Lang, Localized};

/// The layout version this app reads.
pub const SCHEMA: u64 = 1;
/// A bank larger than this is refused before parsing: phones have little memory.
pub const MAX_BYTES: usize = 5 * 1024 * 1024;
pub(crate) const MAX_ID_LEN: usize = 64;

/// A text in both languages.
pub(crate) struct RawText {
    pub(crate) vi: String,
    pub(crate) en: String,
}

impl FromJson for RawText {
    fn from_json(value: &Value) -> Result<Self, DecodeError> {
        let fields = Fields::strict(value, "a text { \"vi\": …, \"en\": … }", &["vi", "en"])?;
        Ok(RawText {
            vi: fields.get("vi")?,
            en: fields.get("en")?,
        })
    }
}

/// A text of the question bank: `{ "vi": …, "en": … }`, or a plain string
/// holding the Vietnamese only. A built site sends its bank in Vietnamese
/// only and the English beside it (`questions.en.json`, `content::english`);
/// other files (contest, facts) keep `RawText`, both languages always.
pub(crate) struct RawBankText {
    pub(crate) vi: String,
    pub(crate) en: Option<String>,
}

impl FromJson for RawBankText {
    fn from_json(value: &Value) -> Result<Self, DecodeError> {
        match value {
            Value::String(vi) => Ok(RawBankText {
                vi: vi.clone(),
                en: None,
            }),
            Value::Object(_) => {
                let both = RawText::from_json(value)?;
                Ok(RawBankText {
                    vi: both.vi,
                    en: Some(both.en),
                })
            }
            other => Err(invalid_type(
                other,
                "a text: { \"vi\": …, \"en\": … }, or \"…\" in Vietnamese only",
            )),
        }
    }
}

/// A file over `MAX_BYTES`, refused before reading.
pub(crate) fn too_large(text: &str) -> Result<(), Vec<ContentError>> {
    if text.len() <= MAX_BYTES {
        return Ok(());
    }
    Err(vec![ContentError::new(
        &Place::File,
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
    )])
}

pub(crate) fn not_json(line: usize, column: usize, detail: &str) -> ContentError {
    ContentError::new(
        &Place::File,
        "",
        format!("not valid JSON at line {line}, column {column}: {detail}"),
        format!("không đúng định dạng JSON ở dòng {line}, cột {column}: {detail}"),
    )
}

pub(crate) fn not_an_object() -> ContentError {
    ContentError::new(
        &Place::File,
        "",
        "the file must hold one JSON object { … }",
        "tệp phải chứa một đối tượng JSON { … }",
    )
}

/// The file as one JSON object, or the single problem that stops reading:
/// too large, not JSON, or not an object.
pub(crate) fn read_root(text: &str) -> Result<Map, Vec<ContentError>> {
    too_large(text)?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    match crate::json::parse(text) {
        Ok(Value::Object(root)) => Ok(root),
        Ok(_) => Err(vec![not_an_object()]),
        Err(e) => Err(vec![not_json(e.line, e.column, e.message)]),
    }
}

/// "5.3": megabytes to one decimal, in integers (float formatting would
/// add about 10 KB to the wasm for this one message).
fn mb(bytes: usize) -> String {
    let tenths = bytes * 10 / (1024 * 1024);
    format!("{}.{}", tenths / 10, tenths % 10)
}

pub(crate) fn check_schema(root: &Map) -> Result<(), Vec<ContentError>> {
    match root.get("schema") {
        Some(n) if n.as_u64() == Some(SCHEMA) => Ok(()),
        other => Err(schema_problem(other.map(ToString::to_string))),
    }
}

/// The schema is missing (`None`) or the value written.
pub(crate) fn schema_problem(written: Option<String>) -> Vec<ContentError> {
    let (en, vi) = match written {
        None => (
            "missing; this app reads \"schema\": 1".to_owned(),
            "bị thiếu; ứng dụng này đọc \"schema\": 1".to_owned(),
        ),
        Some(other) => (
            format!("{other} is not a layout this app reads; it reads \"schema\": {SCHEMA}"),
            format!("{other} không phải phiên bản ứng dụng này đọc được; ứng dụng đọc \"schema\": {SCHEMA}"),
        ),
    };
    vec![ContentError::new(&Place::File, "schema", en, vi)]
}

pub(crate) fn list<'a>(root: &'a Map, key: &str, errors: &mut Vec<ContentError>) -> &'a [Value] {
    match root.get(key) {
        Some(Value::Array(items)) => items,
        other => {
            errors.push(not_a_list(key, other.is_some()));
            &[]
        }
    }
}

/// `key` is not a list, or (`present` false) missing.
pub(crate) fn not_a_list(key: &str, present: bool) -> ContentError {
    if present {
        ContentError::new(&Place::File, key, "must be a list [ … ]", "phải là một danh sách [ … ]")
    } else {
        ContentError::new(&Place::File, key, "missing", "bị thiếu")
    }
}

/// An entry's id for messages, or its position when it has none.
pub(crate) fn entry_name(value: &Value, index: usize) -> String {
    name_or_position(value.get("id").and_then(Value::as_str), index)
}

pub(crate) fn name_or_position(id: Option<&str>, index: usize) -> String {
    match id {
        Some(id) if !id.trim().is_empty() => id.to_owned(),
        _ => format!("#{} (no id)", index + 1),
    }
}

/// `value` read as a `T`; a problem at `place` naming the field when not.
pub(crate) fn decode<T: FromJson>(value: &Value, place: &Place, errors: &mut Vec<ContentError>) -> Option<T> {
    match T::from_json(value) {
        Ok(raw) => Some(raw),
        Err(message) => {
            errors.push(wrong_shape(place, message));
            None
        }
    }
}

/// A value of the wrong shape at `place`, from the reader's message (the
/// field it names, if any, becomes the problem's field).
pub(crate) fn wrong_shape(place: &Place, message: String) -> ContentError {
    ContentError::new(
        place,
        field_named_in(&message),
        message.clone(),
        format!("sai cấu trúc: {message}"),
    )
}

/// The field a message names ("missing field `answer`"), if any.
pub(crate) fn field_named_in(message: &str) -> String {
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
