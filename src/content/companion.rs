//! A file sent beside `questions.json` by a built site: its English
//! (`questions.en.json`, `english.rs`) or its explanations
//! (`questions.notes.json`, `notes.rs`). Each is one JSON object whose
//! `"for"` is the FNV-1a 64 of the exact `questions.json` it was made
//! from (`fingerprint_hex`); made for another one (an organiser replaced
//! the bank), it is never used. One reader and one problem type for both.

use std::fmt;

use super::ContentError;
use crate::json::{self, Map, Value};

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
    let hash = fnv1a64(bank_text.as_bytes());
    (0..16)
        .rev()
        .map(|nibble| char::from_digit(((hash >> (nibble * 4)) & 0xf) as u32, 16).unwrap_or('0'))
        .collect()
}

/// Which file beside `questions.json`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Companion {
    /// `questions.en.json`.
    English,
    /// `questions.notes.json`.
    Notes,
}

impl Companion {
    #[must_use]
    pub fn file_name(self) -> &'static str {
        match self {
            Companion::English => "questions.en.json",
            Companion::Notes => "questions.notes.json",
        }
    }
}

/// Why a companion file could not be added. The player sees one notice for
/// all of them; the detail (`Display`) is for the console and the tools.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CompanionProblem {
    /// The file belongs to another `questions.json` (replaced since the
    /// build, or the two files come from different builds).
    OtherBank {
        file: Companion,
        bank: String,
        file_for: String,
    },
    /// Not a file of this kind that this app reads.
    Unreadable(Companion, String),
    /// What one text lacks: where (a question id, with the field for the English).
    Missing(Companion, String),
    /// A value the bank reader refuses (a source naming no document, a
    /// question without facts): the first one. Kept as it is, not as
    /// text: the players' page shows only `summary`.
    Invalid(Companion, ContentError),
}

impl CompanionProblem {
    /// What went wrong in a few words, for the players' console (the
    /// detail's formatting would weigh in their wasm).
    #[must_use]
    pub fn summary(&self) -> &'static str {
        match self {
            CompanionProblem::OtherBank {
                file: Companion::English,
                ..
            } => "questions.en.json is for another questions.json",
            CompanionProblem::OtherBank {
                file: Companion::Notes, ..
            } => "questions.notes.json is for another questions.json",
            CompanionProblem::Unreadable(Companion::English, _) => "questions.en.json cannot be read",
            CompanionProblem::Unreadable(Companion::Notes, _) => "questions.notes.json cannot be read",
            CompanionProblem::Missing(Companion::English, _) => "questions.en.json lacks some English",
            CompanionProblem::Missing(Companion::Notes, _) => "questions.notes.json lacks some explanations",
            CompanionProblem::Invalid(Companion::English, _) => "questions.en.json has a value the bank refuses",
            CompanionProblem::Invalid(Companion::Notes, _) => {
                "questions.notes.json has a source or facts the bank refuses"
            }
        }
    }
}

impl fmt::Display for CompanionProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CompanionProblem::OtherBank { file, bank, file_for } => write!(
                f,
                "{} is for the questions.json {file_for}; this one is {bank}",
                file.file_name()
            ),
            CompanionProblem::Unreadable(file, why) => write!(f, "{} cannot be read: {why}", file.file_name()),
            CompanionProblem::Missing(Companion::English, place) => {
                write!(f, "questions.en.json has no English for {place}")
            }
            CompanionProblem::Missing(Companion::Notes, id) => {
                write!(f, "questions.notes.json has no explanation for {id}")
            }
            CompanionProblem::Invalid(file, problem) => write!(f, "{}: {problem}", file.file_name()),
        }
    }
}

/// `text`, the `file` beside `bank_text`, as one JSON object, if it is one
/// and is made for `bank_text`.
pub fn read_companion(file: Companion, bank_text: &str, text: &str) -> Result<Map, CompanionProblem> {
    let map = match json::parse(text) {
        Ok(Value::Object(map)) => map,
        Ok(_) => return Err(CompanionProblem::Unreadable(file, "not one JSON object".to_owned())),
        Err(e) => return Err(CompanionProblem::Unreadable(file, e.to_string())),
    };
    let bank = fingerprint_hex(bank_text);
    let file_for = map.get("for").and_then(Value::as_str).unwrap_or_default();
    if file_for != bank {
        return Err(CompanionProblem::OtherBank {
            file,
            bank,
            file_for: file_for.to_owned(),
        });
    }
    Ok(map)
}
