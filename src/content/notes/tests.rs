use serde_json::{json, Map, Value};

use super::*;
use crate::content::{english, parse_bank};
use crate::quiz::Lang;

const BUNDLED: &str = include_str!("../../../static/questions.json");

/// The bundled bank with its families as the players' file names them
/// (`scripts/post-build.mjs`): a family of one question left out, the
/// others by a short id (base 36) in order of first use. Also returns each
/// question's family name, by id.
fn short_families(bilingual_text: &str) -> (Map<String, Value>, Map<String, Value>) {
    let mut root: Map<String, Value> = serde_json::from_str(bilingual_text).unwrap();
    let questions = root["questions"].as_array_mut().unwrap();
    let family = |q: &Value| q.get("family").and_then(Value::as_str).map(str::to_owned);
    let all: Vec<String> = questions.iter().filter_map(family).collect();
    let mut short: Vec<String> = Vec::new();
    let mut names = Map::new();
    for question in questions {
        let Some(name) = family(question) else { continue };
        names.insert(question["id"].as_str().unwrap().to_owned(), name.clone().into());
        let question = question.as_object_mut().unwrap();
        if all.iter().filter(|f| **f == name).count() == 1 {
            question.remove("family");
            continue;
        }
        if !short.contains(&name) {
            short.push(name.clone());
        }
        let n = u32::try_from(short.iter().position(|f| *f == name).unwrap()).unwrap();
        let digit = |d: u32| char::from_digit(d, 36).unwrap();
        let id = if n < 36 {
            digit(n).to_string()
        } else {
            format!("{}{}", digit(n / 36), digit(n % 36))
        };
        question.insert("family".to_owned(), id.into());
    }
    (root, names)
}

/// The split `scripts/post-build.mjs` makes, by the same rules, written
/// again here for the test: the bank in Vietnamese without explanations,
/// sources, facts or documents, its families shortened; the English of the
/// rest by id; and the notes: the Vietnamese explanations by id, the
/// documents, and each question's source, facts and family name as the
/// bank writes them. Both `for`s are the hash of the first file.
fn split(bilingual_text: &str) -> (String, String, String) {
    let (mut root, names) = short_families(bilingual_text);
    let mut english = json!({ "schema": 1, "topics": {}, "questions": {} });
    let documents = root.remove("documents").unwrap();
    let mut notes = json!({ "schema": 1, "explanations": {}, "documents": documents, "questions": {} });
    let take_vi = |slot: &mut Value| -> Value {
        let en = slot["en"].clone();
        *slot = slot["vi"].clone();
        en
    };
    for entry in root["topics"].as_array_mut().unwrap() {
        let id = entry["id"].as_str().unwrap().to_owned();
        english["topics"][id] = take_vi(&mut entry["name"]);
    }
    for question in root["questions"].as_array_mut().unwrap() {
        let id = question["id"].as_str().unwrap().to_owned();
        let mut en = json!({ "prompt": take_vi(&mut question["prompt"]) });
        if let Some(options) = question.get_mut("options").and_then(Value::as_array_mut) {
            en["options"] = options.iter_mut().map(take_vi).collect();
        }
        let question = question.as_object_mut().unwrap();
        let explanation = question.remove("explanation").unwrap();
        en["explanation"] = explanation["en"].clone();
        notes["explanations"][&id] = explanation["vi"].clone();
        notes["questions"][&id] = json!({
            "source": question.remove("source").unwrap(),
            "facts": question.remove("facts").unwrap(),
        });
        if let Some(name) = names.get(&id) {
            notes["questions"][&id]["family"] = name.clone();
        }
        english["questions"][id] = en;
    }
    let vi_text = serde_json::to_string(&root).unwrap();
    english["for"] = english::fingerprint_hex(&vi_text).into();
    notes["for"] = english::fingerprint_hex(&vi_text).into();
    (
        vi_text,
        serde_json::to_string(&english).unwrap(),
        serde_json::to_string(&notes).unwrap(),
    )
}

/// The bundled bank as the app reads it from the three built files: its
/// families shortened, the rest the same.
fn bundled_as_built() -> crate::quiz::QuestionBank {
    parse_bank(&Value::Object(short_families(BUNDLED).0).to_string()).unwrap()
}

#[test]
fn the_bundled_banks_notes_come_back_in_both_languages_in_either_order() {
    let (vi_text, en_text, notes_text) = split(BUNDLED);
    let source = bundled_as_built();
    for english_first in [true, false] {
        let bank = parse_bank(&vi_text).unwrap();
        assert!(bank.awaits_notes());
        let first = &bank.questions()[0];
        assert_eq!(first.explanation().get(Lang::Vi), None);
        assert_eq!(first.source(), None);
        assert!(first.facts().is_empty());
        assert!(bank.documents().is_empty());
        if english_first {
            english::add_english(&bank, &vi_text, &en_text).unwrap();
            // The English reads before the Vietnamese has come.
            assert!(bank.questions()[0].explanation().get(Lang::En).is_some());
        }
        add_notes(&bank, &vi_text, &notes_text).unwrap();
        if !english_first {
            english::add_english(&bank, &vi_text, &en_text).unwrap();
        }
        assert!(!bank.awaits_notes());
        assert!(bank.has_english());
        assert_eq!(bank, source, "the bank is the bundled one again");
    }
}

/// The questions from `start` on, then those before it backwards: one
/// more order to draw from.
fn rotated(questions: &[std::rc::Rc<crate::quiz::Question>], start: usize) -> Vec<&std::rc::Rc<crate::quiz::Question>> {
    let (head, tail) = questions.split_at(start);
    tail.iter().chain(head.iter().rev()).collect()
}

#[test]
fn shortened_families_draw_every_round_as_the_names_did() {
    use crate::quiz::draw::{drawable, one_per_family};
    let named = parse_bank(BUNDLED).unwrap();
    let built = bundled_as_built();
    let with_family =
        |bank: &crate::quiz::QuestionBank| bank.questions().iter().filter(|q| q.family().is_some()).count();
    assert!(with_family(&built) > 0, "families are kept");
    assert!(
        with_family(&built) < with_family(&named),
        "families of one are left out"
    );
    assert_eq!(drawable(built.questions()), drawable(named.questions()));
    // Candidates in many orders: the same picks from both banks.
    let ids = |picks: Vec<&std::rc::Rc<crate::quiz::Question>>| -> Vec<String> {
        picks.iter().map(|q| q.id().to_string()).collect()
    };
    for start in (0..named.questions().len()).step_by(7) {
        for length in [5, 10, 20, 60] {
            assert_eq!(
                ids(one_per_family(rotated(built.questions(), start), length)),
                ids(one_per_family(rotated(named.questions(), start), length)),
                "from question {start}, {length} questions"
            );
        }
    }
}

#[test]
fn a_question_a_round_already_holds_gets_its_source_and_facts_in_place() {
    let (vi_text, _, notes_text) = split(BUNDLED);
    let bank = parse_bank(&vi_text).unwrap();
    let held = std::rc::Rc::clone(&bank.questions()[5]);
    add_notes(&bank, &vi_text, &notes_text).unwrap();
    let expected = bundled_as_built();
    let expected = &expected.questions()[5];
    assert_eq!(held.source(), expected.source());
    assert_eq!(held.facts(), expected.facts());
    let document = &held.source().unwrap().document;
    assert_eq!(
        bank.document(document).unwrap().name.get(Lang::En),
        expected_document_name(document),
        "the document's English comes with the notes"
    );
}

fn expected_document_name(id: &crate::quiz::DocumentId) -> String {
    let bank = parse_bank(BUNDLED).unwrap();
    bank.document(id).unwrap().name.get(Lang::En).to_owned()
}

#[test]
fn the_organisers_copy_gets_back_the_bundled_file() {
    let (vi_text, en_text, notes_text) = split(BUNDLED);
    let root = with_notes(&vi_text, &notes_text).unwrap();
    let whole = english::bilingual(&vi_text, Some(root), &en_text).unwrap();
    // Compared as serde's maps: key order aside.
    let whole: Value = serde_json::from_str(&crate::json::Value::Object(whole).to_string()).unwrap();
    let bundled: Value = serde_json::from_str(BUNDLED).unwrap();
    assert_eq!(whole, bundled, "the families' names are back too");
}

#[test]
fn notes_made_for_another_bank_are_not_shown() {
    let (vi_text, _, notes_text) = split(BUNDLED);
    let replaced = vi_text.replacen("\"schema\":1", "\"schema\": 1", 1);
    let bank = parse_bank(&replaced).unwrap();
    let problem = add_notes(&bank, &replaced, &notes_text).unwrap_err();
    assert!(matches!(problem, NotesProblem::OtherBank { .. }), "{problem}");
    assert!(bank.awaits_notes());
    assert!(with_notes(&replaced, &notes_text).is_err());
}

#[test]
fn notes_lacking_one_explanation_add_none() {
    let (vi_text, _, notes_text) = split(BUNDLED);
    let mut notes: Value = serde_json::from_str(&notes_text).unwrap();
    let bank = parse_bank(&vi_text).unwrap();
    let last = bank.questions().last().unwrap().id().as_str().to_owned();
    notes["explanations"][&last] = "  ".into();
    let problem = add_notes(&bank, &vi_text, &notes.to_string()).unwrap_err();
    assert_eq!(problem, NotesProblem::Missing(Companion::Notes, last));
    assert_eq!(bank.questions()[0].explanation().get(Lang::Vi), None, "all or none");
    assert_eq!(bank.questions()[0].source(), None, "all or none");
    for broken in ["[]", "not json", "{\"for\": \"0\"}"] {
        assert!(matches!(
            add_notes(&bank, &vi_text, broken),
            Err(NotesProblem::Unreadable(Companion::Notes, _) | NotesProblem::OtherBank { .. })
        ));
    }
}

/// A change that spoils a notes file, on the entry of one question.
type Spoil = fn(&mut Value, &str);

#[test]
fn notes_whose_sources_are_missing_or_name_no_document_add_nothing() {
    let (vi_text, _, notes_text) = split(BUNDLED);
    let bank = parse_bank(&vi_text).unwrap();
    let last = bank.questions().last().unwrap().id().as_str().to_owned();
    let spoil: [(&str, Spoil); 4] = [
        ("no entry", |notes, id| {
            notes["questions"].as_object_mut().unwrap().remove(id);
        }),
        ("a source naming no document", |notes, id| {
            notes["questions"][id]["source"]["document"] = "law-1999".into();
        }),
        ("no facts", |notes, id| notes["questions"][id]["facts"] = json!([])),
        ("no documents", |notes, _| {
            notes.as_object_mut().unwrap().remove("documents");
        }),
    ];
    for (what, spoil) in spoil {
        let mut notes: Value = serde_json::from_str(&notes_text).unwrap();
        spoil(&mut notes, &last);
        let problem = add_notes(&bank, &vi_text, &notes.to_string()).unwrap_err();
        assert!(
            matches!(problem, NotesProblem::Invalid(Companion::Notes, _)),
            "{what}: {problem}"
        );
        assert!(bank.awaits_notes(), "{what}: nothing added");
        assert_eq!(
            bank.questions()[0].explanation().get(Lang::Vi),
            None,
            "{what}: all or none"
        );
        assert!(bank.documents().is_empty(), "{what}: all or none");
    }
}

#[test]
fn an_older_built_bank_that_kept_its_sources_takes_explanation_only_notes() {
    // A site built before the sources moved: its questions.json has
    // documents, sources and facts, its notes only the explanations.
    let mut root: Value = serde_json::from_str(BUNDLED).unwrap();
    let mut notes = json!({ "schema": 1, "explanations": {} });
    for question in root["questions"].as_array_mut().unwrap() {
        let id = question["id"].as_str().unwrap().to_owned();
        let explanation = question.as_object_mut().unwrap().remove("explanation").unwrap();
        notes["explanations"][id] = explanation["vi"].clone();
    }
    let bank_text = root.to_string();
    notes["for"] = english::fingerprint_hex(&bank_text).into();
    let bank = parse_bank(&bank_text).unwrap();
    assert!(bank.awaits_notes());
    add_notes(&bank, &bank_text, &notes.to_string()).unwrap();
    assert!(!bank.awaits_notes());
}

#[test]
fn a_bank_where_only_some_questions_lack_an_explanation_source_or_facts_is_refused() {
    for field in ["explanation", "source", "facts"] {
        let mut root: Value = serde_json::from_str(BUNDLED).unwrap();
        let question = root["questions"][3].as_object_mut().unwrap();
        question.remove(field);
        let id = question["id"].as_str().unwrap().to_owned();
        let errors = parse_bank(&root.to_string()).unwrap_err();
        assert_eq!(errors.len(), 1, "{field}: {errors:?}");
        assert_eq!(errors[0].field, field);
        assert!(errors[0].to_string().contains(&id), "{}", errors[0]);
    }
}

#[test]
fn an_organisers_bank_without_documents_still_reports_each_source_that_names_none() {
    let mut root: Value = serde_json::from_str(BUNDLED).unwrap();
    root.as_object_mut().unwrap().remove("documents");
    let errors = parse_bank(&root.to_string()).unwrap_err();
    let questions = root["questions"].as_array().unwrap().len();
    assert_eq!(errors.len(), questions, "{:?}", errors.first());
    assert!(errors.iter().all(|e| e.field == "source.document"));
}
