//! Tests of the study material: the real fact list against the real bank,
//! fact ↔ question look-ups both ways, the diacritics-insensitive matcher,
//! and the listed errors a broken fact list gives.

use serde_json::{json, Value};
use unicode_normalization::UnicodeNormalization;

use super::*;
use crate::content::{parse_bank, ContentError, Place};
use crate::quiz::{Lang, QuestionBank, TopicId};

const BANK: &str = include_str!("../../static/questions.json");
const FACTS: &str = include_str!("../../static/facts.json");

fn real_bank() -> QuestionBank {
    parse_bank(BANK).expect("the bundled bank loads")
}

fn real_book(bank: &QuestionBank) -> StudyBook {
    parse_facts(FACTS, bank).unwrap_or_else(|errors| {
        let list: Vec<String> = errors.iter().map(ToString::to_string).collect();
        panic!("the bundled fact list is broken:\n{}", list.join("\n"))
    })
}

#[test]
fn the_real_fact_list_loads_whole_and_gives_every_topic_5_to_25_key_points() {
    let bank = real_bank();
    let book = real_book(&bank);
    let raw: Value = serde_json::from_str(FACTS).unwrap();
    let written = raw["facts"].as_array().unwrap().len();
    assert!(written >= 100, "{written} key points in facts.json");
    assert_eq!(book.facts().len(), written, "the loader dropped key points");
    for topic in bank.topics() {
        let n = book.facts_in(&topic.id).count();
        assert!((5..=25).contains(&n), "topic {} has {n} key points", topic.id);
    }
}

#[test]
fn a_question_resolves_to_its_key_points_and_back() {
    let bank = real_bank();
    let book = real_book(&bank);
    let question = bank
        .questions()
        .iter()
        .find(|q| q.id().as_str() == "law2023-001")
        .unwrap();
    let ids: Vec<&str> = book.for_question(question).iter().map(|f| f.id.as_str()).collect();
    assert_eq!(ids, ["F-2023-01", "F-VN-04"]);
    let citing = StudyBook::questions_citing(&bank, "F-VN-04");
    assert!(citing.iter().any(|q| q.id() == question.id()));
    for q in &citing {
        assert!(
            q.facts().iter().any(|f| f == "F-VN-04"),
            "{} does not cite F-VN-04",
            q.id()
        );
    }
}

#[test]
fn every_question_finds_all_its_key_points_and_every_point_its_questions() {
    let bank = real_bank();
    let book = real_book(&bank);
    for q in bank.questions() {
        assert_eq!(book.for_question(q).len(), q.facts().len(), "{}", q.id());
    }
    for fact in book.facts() {
        let citing = StudyBook::questions_citing(&bank, &fact.id);
        assert!(
            fact.reading_only || !citing.is_empty(),
            "{} is cited by no question",
            fact.id
        );
    }
    let reading: Vec<&str> = book
        .facts()
        .iter()
        .filter(|f| f.reading_only)
        .map(|f| f.id.as_str())
        .collect();
    // Key points no question may rest on: read only in secondary pages
    // (Decree 113's effective date and its Art. 21, which the decree's stored
    // copies do not reach), background only, or facts the topic's questions
    // already ask under other key points (F-2023-15, -16, -18, -19).
    assert_eq!(
        reading,
        [
            "X-policy-alliance-06",
            "X-policy-alliance-13",
            "F-ND113-02",
            "F-ND113-10",
            "F-2023-15",
            "F-2023-16",
            "F-2023-18",
            "F-2023-19",
        ]
    );
}

#[test]
fn the_comparison_covers_what_the_public_confuses_with_the_verified_caps() {
    let bank = real_bank();
    let book = real_book(&bank);
    let rows: Vec<&str> = book.comparison().iter().map(|r| r.id.as_str()).collect();
    assert_eq!(
        rows,
        [
            "in-force",
            "min-members",
            "unions",
            "groups",
            "member-types",
            "capital-caps",
            "governance"
        ]
    );
    let caps = &book.comparison()[5];
    assert_eq!(caps.law2023.facts, ["F-2023-07"]);
    // Art. 74(1) is verified on the fact sheet: 30% of a cooperative's
    // charter capital, 40% of a union's (the 2012 law: 20% and 30%).
    assert_eq!(book.fact("F-2023-07").unwrap().status, Status::Verified);
    assert!(caps.law2023.text.get(Lang::En).contains("30%"));
    assert!(caps.law2023.text.get(Lang::En).contains("40%"));
    assert!(caps.law2012.text.get(Lang::En).contains("20%"));
    let members = &book.comparison()[1];
    assert!(members.law2012.text.get(Lang::Vi).contains('7'));
    assert!(members.law2023.text.get(Lang::Vi).contains('5'));
}

#[test]
fn folding_drops_every_tone_mark_and_vowel_mark_and_case() {
    let cases = [
        ("àáảãạ ăằắẳẵặ âầấẩẫậ", "aaaaa aaaaaa aaaaaa"),
        ("èéẻẽẹ êềếểễệ", "eeeee eeeeee"),
        ("ìíỉĩị ỳýỷỹỵ", "iiiii yyyyy"),
        ("òóỏõọ ôồốổỗộ ơờớởỡợ", "ooooo oooooo oooooo"),
        ("ùúủũụ ưừứửữự", "uuuuu uuuuuu"),
        ("ÀÁẢÃẠ ĂẰẮẲẴẶ ÂẦẤẨẪẬ ÈÉẺẼẸ ÊỀẾỂỄỆ", "aaaaa aaaaaa aaaaaa eeeee eeeeee"),
        ("ÌÍỈĨỊ ÒÓỎÕỌ ÔỒỐỔỖỘ ƠỜỚỞỠỢ", "iiiii ooooo oooooo oooooo"),
        ("ÙÚỦŨỤ ƯỪỨỬỮỰ ỲÝỶỸỴ", "uuuuu uuuuuu yyyyy"),
        ("đ Đ Đảng đoàn", "d d dang doan"),
        ("Hợp tác xã (kiểu mới), “OCOP” – 2023!", "hop tac xa kieu moi ocop 2023"),
        ("  ", ""),
    ];
    for (input, folded) in cases {
        assert_eq!(fold(input), folded, "{input}");
    }
}

#[test]
fn nfc_and_nfd_input_fold_alike() {
    for text in [
        "Hợp tác xã kiểu mới",
        "ĐẠI HỘI THÀNH VIÊN",
        "Liên hiệp hợp tác xã",
        "ưu đãi",
        "Nghị quyết",
    ] {
        let nfd: String = text.nfd().collect();
        assert_ne!(nfd, text, "the NFD form of {text} should differ");
        assert_eq!(fold(&nfd), fold(text), "{text}");
        assert_eq!(fold(&text.nfc().collect::<String>()), fold(text));
    }
    assert_eq!(fold(&"Đảng".nfd().collect::<String>()), "dang");
}

#[test]
fn search_without_diacritics_finds_the_marked_text() {
    let bank = real_bank();
    let book = real_book(&bank);
    let found: Vec<&str> = book
        .search("hop tac xa kieu moi")
        .iter()
        .map(|f| f.id.as_str())
        .collect();
    assert!(!found.is_empty());
    for id in &found {
        let fact = book.fact(id).unwrap();
        let text = format!("{} {}", fact.statement.get(Lang::Vi), fact.statement.get(Lang::En));
        assert!(
            fold(&text).contains("hop tac xa kieu moi") || fold(&text).contains("new style"),
            "{id}"
        );
    }
    assert!(found.contains(&"F-QN-01"), "{found:?}");
    let nfd: String = "hợp tác xã kiểu mới".nfd().collect();
    assert_eq!(book.search(&nfd), book.search("HOP TAC XA KIEU MOI"));
    assert_eq!(book.search("HOP TAC XA KIEU MOI"), book.search("hop tac xa kieu moi"));
}

#[test]
fn search_ranks_the_whole_phrase_first_and_matches_word_starts_only() {
    let bank = real_bank();
    let book = real_book(&bank);
    let results = book.search("thanh vien chinh thuc");
    assert!(!results.is_empty());
    assert!(fold(results[0].statement.get(Lang::Vi)).contains("thanh vien chinh thuc"));
    assert!(book.search("").is_empty());
    assert!(book.search(" ,. ").is_empty());
    assert!(book.search("xyzzy").is_empty());
    // "anh" starts no word of "thành": word starts only, not any substring.
    let text = format!(" {}", fold("thành viên"));
    assert!(!text.contains(" anh"));
    assert!(book.search("F-2023-07").iter().any(|f| f.id == "F-2023-07"));
}

// ---- a broken fact list: every problem listed, with place and field ----

fn tiny_bank() -> QuestionBank {
    let question = |i: usize| {
        json!({
            "id": format!("q{i:02}"), "topic": "law2023", "difficulty": "easy", "kind": "true_false",
            "prompt": { "vi": format!("Câu {i}"), "en": format!("Statement {i}") }, "answer": true,
            "explanation": { "vi": "Vì thế.", "en": "Because." },
            "source": { "document": "law-2023" }, "facts": [if i == 0 { "F-2" } else { "F-1" }]
        })
    };
    let bank = json!({
        "schema": 1,
        "documents": [{ "id": "law-2023", "name": { "vi": "Luật 2023", "en": "2023 Law" } }],
        "topics": [{ "id": "law2023", "name": { "vi": "Luật 2023", "en": "The 2023 law" } }],
        "questions": (0..10).map(question).collect::<Vec<_>>()
    });
    parse_bank(&bank.to_string()).unwrap()
}

fn fact(id: &str) -> Value {
    json!({
        "id": id, "topic": "law2023", "status": "verified",
        "title": { "vi": format!("Tiêu đề {id}"), "en": format!("Title {id}") },
        "statement": { "vi": format!("Dữ kiện {id}."), "en": format!("Fact {id}.") },
        "document": "law-2023", "part": { "vi": "Điều 4", "en": "Article 4" }, "basis": "read in the law"
    })
}

fn valid_list() -> Value {
    json!({
        "schema": 1,
        "facts": [fact("F-1"), fact("F-2")],
        "comparison": [{
            "id": "min", "label": { "vi": "Số thành viên", "en": "Members" },
            "law2012": { "text": { "vi": "7", "en": "7" }, "facts": ["F-1"] },
            "law2023": { "text": { "vi": "5", "en": "5" }, "facts": ["F-2"] }
        }]
    })
}

fn errors_after(edit: impl FnOnce(&mut Value)) -> Vec<ContentError> {
    let mut list = valid_list();
    edit(&mut list);
    parse_facts(&list.to_string(), &tiny_bank()).expect_err("the edit should break the list")
}

fn described(errors: &[ContentError]) -> Vec<String> {
    errors.iter().map(ToString::to_string).collect()
}

#[test]
fn a_valid_list_loads_with_its_topics_references_and_comparison() {
    let book = parse_facts(&valid_list().to_string(), &tiny_bank()).unwrap();
    assert_eq!(book.facts_in(&TopicId::new("law2023")).count(), 2);
    assert_eq!(
        book.fact("F-1").unwrap().part.as_ref().unwrap().get(Lang::En),
        "Article 4"
    );
    assert_eq!(book.comparison()[0].law2023.facts, ["F-2"]);
}

#[test]
fn each_broken_fact_is_named_with_its_field() {
    let errors = errors_after(|l| {
        l["facts"][0]["status"] = json!("unverified");
        l["facts"][1]["topic"] = json!("history");
        l["facts"][1]["document"] = json!("law-1999");
        l["facts"][1]["statement"]["en"] = json!(" ");
        l["facts"][1]["url"] = json!("ftp://x");
    });
    let text = described(&errors);
    assert!(
        text.iter()
            .any(|e| e.starts_with("fact F-1") && e.contains("unknown variant `unverified`")),
        "{text:#?}"
    );
    for expected in [
        "fact F-2, field \"topic\": \"history\" is not one of the bank's topics",
        "fact F-2, field \"document\": \"law-1999\" is not one of the bank's documents",
        "fact F-2, field \"statement.en\": empty text",
        "fact F-2, field \"url\": \"ftp://x\" must start with https:// (or http://)",
    ] {
        assert!(text.iter().any(|e| e == expected), "missing {expected:?} in {text:#?}");
    }
    let vi = errors.iter().find(|e| e.field == "topic").unwrap().describe(Lang::Vi);
    assert!(vi.starts_with("dữ kiện F-2, trường \"topic\""), "{vi}");
}

#[test]
fn cited_facts_must_be_listed_and_listed_facts_cited_or_reading_only() {
    let errors = errors_after(|l| {
        l["facts"][1]["id"] = json!("F-3");
        l["comparison"][0]["law2023"]["facts"] = json!(["F-3"]);
    });
    let text = described(&errors);
    assert!(
        text.contains(&"question q00, field \"facts\": cites fact \"F-2\", which facts.json does not list".to_owned()),
        "{text:#?}"
    );
    assert!(
        text.iter()
            .any(|e| e.starts_with("fact F-3, field \"reading_only\": no question cites")),
        "{text:#?}"
    );
    assert_eq!(errors.len(), 2, "{text:#?}");
    let fixed = {
        let mut l = valid_list();
        l["facts"].as_array_mut().unwrap().push(fact("F-9"));
        l["facts"][2]["reading_only"] = json!(true);
        l
    };
    assert!(parse_facts(&fixed.to_string(), &tiny_bank()).is_ok());
}

#[test]
fn duplicate_ids_unknown_keys_and_bad_comparison_rows_are_listed() {
    let errors = errors_after(|l| {
        l["facts"][1]["id"] = json!("F-1");
        let mut titled = fact("F-5");
        titled["heading"] = json!("x");
        l["facts"].as_array_mut().unwrap().push(titled);
        l["extra"] = json!(1);
        l["comparison"][0]["law2012"]["facts"] = json!([]);
        l["comparison"][0]["law2023"]["facts"] = json!(["F-404"]);
    });
    let text = described(&errors);
    for expected in [
        "fact F-1, field \"id\": another fact has the same id",
        "file, field \"extra\": unknown key; allowed: schema, facts, comparison",
        "comparison row min, field \"law2012.facts\": name at least one fact the text rests on",
        "comparison row min, field \"law2023.facts\": \"F-404\" is not one of the listed facts",
    ] {
        assert!(text.iter().any(|e| e == expected), "missing {expected:?} in {text:#?}");
    }
    assert!(
        text.iter()
            .any(|e| e.starts_with("fact F-5, field \"heading\": unknown field")),
        "{text:#?}"
    );
    assert!(errors.iter().any(|e| e.place == Place::Fact("F-1".into())));
}

#[test]
fn a_file_that_is_not_a_fact_list_says_why() {
    let bank = tiny_bank();
    let one = |text: &str| {
        let errors = parse_facts(text, &bank).unwrap_err();
        assert_eq!(errors.len(), 1, "{errors:#?}");
        errors[0].to_string()
    };
    assert!(one("{").starts_with("file: not valid JSON at line 1"));
    assert!(one("[]").contains("one JSON object"));
    assert!(one(r#"{"schema": 2, "facts": []}"#).contains("it reads \"schema\": 1"));
    let missing = parse_facts(r#"{"schema": 1}"#, &bank).unwrap_err();
    assert_eq!(missing[0].to_string(), "file, field \"facts\": missing");
}
