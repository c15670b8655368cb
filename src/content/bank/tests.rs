//! Tests of the bank loader: a valid file loads, and each kind of broken
//! file yields a message naming the question, the field and the problem.

use serde_json::{json, Value};

use super::*;
use crate::content::MAX_BYTES;
use crate::quiz::{ChoiceId, Lang};

fn question(id: &str) -> Value {
    json!({
        "id": id,
        "topic": "law2023",
        "difficulty": "easy",
        "kind": "single",
        "prompt": { "vi": format!("Câu hỏi {id}?"), "en": format!("Question {id}?") },
        "options": [
            { "vi": "Một", "en": "One" },
            { "vi": "Hai", "en": "Two" },
            { "vi": "Ba", "en": "Three" },
            { "vi": "Bốn", "en": "Four" }
        ],
        "answer": "B",
        "explanation": { "vi": "Vì thế.", "en": "Because." },
        "source": { "document": "law-2023", "part": { "vi": "Điều 4", "en": "Article 4" } },
        "facts": ["F-2023-03"]
    })
}

fn bank_with(questions: Vec<Value>) -> Value {
    json!({
        "schema": 1,
        "documents": [{ "id": "law-2023", "name": { "vi": "Luật HTX 2023", "en": "2023 Law" }, "url": "https://vbpl.vn/x" }],
        "topics": [{ "id": "law2023", "name": { "vi": "Luật 2023", "en": "The 2023 law" } }],
        "questions": questions
    })
}

fn valid_bank() -> Value {
    bank_with((0..12).map(|i| question(&format!("q{i:02}"))).collect())
}

/// The bank with question 0 changed by `edit`; returns the errors.
fn errors_after(edit: impl FnOnce(&mut Value)) -> Vec<ContentError> {
    let mut bank = valid_bank();
    edit(&mut bank["questions"][0]);
    parse_bank(&bank.to_string()).expect_err("the edit should break the bank")
}

fn only_error(errors: &[ContentError]) -> &ContentError {
    assert_eq!(errors.len(), 1, "{errors:#?}");
    &errors[0]
}

#[test]
fn a_family_is_read_and_a_malformed_one_is_named() {
    let mut bank = valid_bank();
    bank["questions"][1]["family"] = json!("capital-caps");
    let parsed = parse_bank(&bank.to_string()).unwrap();
    assert_eq!(parsed.questions()[1].family(), Some("capital-caps"));
    assert_eq!(parsed.questions()[0].family(), None);

    let errors = errors_after(|q| q["family"] = json!("vốn góp"));
    let error = only_error(&errors);
    assert_eq!(error.field, "family");
    assert!(
        error.describe(Lang::Vi).contains("tên nhóm (family)"),
        "{}",
        error.describe(Lang::Vi)
    );
}

#[test]
fn a_valid_bank_loads_with_its_topics_documents_and_answers() {
    let bank = parse_bank(&valid_bank().to_string()).unwrap();
    assert_eq!(bank.questions().len(), 12);
    assert_eq!(bank.topics()[0].name.get(Lang::Vi), "Luật 2023");
    assert_eq!(bank.documents()[0].url.as_deref(), Some("https://vbpl.vn/x"));
    let q = &bank.questions()[0];
    assert_eq!(q.correct_choices(), vec![ChoiceId(1)]);
    assert_eq!(q.source().unwrap().part.as_ref().unwrap().get(Lang::En), "Article 4");
}

#[test]
fn a_byte_order_mark_is_accepted() {
    let text = format!("\u{feff}{}", valid_bank());
    assert!(parse_bank(&text).is_ok());
}

#[test]
fn true_false_and_multiple_questions_load() {
    let mut bank = valid_bank();
    bank["questions"][0]["kind"] = json!("true_false");
    bank["questions"][0].as_object_mut().unwrap().remove("options");
    bank["questions"][0]["answer"] = json!(false);
    bank["questions"][1]["kind"] = json!("multiple");
    bank["questions"][1]["answer"] = json!(["a", "D"]);
    let bank = parse_bank(&bank.to_string()).unwrap();
    assert_eq!(bank.questions()[0].kind(), Kind::TrueFalse);
    assert_eq!(bank.questions()[0].correct_choices(), vec![ChoiceId(1)]);
    assert_eq!(bank.questions()[1].correct_choices(), vec![ChoiceId(0), ChoiceId(3)]);
}

#[test]
fn broken_json_says_where() {
    let errors = parse_bank("{\n  \"schema\": 1,\n  \"questions\": [,]\n}").unwrap_err();
    let e = only_error(&errors);
    assert_eq!(e.place, Place::File);
    assert!(e.problem.starts_with("not valid JSON at line 3, column"), "{e}");
}

#[test]
fn schema_problems_are_reported_alone() {
    for (schema, expected) in [
        (json!(2), "2 is not a layout this app reads; it reads \"schema\": 1"),
        (
            json!("1"),
            "\"1\" is not a layout this app reads; it reads \"schema\": 1",
        ),
    ] {
        let mut bank = valid_bank();
        bank["schema"] = schema;
        let errors = parse_bank(&bank.to_string()).unwrap_err();
        assert_eq!(only_error(&errors).problem, expected);
    }
    let mut bank = valid_bank();
    bank.as_object_mut().unwrap().remove("schema");
    let errors = parse_bank(&bank.to_string()).unwrap_err();
    assert_eq!(only_error(&errors).field, "schema");
}

#[test]
fn not_an_object_and_too_large_files_are_refused() {
    let errors = parse_bank("[1, 2, 3]").unwrap_err();
    assert!(only_error(&errors).problem.contains("one JSON object"));
    let huge = format!("{{\"schema\":1,\"pad\":\"{}\"}}", "x".repeat(MAX_BYTES));
    let errors = parse_bank(&huge).unwrap_err();
    assert!(only_error(&errors).problem.contains("at most 5 MB"), "{errors:?}");
}

#[test]
fn deeply_nested_junk_is_an_error_not_a_crash() {
    let junk = format!(
        "{{\"schema\":1,\"questions\":{}{}}}",
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    let errors = parse_bank(&junk).unwrap_err();
    assert!(only_error(&errors).problem.starts_with("not valid JSON"), "{errors:?}");
}

#[test]
fn each_broken_field_is_named_with_the_question_id() {
    type Edit = fn(&mut Value);
    let cases: Vec<(Edit, &str, &str)> = vec![
        (
            |q| q["answer"] = json!("E"),
            "answer",
            "letter E points at no option (there are 4)",
        ),
        (
            |q| q["answer"] = json!(2),
            "answer",
            "must be one letter, e.g. \"B\", for a single question",
        ),
        (
            |q| q["answer"] = json!("BB"),
            "answer",
            "\"BB\" is not an option letter (A, B, C, …)",
        ),
        (
            |q| q["topic"] = json!("nope"),
            "topic",
            "\"nope\" is not one of the bank's topics",
        ),
        (
            |q| q["source"]["document"] = json!("law-1999"),
            "source.document",
            "\"law-1999\" is not one of the bank's documents",
        ),
        (|q| q["prompt"]["en"] = json!("  "), "prompt.en", "empty text"),
        (|q| q["explanation"]["vi"] = json!(""), "explanation.vi", "empty text"),
        (
            |q| q["options"][2]["vi"] = json!("Một"),
            "options[C]",
            "the same text as another option",
        ),
        (
            |q| q["facts"] = json!([]),
            "facts",
            "name at least one fact the answer rests on",
        ),
        (
            |q| q["id"] = json!("q 00!"),
            "id",
            "\"q 00!\" is not a valid id: use 1 to 64 letters, digits, - or _",
        ),
        (
            |q| {
                q["options"] = json!([{ "vi": "Một", "en": "One" }]);
                q["answer"] = json!("A");
            },
            "options",
            "1 options; a single question needs 2 to 6",
        ),
        (
            |q| {
                q["kind"] = json!("multiple");
                q["answer"] = json!([]);
            },
            "answer",
            "must be a list of one or more letters, e.g. [\"A\", \"C\"], for a multiple question",
        ),
        (
            |q| {
                q["kind"] = json!("multiple");
                q["answer"] = json!(["A", "A"]);
            },
            "answer",
            "letter A is given twice",
        ),
        (
            |q| {
                q["kind"] = json!("true_false");
                q["answer"] = json!(true);
            },
            "options",
            "a true_false question has no options (the app shows True / False)",
        ),
    ];
    for (edit, field, problem) in cases {
        let errors = errors_after(edit);
        let e = only_error(&errors);
        assert_eq!(e.field, field, "{e}");
        assert_eq!(e.problem, problem);
        assert!(
            matches!(&e.place, Place::Question(id) if id == "q00" || id == "q 00!"),
            "{e}"
        );
    }
}

#[test]
fn unknown_and_missing_keys_are_named() {
    let errors = errors_after(|q| q["colour"] = json!("red"));
    let e = only_error(&errors);
    assert_eq!(e.field, "colour");
    assert!(e.problem.starts_with("unknown field `colour`"), "{e}");

    let errors = errors_after(|q| {
        q.as_object_mut().unwrap().remove("answer");
    });
    assert_eq!(only_error(&errors).field, "answer");

    let errors = errors_after(|q| q["difficulty"] = json!("impossible"));
    assert!(only_error(&errors).problem.contains("unknown variant `impossible`"));
}

#[test]
fn every_problem_is_listed_not_only_the_first() {
    let mut bank = valid_bank();
    bank["questions"][0]["answer"] = json!("Z");
    bank["questions"][3]["topic"] = json!("elsewhere");
    bank["questions"][5]["id"] = json!("q00");
    bank["extra"] = json!(true);
    let errors = parse_bank(&bank.to_string()).unwrap_err();
    let described: Vec<String> = errors.iter().map(ToString::to_string).collect();
    assert_eq!(
        described,
        vec![
            "file, field \"extra\": unknown key; allowed: schema, documents, topics, questions",
            "question q00, field \"answer\": letter Z points at no option (there are 4)",
            "question q03, field \"topic\": \"elsewhere\" is not one of the bank's topics",
            "question q00, field \"id\": another question has the same id",
        ]
    );
}

#[test]
fn a_question_without_an_id_is_named_by_position() {
    let errors = errors_after(|q| {
        q.as_object_mut().unwrap().remove("id");
    });
    assert_eq!(only_error(&errors).place, Place::Question("#1 (no id)".into()));
}

#[test]
fn duplicate_prompts_and_too_few_questions_are_reported() {
    let mut bank = valid_bank();
    bank["questions"][1]["prompt"]["vi"] = json!("Câu hỏi  q00? ");
    let errors = parse_bank(&bank.to_string()).unwrap_err();
    assert_eq!(only_error(&errors).problem, "another question has the same prompt");

    let errors = parse_bank(&bank_with(vec![question("a"), question("b")]).to_string()).unwrap_err();
    assert_eq!(
        only_error(&errors).problem,
        "2 questions; a bank needs at least 10 for one round"
    );
}

#[test]
fn broken_documents_and_topics_are_named() {
    let mut bank = valid_bank();
    bank["documents"][0]["url"] = json!("javascript:alert(1)");
    bank["topics"]
        .as_array_mut()
        .unwrap()
        .push(json!({ "id": "law2023", "name": { "vi": "x", "en": "y" } }));
    let errors = parse_bank(&bank.to_string()).unwrap_err();
    let described: Vec<String> = errors.iter().map(ToString::to_string).collect();
    assert_eq!(
        described,
        vec![
            "document law-2023, field \"url\": must start with https:// (or http://)",
            "topic law2023, field \"id\": another topic has the same id",
        ]
    );
}

#[test]
fn markup_in_text_is_kept_as_plain_text() {
    let mut bank = valid_bank();
    bank["questions"][0]["prompt"]["vi"] = json!("<script>alert(1)</script> <img src=x onerror=alert(2)>");
    let bank = parse_bank(&bank.to_string()).unwrap();
    assert_eq!(
        bank.questions()[0].prompt().get(Lang::Vi),
        "<script>alert(1)</script> <img src=x onerror=alert(2)>"
    );
}

#[test]
fn every_problem_reads_in_vietnamese_too() {
    let mut bank = valid_bank();
    bank["questions"][0]["answer"] = json!("E");
    bank["questions"][2]["topic"] = json!("elsewhere");
    bank["questions"][4]["options"][1]["vi"] = json!("Một");
    let errors = parse_bank(&bank.to_string()).unwrap_err();
    let described: Vec<String> = errors.iter().map(|e| e.describe(Lang::Vi)).collect();
    assert_eq!(
        described,
        vec![
            "câu hỏi q00, trường \"answer\": chữ cái E không ứng với phương án nào (chỉ có 4 phương án)",
            "câu hỏi q02, trường \"topic\": \"elsewhere\" không có trong danh sách chủ đề (topics)",
            "câu hỏi q04, trường \"options[B]\": trùng nội dung với một phương án khác",
        ]
    );
    assert_eq!(errors[0].describe(Lang::En), errors[0].to_string());
    let errors = parse_bank("{ oops").unwrap_err();
    assert!(
        errors[0]
            .describe(Lang::Vi)
            .starts_with("tệp: không đúng định dạng JSON ở dòng 1, cột"),
        "{errors:?}"
    );
}
