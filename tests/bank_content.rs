//! Checks of the real, bundled question bank (`static/questions.json`) and
//! fact list (`static/facts.json`): what an awareness quiz must get right
//! before it reaches the public. Native: `cargo test`.

use std::collections::{HashMap, HashSet};

use coop_quiz::content::parse_bank;
use coop_quiz::quiz::{Difficulty, Kind, Lang, QuestionBank};
use coop_quiz::study::parse_facts;
use serde_json::Value;
use unicode_normalization::is_nfc;

const BANK: &str = include_str!("../static/questions.json");
const FACTS: &str = include_str!("../static/facts.json");

fn bank() -> QuestionBank {
    parse_bank(BANK).unwrap_or_else(|errors| {
        let list: Vec<String> = errors.iter().map(ToString::to_string).collect();
        panic!("the bundled bank is broken:\n{}", list.join("\n"))
    })
}

fn facts() -> HashMap<String, String> {
    let facts: Value = serde_json::from_str(FACTS).expect("facts.json is JSON");
    assert_eq!(facts["schema"], 1);
    let mut by_id = HashMap::new();
    for fact in facts["facts"].as_array().expect("a facts list") {
        let id = fact["id"].as_str().expect("every fact has an id").to_owned();
        let status = fact["status"].as_str().expect("every fact has a status").to_owned();
        for lang in ["vi", "en"] {
            let statement = fact["statement"][lang].as_str().unwrap_or_default();
            assert!(!statement.trim().is_empty(), "fact {id}: empty {lang} statement");
        }
        assert!(by_id.insert(id.clone(), status).is_none(), "fact {id} listed twice");
    }
    by_id
}

/// Every string in a JSON value, with its path.
fn strings<'a>(value: &'a Value, path: String, out: &mut Vec<(String, &'a str)>) {
    match value {
        Value::String(s) => out.push((path, s)),
        Value::Array(items) => items
            .iter()
            .enumerate()
            .for_each(|(i, v)| strings(v, format!("{path}[{i}]"), out)),
        Value::Object(map) => map.iter().for_each(|(k, v)| strings(v, format!("{path}.{k}"), out)),
        _ => {}
    }
}

#[test]
fn every_text_is_unicode_nfc() {
    for (name, file) in [("questions.json", BANK), ("facts.json", FACTS)] {
        let value: Value = serde_json::from_str(file).unwrap();
        let mut all = Vec::new();
        strings(&value, String::new(), &mut all);
        let bad: Vec<&String> = all.iter().filter(|(_, s)| !is_nfc(s)).map(|(p, _)| p).collect();
        assert!(bad.is_empty(), "{name}: not NFC at {bad:?}");
    }
}

#[test]
fn the_bank_loads_with_at_least_400_questions_over_11_topics() {
    // Issue 18: enough for a province's ten-week contest without players
    // meeting the same questions week after week.
    let bank = bank();
    assert!(bank.questions().len() >= 400, "{} questions", bank.questions().len());
    assert!(bank.topics().len() >= 11, "{} topics", bank.topics().len());
    for topic in bank.topics() {
        let n = bank.questions().iter().filter(|q| q.topic() == &topic.id).count();
        assert!(n >= 20, "topic {} has {n} questions", topic.id);
    }
}

#[test]
fn difficulty_is_mixed_with_at_least_30_percent_hard() {
    // Issue 18 asks for at least 30% hard questions (conditions, exceptions,
    // numbers, who decides); easy and medium still make up most of a round.
    let bank = bank();
    let total = bank.questions().len();
    for (difficulty, low, high) in [
        (Difficulty::Easy, 20, 45),
        (Difficulty::Medium, 25, 50),
        (Difficulty::Hard, 30, 45),
    ] {
        let n = bank.questions().iter().filter(|q| q.difficulty() == difficulty).count();
        let percent = n * 100 / total;
        assert!((low..=high).contains(&percent), "{difficulty:?}: {percent}%");
    }
}

#[test]
fn every_kind_of_question_is_present() {
    let bank = bank();
    for kind in [Kind::Single, Kind::TrueFalse, Kind::Multiple] {
        let n = bank.questions().iter().filter(|q| q.kind() == kind).count();
        assert!(n >= 20, "{kind:?}: {n}");
    }
}

#[test]
fn prompts_are_unique_in_each_language() {
    let bank = bank();
    for lang in Lang::ALL {
        let mut seen = HashSet::new();
        for q in bank.questions() {
            let prompt = q.prompt().get(lang).to_lowercase();
            assert!(
                seen.insert(prompt),
                "{}: the same {lang:?} prompt as another question",
                q.id()
            );
        }
    }
}

#[test]
fn single_and_true_false_have_one_answer_and_multiple_at_least_one() {
    for q in bank().questions() {
        let n = q.correct_choices().len();
        match q.kind() {
            Kind::Single | Kind::TrueFalse => assert_eq!(n, 1, "{}", q.id()),
            Kind::Multiple => assert!(n >= 1 && n < q.choices().len(), "{}: {n} correct", q.id()),
        }
    }
}

#[test]
fn the_correct_letter_is_spread_across_a_to_d() {
    // Options are shuffled in play, but a bank whose authors always put the
    // answer first would show through in printed copies and in review.
    let bank = bank();
    let mut counts = [0usize; 4];
    for q in bank
        .questions()
        .iter()
        .filter(|q| q.kind() == Kind::Single && q.choices().len() == 4)
    {
        counts[usize::from(q.correct_choices()[0].0)] += 1;
    }
    let total: usize = counts.iter().sum();
    for (letter, n) in ["A", "B", "C", "D"].iter().zip(counts) {
        let percent = n * 100 / total;
        assert!(
            (18..=32).contains(&percent),
            "{letter}: {percent}% of {total} ({counts:?})"
        );
    }
}

#[test]
fn every_cited_fact_exists_and_none_is_unverified() {
    let facts = facts();
    for q in bank().questions() {
        for id in q.facts() {
            let status = facts
                .get(id)
                .unwrap_or_else(|| panic!("{}: fact {id} is not in facts.json", q.id()));
            assert!(
                ["verified", "partly", "known"].contains(&status.as_str()),
                "{}: fact {id} has status {status}",
                q.id()
            );
        }
    }
    assert!(
        !facts.contains_key("F-2012-07"),
        "F-2012-07 is UNVERIFIED on the fact sheet"
    );
}

#[test]
fn every_source_is_a_named_document() {
    let bank = bank();
    for q in bank.questions() {
        let source = q.source().expect("the bundled bank gives every question its source");
        let document = bank.document(&source.document).expect("checked by the loader");
        for lang in Lang::ALL {
            assert!(
                document.name.get(lang).len() >= 10,
                "{}: document name too short",
                document.id
            );
        }
    }
    for document in bank.documents() {
        if let Some(url) = &document.url {
            assert!(url.starts_with("https://"), "{}: {url}", document.id);
        }
    }
}

#[test]
fn a_prompt_about_the_law_on_cooperatives_names_which_law() {
    // The 2012 and 2023 laws differ on members, unions, caps and governance;
    // a question that says only "the law" teaches whichever the reader
    // assumes.
    for q in bank().questions() {
        for (lang, marker) in [(Lang::Vi, "luật hợp tác xã"), (Lang::En, "law on cooperatives")] {
            let prompt = q.prompt().get(lang).to_lowercase();
            // "Which year's law …?" asks for the year itself.
            let asks_the_year = prompt.contains("năm nào") || prompt.contains("which year");
            if prompt.contains(marker) && !asks_the_year {
                assert!(
                    ["1996", "2003", "2012", "2023"]
                        .iter()
                        .any(|year| prompt.contains(year)),
                    "{}: {lang:?} prompt names the law without its year",
                    q.id()
                );
            }
        }
    }
}

#[test]
fn explanations_never_point_at_an_option_by_letter_or_position() {
    // Options are shuffled: "option B" or "the first answer" would be wrong
    // on the player's screen.
    let patterns = [
        "phương án a",
        "phương án b",
        "phương án c",
        "phương án d",
        "đáp án a",
        "đáp án b",
        "đáp án c",
        "đáp án d",
        "option a",
        "option b",
        "option c",
        "option d",
        "answer a",
        "answer b",
        "answer c",
        "answer d",
        "the first option",
        "the first three",
        "the first four",
        "all of the above",
        "none of the above",
        "tất cả các phương án",
        "tất cả các đáp án trên",
    ];
    for q in bank().questions() {
        for lang in Lang::ALL {
            let explanation = format!(
                "{} ",
                q.explanation()
                    .get(lang)
                    .expect("the repository's bank has every explanation")
                    .to_lowercase()
            );
            for pattern in patterns {
                let hit = explanation.match_indices(pattern).any(|(i, _)| {
                    let after = explanation[i + pattern.len()..].chars().next().unwrap_or(' ');
                    !after.is_alphanumeric()
                });
                assert!(!hit, "{}: {lang:?} explanation says \"{pattern}\"", q.id());
            }
        }
    }
}

#[test]
fn the_fact_list_loads_with_the_apps_loader_and_every_key_point_is_referenced() {
    let bank = bank();
    let book = parse_facts(FACTS, &bank).unwrap_or_else(|errors| {
        let list: Vec<String> = errors.iter().map(ToString::to_string).collect();
        panic!("the bundled fact list is broken:\n{}", list.join("\n"))
    });
    for fact in book.facts() {
        let document_link = fact
            .document
            .as_ref()
            .and_then(|d| bank.document(d))
            .and_then(|d| d.url.as_ref());
        assert!(
            fact.document.is_some() || fact.url.is_some(),
            "{}: a key point needs a document or a link to where it was read",
            fact.id
        );
        assert!(
            !(document_link.is_some() && fact.url.is_some()),
            "{}: the document already links to a public copy; drop the fact's url",
            fact.id
        );
    }
    for topic in bank.topics() {
        let n = book.facts_in(&topic.id).count();
        assert!((5..=25).contains(&n), "topic {}: {n} key points", topic.id);
    }
}
