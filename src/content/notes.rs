//! What a player reads only after answering, sent apart: a question's
//! explanation, its legal source and the facts its "Learn more" links to.
//! A built site (`scripts/post-build.mjs`) leaves every `explanation`,
//! `source` and `facts`, and the bank's `documents`, out of the
//! `questions.json` players download first and puts them in
//! `static/questions.notes.json`, fetched once the start screen works:
//!
//! ```json
//! { "schema": 1,
//!   "for": "<FNV-1a 64 of the exact bytes of questions.json, 16 hex digits>",
//!   "explanations": { "<question id>": "<explanation in Vietnamese>" },
//!   "documents": [ <the bank's documents, as the bank file writes them> ],
//!   "questions": { "<question id>": { "source": { … }, "facts": [ … ], "family": "…" } } }
//! ```
//!
//! (`family` where the question has one: the name the bank file gives it.
//! The players' `questions.json` names a family shared by several questions
//! by a short id and leaves out a family of one, which draw the same
//! rounds; the organiser page's copy gets the names back, `with_notes`.)
//!
//! The explanations' English stays in `questions.en.json`
//! (`content::english`); the documents' names and the sources' parts keep
//! both languages here, as in the bank file, so they need nothing from
//! it whichever arrives first. `for` works as the English file's does:
//! notes made for another `questions.json` (an organiser replaced it) are
//! never shown.

use super::bank::read_references;
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

/// Adds the explanations, documents, sources and facts of `notes_text` to
/// `bank`, read from `bank_text`, in place (the questions a round holds
/// included): all of them, or none and why. What the bank has already
/// (a bank file with its own sources, say), it keeps.
pub fn add_notes(bank: &QuestionBank, bank_text: &str, notes_text: &str) -> Result<(), NotesProblem> {
    let notes = notes(bank_text, notes_text)?;
    let mut found = Vec::new();
    for question in bank.questions().iter().filter(|q| !q.explanation().has_vietnamese()) {
        found.push((question, explanation_of(&notes, question.id().as_str())?));
    }
    let references = read_references(&notes, bank)
        .map_err(|mut errors| NotesProblem::Invalid(Companion::Notes, errors.swap_remove(0)))?;
    for (question, text) in found {
        question.explanation().set_vietnamese(text);
    }
    if let Some(documents) = references.documents {
        bank.set_documents(documents);
    }
    for (question, source, facts) in references.questions {
        question.set_references(source, facts);
    }
    Ok(())
}

/// The bank `bank_text` as one JSON object with what `notes_text` holds
/// put back as the bank file writes it (explanations as plain Vietnamese
/// strings, documents, sources, facts and families' names as they were
/// before the build took them out or shortened them). For the tools,
/// whose exports must keep them.
pub fn with_notes(bank_text: &str, notes_text: &str) -> Result<Map, NotesProblem> {
    let notes = notes(bank_text, notes_text)?;
    let mut root = read_root(bank_text).map_err(|errors| {
        NotesProblem::Unreadable(
            Companion::Notes,
            errors.first().map(ToString::to_string).unwrap_or_default(),
        )
    })?;
    if !root.contains_key("documents") {
        if let Some(documents) = notes.get("documents") {
            root.insert("documents".to_owned(), documents.clone());
        }
    }
    let references = notes.get("questions");
    if let Some(Value::Array(questions)) = root.get_mut("questions") {
        for question in questions.iter_mut().filter_map(Value::as_object_mut) {
            let id = question
                .get("id")
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_owned();
            if !question.contains_key("explanation") {
                let text = explanation_of(&notes, &id)?;
                question.insert("explanation".to_owned(), Value::String(text.to_owned()));
            }
            // Left for the bank reader to report if missing. A family's
            // name replaces its short id.
            for key in ["source", "facts", "family"] {
                let written = references.and_then(|all| all.get(&id)).and_then(|own| own.get(key));
                let Some(value) = written else { continue };
                if key == "family" || !question.contains_key(key) {
                    question.insert(key.to_owned(), value.clone());
                }
            }
        }
    }
    Ok(root)
}

#[cfg(test)]
mod tests;
