//! The serde versions of `read`'s helpers, for the fact list's reader
//! alone (`study/parse.rs`), which moves to the players' Learn page of its
//! own (issue 17, learn17) and then to `crate::json` like the other files.
//! Nothing else may use these: every other file is read with `crate::json`
//! (`read.rs`), which keeps serde out of the players' first load.

use serde::Deserialize;
use serde_json::{Map, Value};

use super::read::{not_json, too_large, wrong_shape};
use super::{ContentError, Place};

/// The file as one JSON object, or the single problem that stops reading:
/// too large, not JSON, or not an object.
pub(crate) fn read_root(text: &str) -> Result<Map<String, Value>, Vec<ContentError>> {
    too_large(text)?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let root: Value =
        serde_json::from_str(text).map_err(|e| vec![not_json(e.line(), e.column(), strip_position(&e.to_string()))])?;
    match root {
        Value::Object(root) => Ok(root),
        _ => Err(vec![super::read::not_an_object()]),
    }
}

/// `serde_json` appends " at line L column C" to its messages; the error
/// already says where, so drop the repeat.
fn strip_position(message: &str) -> &str {
    message.find(" at line ").map_or(message, |i| &message[..i])
}

pub(crate) fn check_schema(root: &Map<String, Value>) -> Result<(), Vec<ContentError>> {
    match root.get("schema") {
        Some(Value::Number(n)) if n.as_u64() == Some(super::SCHEMA) => Ok(()),
        other => Err(super::read::schema_problem(other.map(ToString::to_string))),
    }
}

pub(crate) fn list<'a>(root: &'a Map<String, Value>, key: &str, errors: &mut Vec<ContentError>) -> &'a [Value] {
    match root.get(key) {
        Some(Value::Array(items)) => items,
        other => {
            errors.push(super::read::not_a_list(key, other.is_some()));
            &[]
        }
    }
}

/// An entry's id for messages, or its position when it has none.
pub(crate) fn entry_name(value: &Value, index: usize) -> String {
    super::read::name_or_position(value.get("id").and_then(Value::as_str), index)
}

pub(crate) fn deserialize<T: for<'de> Deserialize<'de>>(
    value: &Value,
    place: &Place,
    errors: &mut Vec<ContentError>,
) -> Option<T> {
    match T::deserialize(value) {
        Ok(raw) => Some(raw),
        Err(e) => {
            errors.push(wrong_shape(place, e.to_string()));
            None
        }
    }
}
