use serde_json::{json, Map, Value};

use super::*;
use crate::content::{english, parse_bank};
use crate::quiz::Lang;

const BUNDLED: &str = include_str!("../../../static/questions.json");

/// The split `scripts/post-build.mjs` makes, by the same rules, written
/// again here for the test: the bank in Vietnamese without explanations,
/// the English of everything (explanations included) by id, and the
/// Vietnamese explanations by id; both `for`s the hash of the first.
fn split(bilingual_text: &str) -> (String, String, String) {
    let mut root: Map<String, Value> = serde_json::from_str(bilingual_text).unwrap();
    let mut english = json!({ "schema": 1, "topics": {}, "documents": {}, "questions": {} });
    let mut notes = json!({ "schema": 1, "explanations": {} });
    let take_vi = |slot: &mut Value| -> Value {
        let en = slot["en"].clone();
        *slot = slot["vi"].clone();
        en
    };
    for key in ["topics", "documents"] {
        for entry in root[key].as_array_mut().unwrap() {
            let id = entry["id"].as_str().unwrap().to_owned();
            english[key][id] = take_vi(&mut entry["name"]);
        }
    }
    for question in root["questions"].as_array_mut().unwrap() {
        let id = question["id"].as_str().unwrap().to_owned();
        let mut en = json!({ "prompt": take_vi(&mut question["prompt"]) });
        if let Some(options) = question.get_mut("options").and_then(Value::as_array_mut) {
            en["options"] = options.iter_mut().map(take_vi).collect();
        }
        let explanation = question.as_object_mut().unwrap().remove("explanation").unwrap();
        en["explanation"] = explanation["en"].clone();
        notes["explanations"][&id] = explanation["vi"].clone();
        if let Some(part) = question["source"].get_mut("part") {
            en["part"] = take_vi(part);
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

#[test]
fn the_bundled_banks_explanations_come_back_in_both_languages_in_either_order() {
    let (vi_text, en_text, notes_text) = split(BUNDLED);
    let source = parse_bank(BUNDLED).unwrap();
    for english_first in [true, false] {
        let bank = parse_bank(&vi_text).unwrap();
        assert!(bank.awaits_explanations());
        assert_eq!(bank.questions()[0].explanation().get(Lang::Vi), None);
        if english_first {
            english::add_english(&bank, &vi_text, &en_text).unwrap();
            // The English reads before the Vietnamese has come.
            assert!(bank.questions()[0].explanation().get(Lang::En).is_some());
        }
        add_notes(&bank, &vi_text, &notes_text).unwrap();
        if !english_first {
            english::add_english(&bank, &vi_text, &en_text).unwrap();
        }
        assert!(!bank.awaits_explanations());
        assert!(bank.has_english());
        assert_eq!(bank, source, "the bank is the bundled one again");
    }
}

#[test]
fn the_organisers_copy_gets_back_the_bundled_file() {
    let (vi_text, en_text, notes_text) = split(BUNDLED);
    let root = with_explanations(&vi_text, &notes_text).unwrap();
    let whole = english::bilingual(&vi_text, Some(root), &en_text).unwrap();
    // Compared as serde's maps: key order aside.
    let whole: Value = serde_json::from_str(&crate::json::Value::Object(whole).to_string()).unwrap();
    let bundled: Value = serde_json::from_str(BUNDLED).unwrap();
    assert_eq!(whole, bundled);
}

#[test]
fn notes_made_for_another_bank_are_not_shown() {
    let (vi_text, _, notes_text) = split(BUNDLED);
    let replaced = vi_text.replacen("\"schema\":1", "\"schema\": 1", 1);
    let bank = parse_bank(&replaced).unwrap();
    let problem = add_notes(&bank, &replaced, &notes_text).unwrap_err();
    assert!(matches!(problem, NotesProblem::OtherBank { .. }), "{problem}");
    assert!(bank.awaits_explanations());
    assert!(with_explanations(&replaced, &notes_text).is_err());
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
    for broken in ["[]", "not json", "{\"for\": \"0\"}"] {
        assert!(matches!(
            add_notes(&bank, &vi_text, broken),
            Err(NotesProblem::Unreadable(Companion::Notes, _) | NotesProblem::OtherBank { .. })
        ));
    }
}

#[test]
fn a_bank_where_only_some_questions_lack_an_explanation_is_refused() {
    let mut root: Value = serde_json::from_str(BUNDLED).unwrap();
    let question = root["questions"][3].as_object_mut().unwrap();
    question.remove("explanation");
    let id = question["id"].as_str().unwrap().to_owned();
    let errors = parse_bank(&root.to_string()).unwrap_err();
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(errors[0].field, "explanation");
    assert!(errors[0].to_string().contains(&id), "{}", errors[0]);
}
