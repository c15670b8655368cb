//! A bank's English sent apart. The bank question writers edit is
//! bilingual (`static/questions.json`, every text `{ "vi": …, "en": … }`);
//! a built site (`scripts/post-build.mjs`) sends players the same file with
//! every text in Vietnamese only, and the English beside it in
//! `static/questions.en.json`, which only a player who chooses English
//! downloads:
//!
//! ```json
//! { "schema": 1,
//!   "for": "<FNV-1a 64 of the exact bytes of questions.json, 16 hex digits>",
//!   "topics": { "<topic id>": "<name>" },
//!   "documents": { "<document id>": "<name>" },
//!   "questions": { "<question id>": {
//!       "prompt": "…", "options": ["…", "…"], "explanation": "…", "part": "…" } } }
//! ```
//!
//! (`options` as many as the question has, none for true/false; `part`
//! only where the source names one.) An organiser may replace
//! `questions.json` without rebuilding; the English beside it then belongs
//! to another file, and `for` tells: its English is never shown for the
//! new file (docs/question-bank.md).

use std::fmt;

use serde_json::{json, Map, Value};

use super::bank::parse_bank_root;
use super::read::read_root;
use crate::quiz::QuestionBank;

/// FNV-1a, 64 bits: small, and the same in `scripts/post-build.mjs`.
#[must_use]
pub fn fnv1a64(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(*byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// What `for` says of `questions.json`'s text: its FNV-1a 64 in 16
/// lower-case hex digits.
#[must_use]
pub fn fingerprint_hex(bank_text: &str) -> String {
    format!("{:016x}", fnv1a64(bank_text.as_bytes()))
}

/// Why a bank's English could not be added. The player sees one notice
/// for all of them (the Vietnamese is shown); the detail is for the console.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EnglishProblem {
    /// The English belongs to another `questions.json` (replaced since the
    /// build, or the two files come from different builds).
    OtherBank { bank: String, english_for: String },
    /// Not an English file this app reads.
    Unreadable(String),
    /// The English of one text is missing: where.
    Missing(String),
}

impl fmt::Display for EnglishProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EnglishProblem::OtherBank { bank, english_for } => write!(
                f,
                "questions.en.json is for the questions.json {english_for}; this one is {bank}"
            ),
            EnglishProblem::Unreadable(why) => write!(f, "questions.en.json cannot be read: {why}"),
            EnglishProblem::Missing(place) => write!(f, "questions.en.json has no English for {place}"),
        }
    }
}

/// Adds the English of `en_text` to `bank`, read from `bank_text`, in
/// place (`QuestionBank::adopt_english`): all of it, or nothing and why.
pub fn add_english(bank: &QuestionBank, bank_text: &str, en_text: &str) -> Result<(), EnglishProblem> {
    let root = bilingual(bank_text, en_text)?;
    let full = parse_bank_root(&root)
        .map_err(|errors| EnglishProblem::Unreadable(errors.first().map(ToString::to_string).unwrap_or_default()))?;
    if bank.adopt_english(&full) {
        Ok(())
    } else {
        Err(EnglishProblem::Unreadable("its bank differs from this one".to_owned()))
    }
}

/// The bilingual bank a Vietnamese-only `bank_text` and its English make,
/// as one JSON object: each plain-string text becomes `{ "vi", "en" }`.
/// Texts that already have both languages are kept as they are.
pub fn bilingual(bank_text: &str, en_text: &str) -> Result<Map<String, Value>, EnglishProblem> {
    let english = match serde_json::from_str(en_text) {
        Ok(Value::Object(english)) => english,
        Ok(_) => return Err(EnglishProblem::Unreadable("not one JSON object".to_owned())),
        Err(e) => return Err(EnglishProblem::Unreadable(e.to_string())),
    };
    let bank = fingerprint_hex(bank_text);
    let english_for = english.get("for").and_then(Value::as_str).unwrap_or_default();
    if english_for != bank {
        return Err(EnglishProblem::OtherBank {
            bank,
            english_for: english_for.to_owned(),
        });
    }
    let mut root = read_root(bank_text)
        .map_err(|errors| EnglishProblem::Unreadable(errors.first().map(ToString::to_string).unwrap_or_default()))?;
    let section = |key: &str| english.get(key).and_then(Value::as_object);
    for key in ["topics", "documents"] {
        let names = section(key);
        for entry in entries(&mut root, key) {
            let id = id_of(entry);
            let en = names.and_then(|names| names.get(&id));
            pair(entry.get_mut("name"), en, || format!("{key} {id}"))?;
        }
    }
    let questions = section("questions");
    for question in entries(&mut root, "questions") {
        let id = id_of(question);
        let en = questions.and_then(|q| q.get(&id));
        let field = |name: &str| en.and_then(|en| en.get(name));
        pair(question.get_mut("prompt"), field("prompt"), || {
            format!("question {id} (prompt)")
        })?;
        pair(question.get_mut("explanation"), field("explanation"), || {
            format!("question {id} (explanation)")
        })?;
        let part = field("part");
        pair(question.get_mut("source").and_then(|s| s.get_mut("part")), part, || {
            format!("question {id} (source.part)")
        })?;
        let options = field("options").and_then(Value::as_array);
        if let Some(Value::Array(mine)) = question.get_mut("options") {
            for (i, option) in mine.iter_mut().enumerate() {
                pair(Some(option), options.and_then(|o| o.get(i)), || {
                    format!("question {id} (option {})", i + 1)
                })?;
            }
        }
    }
    Ok(root)
}

/// The objects of the list `key` (others are left for the bank reader to report).
fn entries<'a>(root: &'a mut Map<String, Value>, key: &str) -> impl Iterator<Item = &'a mut Value> {
    root.get_mut(key)
        .and_then(Value::as_array_mut)
        .map(|list| list.iter_mut())
        .into_iter()
        .flatten()
}

fn id_of(entry: &Value) -> String {
    entry.get("id").and_then(Value::as_str).unwrap_or_default().to_owned()
}

/// A Vietnamese-only text (`slot` a string) made `{ "vi", "en" }` with `en`;
/// anything else in `slot` is left as it is.
fn pair(slot: Option<&mut Value>, en: Option<&Value>, place: impl Fn() -> String) -> Result<(), EnglishProblem> {
    let Some(slot) = slot else { return Ok(()) };
    let Value::String(vi) = slot else { return Ok(()) };
    let Some(Value::String(en)) = en else {
        return Err(EnglishProblem::Missing(place()));
    };
    let vi = std::mem::take(vi);
    *slot = json!({ "vi": vi, "en": en });
    Ok(())
}

#[cfg(test)]
mod tests;
