use serde_json::{json, Map, Value};

use super::*;
use crate::content::parse_bank;
use crate::quiz::Lang;

const BUNDLED: &str = include_str!("../../../static/questions.json");

/// The split `scripts/post-build.mjs` makes, by the same rules, written
/// again here for the test: every localized text becomes its Vietnamese,
/// its English goes to the overlay by id, `for` is the hash of the
/// Vietnamese file's exact text. The documents' names and the sources'
/// parts keep both languages (the build sends them so, in the notes file:
/// `content::notes`, whose tests split all three files).
fn split(bilingual_text: &str) -> (String, String) {
    let mut root: Map<String, Value> = serde_json::from_str(bilingual_text).unwrap();
    let mut english = json!({ "schema": 1, "topics": {}, "questions": {} });
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
        en["explanation"] = take_vi(&mut question["explanation"]);
        english["questions"][id] = en;
    }
    let vi_text = serde_json::to_string(&root).unwrap();
    english["for"] = fingerprint_hex(&vi_text).into();
    (vi_text, serde_json::to_string(&english).unwrap())
}

#[test]
fn fnv1a64_gives_the_published_test_vectors() {
    // The same vectors are checked in scripts/post-build.mjs's own check.
    assert_eq!(format!("{:016x}", fnv1a64(b"")), "cbf29ce484222325");
    assert_eq!(format!("{:016x}", fnv1a64(b"a")), "af63dc4c8601ec8c");
    assert_eq!(format!("{:016x}", fnv1a64(b"foobar")), "85944171f73967e8");
    assert_eq!(fingerprint_hex("foobar"), "85944171f73967e8");
}

#[test]
fn the_bundled_bank_is_bilingual_everywhere() {
    // The repository's file is what question writers edit; a text that
    // lost its English there would silently fall back to Vietnamese.
    assert!(parse_bank(BUNDLED).unwrap().has_english());
}

#[test]
fn a_vietnamese_only_bank_is_valid_and_falls_back_to_vietnamese() {
    let (vi_text, _) = split(BUNDLED);
    let bank = parse_bank(&vi_text).expect("a Vietnamese-only bank is valid");
    assert!(!bank.has_english());
    let first = &bank.questions()[0];
    assert_eq!(first.prompt().get(Lang::En), first.prompt().get(Lang::Vi));
}

#[test]
fn the_pair_post_build_writes_gives_the_bilingual_bank_and_the_same_fingerprint() {
    let bilingual = parse_bank(BUNDLED).unwrap();
    let (vi_text, en_text) = split(BUNDLED);
    let bank = parse_bank(&vi_text).unwrap();
    assert_eq!(bank.fingerprint(), bilingual.fingerprint(), "result codes depend on it");
    add_english(&bank, &vi_text, &en_text).unwrap();
    assert!(bank.has_english());
    assert_eq!(bank, bilingual);
    // The organiser page's base for a spreadsheet import: the same bank.
    let rebuilt = bilingual_json(&vi_text, &en_text);
    assert_eq!(
        parse_bank(&crate::json::Value::Object(rebuilt).to_string()).unwrap(),
        bilingual
    );
}

fn bilingual_json(vi_text: &str, en_text: &str) -> crate::json::Map {
    super::bilingual(vi_text, None, en_text).unwrap()
}

#[test]
fn english_is_added_in_place_to_the_questions_a_round_already_holds() {
    let (vi_text, en_text) = split(BUNDLED);
    let bank = parse_bank(&vi_text).unwrap();
    let held = std::rc::Rc::clone(&bank.questions()[3]);
    add_english(&bank, &vi_text, &en_text).unwrap();
    let expected = parse_bank(BUNDLED).unwrap();
    assert_eq!(
        held.prompt().get(Lang::En),
        expected.questions()[3].prompt().get(Lang::En)
    );
    assert_ne!(held.prompt().get(Lang::En), held.prompt().get(Lang::Vi));
}

#[test]
fn english_made_for_another_questions_json_is_refused_and_nothing_changes() {
    let (vi_text, en_text) = split(BUNDLED);
    // An organiser fixed a typo in the Vietnamese: same ids, other bytes.
    let replaced = vi_text.replacen("\"prompt\":\"", "\"prompt\":\" ", 1);
    let bank = parse_bank(&replaced).unwrap();
    let problem = add_english(&bank, &replaced, &en_text).unwrap_err();
    assert!(
        matches!(&problem, EnglishProblem::OtherBank { bank, file_for, .. } if bank != file_for),
        "{problem}"
    );
    assert!(!bank.has_english());
    assert!(bank.questions().iter().all(|q| !q.prompt().has_english()));
}

#[test]
fn a_broken_or_incomplete_english_file_is_reported_and_nothing_changes() {
    let (vi_text, en_text) = split(BUNDLED);
    let bank = parse_bank(&vi_text).unwrap();
    for broken in ["", "not json", "[1, 2]", "{}"] {
        assert!(add_english(&bank, &vi_text, broken).is_err(), "{broken:?}");
    }
    let mut english: Value = serde_json::from_str(&en_text).unwrap();
    let last_id = bank.questions().last().unwrap().id().as_str().to_owned();
    english["questions"].as_object_mut().unwrap().remove(&last_id);
    let problem = add_english(&bank, &vi_text, &english.to_string()).unwrap_err();
    assert_eq!(
        problem,
        EnglishProblem::Missing(Companion::English, format!("{last_id} (prompt)"))
    );
    let mut english: Value = serde_json::from_str(&en_text).unwrap();
    english["topics"].as_object_mut().unwrap().clear();
    assert!(matches!(
        add_english(&bank, &vi_text, &english.to_string()),
        Err(EnglishProblem::Missing(Companion::English, _))
    ));
    // An empty English text is an error as in a bilingual file.
    let mut english: Value = serde_json::from_str(&en_text).unwrap();
    let first_id = bank.questions()[0].id().as_str().to_owned();
    english["questions"][&first_id]["explanation"] = "  ".into();
    let problem = add_english(&bank, &vi_text, &english.to_string()).unwrap_err();
    assert_eq!(
        problem,
        EnglishProblem::Missing(Companion::English, format!("{first_id} (explanation)"))
    );
    assert!(bank.questions().iter().all(|q| !q.prompt().has_english()));
}

#[test]
fn a_bilingual_text_still_needs_both_languages() {
    let mut root: Value = serde_json::from_str(BUNDLED).unwrap();
    root["questions"][0]["prompt"]["en"] = "".into();
    let errors = parse_bank(&root.to_string()).unwrap_err();
    assert!(errors.iter().any(|e| e.field == "prompt.en"), "{errors:?}");
    let mut root: Value = serde_json::from_str(BUNDLED).unwrap();
    root["questions"][0]["prompt"].as_object_mut().unwrap().remove("en");
    let errors = parse_bank(&root.to_string()).unwrap_err();
    assert!(
        errors.iter().any(|e| e.to_string().contains("missing field `en`")),
        "{errors:?}"
    );
    let mut root: Value = serde_json::from_str(BUNDLED).unwrap();
    root["questions"][0]["prompt"] = "".into();
    let errors = parse_bank(&root.to_string()).unwrap_err();
    assert!(errors.iter().any(|e| e.field == "prompt.vi"), "{errors:?}");
}
