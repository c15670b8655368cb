//! The `check-bank` command as an organiser or CI runs it: the exit status
//! and one line per problem, in the app's words.

use std::path::PathBuf;
use std::process::Command;

use coop_quiz::content::branding::parse_branding;
use coop_quiz::quiz::Lang;

fn run(args: &[&str]) -> (i32, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_check-bank"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("the binary runs (built by cargo test)");
    let text = String::from_utf8_lossy(&output.stdout).into_owned() + &String::from_utf8_lossy(&output.stderr);
    (output.status.code().unwrap_or(-1), text)
}

/// A fresh folder holding `files`.
fn folder(name: &str, files: &[(&str, &str)]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("check-bank-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    for (file, text) in files {
        std::fs::write(dir.join(file), text).unwrap();
    }
    dir
}

#[test]
fn the_bundled_files_pass() {
    let (code, out) = run(&["static"]);
    assert_eq!(code, 0, "{out}");
    assert!(out.starts_with("✓ static/questions.json: "), "{out}");
    assert!(out.contains("✓ static/branding.json: hợp lệ"), "{out}");
}

#[test]
fn every_problem_is_one_line_in_the_apps_words_and_the_exit_is_non_zero() {
    let branding = r##"{"colour": "#ffcc00", "title": ""}"##;
    let bank = include_str!("../static/questions.json").replacen("\"answer\": \"A\"", "\"answer\": \"H\"", 1);
    let dir = folder("bad", &[("questions.json", &bank), ("branding.json", branding)]);
    let (code, out) = run(&[dir.to_str().unwrap()]);
    assert_eq!(code, 1, "{out}");
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 3, "{out}");
    assert!(lines[0].contains("questions.json: câu hỏi "), "{out}");
    assert!(
        lines[0].ends_with("trường \"answer\": chữ cái H không ứng với phương án nào (chỉ có 4 phương án)"),
        "{out}"
    );
    // The same sentences the app shows for branding.json.
    for (line, error) in lines[1..].iter().zip(parse_branding(branding).unwrap_err()) {
        assert!(
            line.starts_with("✗ ") && line.ends_with(&error.describe(Lang::Vi)),
            "{line}"
        );
    }
    let (_, english) = run(&["--lang", "en", dir.to_str().unwrap()]);
    assert!(
        english.contains("field \"colour\": white text on \"#ffcc00\" has a contrast of 1.51:1"),
        "{english}"
    );
}

#[test]
fn a_missing_branding_file_is_fine_but_a_missing_bank_or_logo_is_not() {
    let dir = folder(
        "nobrand",
        &[("questions.json", include_str!("../static/questions.json"))],
    );
    assert_eq!(run(&[dir.to_str().unwrap()]).0, 0);

    let dir = folder(
        "logo",
        &[
            ("questions.json", include_str!("../static/questions.json")),
            ("branding.json", r#"{"logo": "static/logo.png"}"#),
        ],
    );
    let (code, out) = run(&["--lang", "en", dir.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(
        out.contains("field \"logo\": ") && out.contains("logo.png does not exist"),
        "{out}"
    );

    let dir = folder("empty", &[]);
    assert_eq!(run(&[dir.to_str().unwrap()]).0, 1);
}

#[test]
fn a_wrong_call_says_how_to_call_it() {
    let (code, out) = run(&["--lang", "fr"]);
    assert_eq!(code, 2);
    assert!(out.contains("usage: check-bank"), "{out}");
}

#[test]
fn a_broken_contest_file_fails_the_check_with_its_fields() {
    let bank = include_str!("../static/questions.json");
    let contest = r#"{"schema": 1, "title": {"vi": "Hội thi", "en": "Contest"}, "tiebreak": {"vi": "?", "en": "?"},
        "questions": 99, "topics": ["nope"]}"#;
    let dir = folder("contest", &[("questions.json", bank), ("contest.json", contest)]);
    let (code, out) = run(&["--lang", "en", dir.to_str().unwrap()]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("contest.json: file, field \"questions\": must be from 1 to 63"),
        "{out}"
    );
    assert!(
        out.contains("contest.json: file, field \"topics\": the bank has no topic \"nope\""),
        "{out}"
    );
    let (ok, out) = run(&["--lang", "en", "static"]);
    assert_eq!(ok, 0, "{out}");
    assert!(
        out.contains("✓ static/contest.json: 20 questions, 15 minutes, 1 round\n"),
        "{out}"
    );
}

#[test]
fn an_option_pointing_at_other_options_is_a_warning_that_fails_only_when_strict() {
    let mut bank: serde_json::Value = serde_json::from_str(include_str!("../static/questions.json")).unwrap();
    let question = bank["questions"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find(|q| q["kind"] == "single")
        .unwrap();
    let id = question["id"].as_str().unwrap().to_owned();
    question["options"][3] = serde_json::json!({ "vi": "Cả A và B", "en": "Both A and B" });
    let dir = folder("lint", &[("questions.json", &bank.to_string())]);
    let (code, out) = run(&[dir.to_str().unwrap()]);
    assert_eq!(code, 0, "a warning alone does not stop publishing: {out}");
    let line = format!(
        "⚠ {}: câu hỏi {id}, trường \"options[3].vi\": “a, b” chỉ tới các phương án khác",
        dir.join("questions.json").display()
    );
    assert!(out.lines().any(|l| l.starts_with(&line)), "{out}");
    let (strict, _) = run(&["--strict", dir.to_str().unwrap()]);
    assert_eq!(strict, 1);
}

/// An organiser spreadsheet of ten valid rows (the template's columns, as
/// Excel saves CSV in a Vietnamese locale), with `edit` applied to the rows.
fn sheet(edit: impl Fn(usize, &mut Vec<String>)) -> String {
    let mut text = "id;topic;difficulty;kind;prompt_vi;prompt_en;option_a_vi;option_a_en;option_b_vi;option_b_en;\
                    option_c_vi;option_c_en;answer;explanation_vi;explanation_en;document;facts\r\n"
        .to_owned();
    for n in 1..=10 {
        let mut row: Vec<String> = [
            format!("org-{n:03}"),
            "law2023".into(),
            "easy".into(),
            "single".into(),
            format!("Câu hỏi số {n}: hợp tác xã cần ít nhất bao nhiêu thành viên chính thức?"),
            format!("Question {n}: at least how many official members does a cooperative need?"),
            "3 thành viên".into(),
            "3 members".into(),
            "5 thành viên".into(),
            "5 members".into(),
            "7 thành viên".into(),
            "7 members".into(),
            "B".into(),
            "Luật năm 2023 hạ số thành viên tối thiểu xuống 5.".into(),
            "The 2023 law lowered the minimum to 5.".into(),
            "law-2023".into(),
            "F-2023-03".into(),
        ]
        .to_vec();
        edit(n, &mut row);
        text.push_str(&row.iter().map(|c| format!("\"{c}\"")).collect::<Vec<_>>().join(";"));
        text.push_str("\r\n");
    }
    text
}

#[test]
fn a_spreadsheet_is_checked_with_the_organiser_pages_messages() {
    let dir = folder(
        "csv-bad",
        &[(
            "bad.csv",
            &sheet(|n, row| {
                if n == 2 {
                    row[15].clear();
                }
            }),
        )],
    );
    let file = dir.join("bad.csv");
    let (code, out) = run(&[file.to_str().unwrap()]);
    assert_eq!(code, 1, "{out}");
    assert_eq!(
        out.trim_end(),
        format!(
            "✗ {}: dòng 3, cột \"document\": ô này đang để trống; câu hỏi nào cũng phải điền ô này",
            file.display()
        )
    );
    let (_, english) = run(&["--lang", "en", file.to_str().unwrap()]);
    assert!(
        english.ends_with("row 3, column \"document\": this cell is empty; every question needs it filled in\n"),
        "{english}"
    );

    let pointing = sheet(|n, row| {
        if n == 4 {
            row[10] = "Cả a, b".into();
        }
    });
    let dir = folder("csv-warn", &[("sheet.CSV", &pointing)]);
    let file = dir.join("sheet.CSV");
    let (code, out) = run(&[file.to_str().unwrap()]);
    assert_eq!(code, 0, "a warning alone does not stop publishing: {out}");
    let shown = file.display();
    assert!(out.starts_with(&format!("✓ {shown}: 10 câu hỏi\n")), "{out}");
    assert!(
        out.contains(&format!(
            "⚠ {shown}: dòng 5, cột \"option_c_vi\": “a, b” chỉ tới các phương án khác"
        )),
        "{out}"
    );
    assert_eq!(run(&["--strict", file.to_str().unwrap()]).0, 1);
}

#[test]
fn a_contest_submit_setting_is_checked_in_both_languages() {
    let bank = include_str!("../static/questions.json");
    let contest = r#"{"schema": 1, "title": {"vi": "Hội thi", "en": "Contest"}, "tiebreak": {"vi": "?", "en": "?"},
        "submit": {"form": "https://forms.gle/abc?c={ma}", "email": "ketqua"}}"#;
    let dir = folder("submit", &[("questions.json", bank), ("contest.json", contest)]);
    let (code, out) = run(&["--lang", "en", dir.to_str().unwrap()]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("contest.json: file, field \"submit.form\": unknown placeholder {ma}"),
        "{out}"
    );
    assert!(
        out.contains("contest.json: file, field \"submit.form\": has no {code}"),
        "{out}"
    );
    assert!(
        out.contains("contest.json: file, field \"submit.email\": \"ketqua\" is not one e-mail address"),
        "{out}"
    );
    let (_, out) = run(&["--lang", "vi", dir.to_str().unwrap()]);
    assert!(out.contains("trường \"submit.form\": chưa có {code}"), "{out}");
}

/// Every `{ "vi", "en" }` text of `value` made its Vietnamese alone, as a
/// built site sends the bank.
fn vietnamese_only(value: &mut serde_json::Value) {
    match value {
        serde_json::Value::Object(map) if map.len() == 2 && map.contains_key("vi") && map.contains_key("en") => {
            *value = map["vi"].clone();
        }
        serde_json::Value::Object(map) => map.values_mut().for_each(vietnamese_only),
        serde_json::Value::Array(items) => items.iter_mut().for_each(vietnamese_only),
        _ => {}
    }
}

#[test]
fn a_vietnamese_only_bank_passes_and_says_when_its_english_belongs_to_another_file() {
    let mut bank: serde_json::Value = serde_json::from_str(include_str!("../static/questions.json")).unwrap();
    vietnamese_only(&mut bank);
    let bank = bank.to_string();
    let stale = r#"{"schema": 1, "for": "0123456789abcdef", "topics": {}, "documents": {}, "questions": {}}"#;
    for (name, files) in [
        (
            "vi-stale",
            vec![("questions.json", bank.as_str()), ("questions.en.json", stale)],
        ),
        ("vi-alone", vec![("questions.json", bank.as_str())]),
    ] {
        let dir = folder(name, &files);
        let (code, out) = run(&["--lang", "en", dir.to_str().unwrap()]);
        assert_eq!(code, 0, "the site works, in Vietnamese: {out}");
        assert!(
            out.contains("VIETNAMESE ONLY, English readers will see Vietnamese"),
            "{out}"
        );
    }
}
