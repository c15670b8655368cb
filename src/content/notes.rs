//! A bank's explanations sent apart. A player needs a question's
//! explanation only after answering it, so a built site
//! (`scripts/post-build.mjs`) leaves every `explanation` out of the
//! `questions.json` players download first and puts the Vietnamese ones in
//! `static/questions.notes.json`, fetched once the start screen works:
//!
//! ```json
//! { "schema": 1,
//!   "for": "<FNV-1a 64 of the exact bytes of questions.json, 16 hex digits>",
//!   "explanations": { "<question id>": "<explanation in Vietnamese>" } }
//! ```
//!
//! Their English stays in `questions.en.json` (`content::english`). `for`
//! works as the English file's does: notes made for another
//! `questions.json` (an organiser replaced it) are never shown.

pub use super::companion::CompanionProblem as NotesProblem;
use super::companion::{read_companion, Companion};
use super::read::read_root;
use crate::json::{Map, Value};
use crate::quiz::QuestionBank;

/// The notes file as one JSON object, if it is one, is made for
/// `bank_text` and has its `explanations` object (read with
/// `explanation_of`; taken out by `get`, not `remove`: a map's removal
/// code would weigh in the players' wasm).
fn notes(bank_text: &str, notes_text: &str) -> Result<Map, NotesProblem> {
    let notes = read_companion(Companion::Notes, bank_text, notes_text)?;
    if notes.get("explanations").is_some_and(Value::is_object) {
        Ok(notes)
    } else {
        Err(NotesProblem::Unreadable(
            Companion::Notes,
            "no \"explanations\" object".to_owned(),
        ))
    }
}

/// The explanation of question `id` in `notes`, trimmed; missing or empty
/// is a problem.
fn explanation_of<'a>(notes: &'a Map, id: &str) -> Result<&'a str, NotesProblem> {
    let explanation = notes.get("explanations").and_then(|all| all.get(id));
    match explanation.and_then(Value::as_str).map(str::trim) {
        Some(text) if !text.is_empty() => Ok(text),
        _ => Err(NotesProblem::Missing(Companion::Notes, id.to_owned())),
    }
}

/// Adds the explanations of `notes_text` to `bank`, read from `bank_text`,
/// in place (the questions a round holds included): all of them, or none
/// and why. Questions that have theirs keep them.
pub fn add_notes(bank: &QuestionBank, bank_text: &str, notes_text: &str) -> Result<(), NotesProblem> {
    let explanations = notes(bank_text, notes_text)?;
    let mut found = Vec::new();
    for question in bank.questions().iter().filter(|q| !q.explanation().has_vietnamese()) {
        found.push((question, explanation_of(&explanations, question.id().as_str())?));
    }
    for (question, text) in found {
        question.explanation().set_vietnamese(text);
    }
    Ok(())
}

/// The bank `bank_text` as one JSON object with the explanations of
/// `notes_text` put back (plain Vietnamese strings, as before the build
/// took them out). For the tools, whose exports must keep them.
pub fn with_explanations(bank_text: &str, notes_text: &str) -> Result<Map, NotesProblem> {
    let explanations = notes(bank_text, notes_text)?;
    let mut root = read_root(bank_text).map_err(|errors| {
        NotesProblem::Unreadable(
            Companion::Notes,
            errors.first().map(ToString::to_string).unwrap_or_default(),
        )
    })?;
    if let Some(Value::Array(questions)) = root.get_mut("questions") {
        for question in questions.iter_mut().filter_map(Value::as_object_mut) {
            if question.contains_key("explanation") {
                continue;
            }
            let id = question
                .get("id")
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_owned();
            let text = explanation_of(&explanations, &id)?;
            question.insert("explanation".to_owned(), Value::String(text.to_owned()));
        }
    }
    Ok(root)
}

#[cfg(test)]
mod tests;
