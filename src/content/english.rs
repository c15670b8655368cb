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
//!   "questions": { "<question id>": {
//!       "prompt": "…", "options": ["…", "…"], "explanation": "…" } } }
//! ```
//!
//! (`options` as many as the question has, none for true/false.) The
//! documents' names and the sources' parts are not in it: they come in both
//! languages with the sources, in `questions.notes.json` (`content::notes`),
//! so the English never waits for them. An organiser may replace
//! `questions.json` without rebuilding; the English beside it then belongs
//! to another file, and `for` tells: its English is never shown for the
//! new file (docs/question-bank.md).

pub use super::companion::{fingerprint_hex, fnv1a64, CompanionProblem as EnglishProblem};
use super::companion::{read_companion, Companion};
use super::read::read_root;
use crate::json::{Map, Value};
use crate::quiz::{Localized, QuestionBank};

/// Adds the English of `en_text` to `bank`, read from `bank_text`, in
/// place (the questions a round holds included): all of it, or nothing
/// and why. The same rules as `bilingual`, on the bank already read, so a
/// player's phone does not read the whole bank again.
pub fn add_english(bank: &QuestionBank, bank_text: &str, en_text: &str) -> Result<(), EnglishProblem> {
    let english = overlay(bank_text, en_text)?;
    let section = |key: &str| english.get(key);
    let mut found = Vec::new();
    let mut explanations = Vec::new();
    for topic in bank.topics() {
        let en = section("topics").and_then(|s| s.get(topic.id.as_str()));
        wanted(&mut found, &topic.name, en, topic.id.as_str(), "name")?;
    }
    for question in bank.questions() {
        let id = question.id().as_str();
        let en = section("questions").and_then(|s| s.get(id));
        let field = |name: &str| en.and_then(|en| en.get(name));
        wanted(&mut found, question.prompt(), field("prompt"), id, "prompt")?;
        // True/false options ("Đúng" / "True") have their English already.
        for (i, choice) in question.choices().iter().enumerate() {
            let option = field("options").and_then(|o| o.at(i));
            wanted(&mut found, choice.text(), option, id, "options")?;
        }
        // Set apart: the Vietnamese of an explanation may still be on its
        // way (`content::notes`), and its English is wanted all the same.
        if !question.explanation().has_english() {
            explanations.push((
                question.explanation(),
                english_of(field("explanation"), id, "explanation")?,
            ));
        }
    }
    for (text, en) in found {
        text.set_english(en);
    }
    for (explanation, en) in explanations {
        explanation.set_english(en);
    }
    Ok(())
}

/// Notes the English of `text` in `found`, unless it has its English
/// already; a missing or empty English is a problem.
fn wanted<'a>(
    found: &mut Vec<(&'a Localized, &'a str)>,
    text: &'a Localized,
    en: Option<&'a Value>,
    id: &str,
    field: &str,
) -> Result<(), EnglishProblem> {
    if !text.has_english() {
        found.push((text, english_of(en, id, field)?));
    }
    Ok(())
}

/// The English `en` trimmed; missing or empty is a problem.
fn english_of<'a>(en: Option<&'a Value>, id: &str, field: &str) -> Result<&'a str, EnglishProblem> {
    match en.and_then(Value::as_str).map(str::trim) {
        Some(en) if !en.is_empty() => Ok(en),
        _ => Err(EnglishProblem::Missing(Companion::English, format!("{id} ({field})"))),
    }
}

/// The English file as one JSON object, if it is one and is made for
/// `bank_text`.
fn overlay(bank_text: &str, en_text: &str) -> Result<Map, EnglishProblem> {
    read_companion(Companion::English, bank_text, en_text)
}

/// The bilingual bank a Vietnamese-only `bank_text` and its English make,
/// as one JSON object: each plain-string text becomes `{ "vi", "en" }`.
/// Texts that already have both languages are kept as they are (the
/// documents' names and the sources' parts, from the notes file; in an
/// older build's pair they were here, and are still read). For the
/// organiser page, whose import builds on the bank's JSON. `root` is that
/// bank already read, with its explanations put back (`notes::with_notes`),
/// or `None` to read `bank_text`.
pub fn bilingual(bank_text: &str, root: Option<Map>, en_text: &str) -> Result<Map, EnglishProblem> {
    let english = overlay(bank_text, en_text)?;
    let mut root = match root {
        Some(root) => root,
        None => read_root(bank_text).map_err(|errors| {
            EnglishProblem::Unreadable(
                Companion::English,
                errors.first().map(ToString::to_string).unwrap_or_default(),
            )
        })?,
    };
    let section = |key: &str| english.get(key).and_then(Value::as_object);
    for key in ["topics", "documents"] {
        let names = section(key);
        for entry in entries(&mut root, key) {
            let id = id_of(entry);
            pair(
                entry.get_mut("name"),
                names.and_then(|names| names.get(&id)),
                &id,
                "name",
            )?;
        }
    }
    let questions = section("questions");
    for question in entries(&mut root, "questions") {
        let id = id_of(question);
        let en = questions.and_then(|q| q.get(&id));
        let field = |name: &str| en.and_then(|en| en.get(name));
        pair(question.get_mut("prompt"), field("prompt"), &id, "prompt")?;
        pair(
            question.get_mut("explanation"),
            field("explanation"),
            &id,
            "explanation",
        )?;
        let part = question.get_mut("source").and_then(|s| s.get_mut("part"));
        pair(part, field("part"), &id, "source.part")?;
        let options = field("options").and_then(Value::as_array);
        if let Some(Value::Array(mine)) = question.get_mut("options") {
            for (i, option) in mine.iter_mut().enumerate() {
                pair(Some(option), options.and_then(|o| o.get(i)), &id, "options")?;
            }
        }
    }
    Ok(root)
}

/// The objects of the list `key` (others are left for the bank reader to report).
fn entries<'a>(root: &'a mut Map, key: &str) -> impl Iterator<Item = &'a mut Value> {
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
/// anything else in `slot` is left as it is. Built by hand, not with
/// `json!`: its serializer would weigh in every player's wasm.
fn pair(slot: Option<&mut Value>, en: Option<&Value>, id: &str, field: &str) -> Result<(), EnglishProblem> {
    let Some(slot) = slot else { return Ok(()) };
    let Value::String(vi) = slot else { return Ok(()) };
    let Some(Value::String(en)) = en else {
        return Err(EnglishProblem::Missing(Companion::English, format!("{id} ({field})")));
    };
    let mut both = Map::new();
    both.insert("vi".to_owned(), Value::String(std::mem::take(vi)));
    both.insert("en".to_owned(), Value::String(en.clone()));
    *slot = Value::Object(both);
    Ok(())
}

#[cfg(test)]
mod tests;
