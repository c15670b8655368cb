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
