//! The `make-codes` tool: the same arguments make the same file, and the
//! organiser's check finds exactly what it made (valid, repeated, changed),
//! against the bundled bank and contest.

use std::process::Command;

use coop_quiz::content::contest::parse_contest;
use coop_quiz::content::form_export::FormExport;
use coop_quiz::content::parse_bank;
use coop_quiz::quiz::verifier::{Flag, Verifier, VerifyOptions};

fn make(args: &[&str]) -> String {
    let output = Command::new(env!("CARGO_BIN_EXE_make-codes"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("make-codes runs");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8(output.stdout).expect("UTF-8 output")
}

#[test]
fn the_generated_form_export_checks_out_with_the_counts_it_was_made_with() {
    let args = [
        "--count",
        "600",
        "--duplicates",
        "7",
        "--tampered",
        "5",
        "--seed",
        "9",
        "--format",
        "form",
    ];
    let text = make(&args);
    assert_eq!(text, make(&args), "seeded: the same file every time");
    assert_ne!(text, make(&["--count", "600", "--seed", "10", "--format", "form"]));
    let root = env!("CARGO_MANIFEST_DIR");
    let bank = parse_bank(&std::fs::read_to_string(format!("{root}/static/questions.json")).unwrap()).unwrap();
    let contest = parse_contest(
        &std::fs::read_to_string(format!("{root}/static/contest.json")).unwrap(),
        &bank,
    )
    .unwrap();
    let mut export = FormExport::from_csv(&text).unwrap();
    let mut verifier = Verifier::new(&bank, &contest.rules, VerifyOptions::default());
    while !export.feed(&mut verifier, 100).unwrap().finished {}
    let checked = verifier.finish();
    assert_eq!(checked.progress().entries, 600);
    assert_eq!(checked.progress().valid, 588);
    let flags: Vec<Flag> = checked.flagged().map(|(_, f)| f).collect();
    assert_eq!(flags.iter().filter(|f| matches!(f, Flag::Duplicate { .. })).count(), 7);
    assert_eq!(flags.iter().filter(|f| matches!(f, Flag::BadCode(_))).count(), 5);
    let standings = checked.standings(1, checked.perfect_count(1));
    assert_eq!(standings.placed.len(), 588);
    assert!(
        standings.placed.iter().all(|p| p.entry.submitted.is_some()),
        "every form time read"
    );
}

#[test]
fn the_players_lines_format_reads_too() {
    let text = make(&["--count", "50", "--duplicates", "0", "--tampered", "0"]);
    assert_eq!(text.lines().count(), 50);
    assert!(
        text.lines()
            .all(|l| l.starts_with("HTX2-") && l.matches(" | ").count() == 2),
        "{text}"
    );
}

#[test]
fn the_batch_replay_marks_thousands_of_generated_codes_as_the_round_itself_does() {
    // The verify page's replay (`ReplayTable`: its own draw loops and
    // division) against the players' own draw (`contest::replay`, through
    // `Round::draw`) on the bundled bank, about 450 candidates a draw, and
    // against what each code was made with: codes drawn one by one (`HTX2`,
    // made now) and shuffled (`HTX1`, made before), interleaved.
    use coop_quiz::quiz::contest::replay;
    use coop_quiz::quiz::replay_table::ReplayTable;
    use coop_quiz::quiz::result_code::{ContestResult, PackedResult};
    use coop_quiz::quiz::sample_codes::{sample_codes, sample_codes_drawn};
    use coop_quiz::quiz::Draw;

    let root = env!("CARGO_MANIFEST_DIR");
    let bank = parse_bank(&std::fs::read_to_string(format!("{root}/static/questions.json")).unwrap()).unwrap();
    let rules = parse_contest(
        &std::fs::read_to_string(format!("{root}/static/contest.json")).unwrap(),
        &bank,
    )
    .unwrap()
    .rules;
    let mut table = ReplayTable::new(&bank, &rules);
    let new = sample_codes(&bank, &rules, 2_000, 0, 0, 19);
    let old = sample_codes_drawn(&bank, &rules, 1_000, 0, 0, 20, Draw::Shuffled);
    assert!(new.iter().all(|l| l.code.starts_with("HTX2-")) && old.iter().all(|l| l.code.starts_with("HTX1-")));
    let mut lines = Vec::new();
    for (i, line) in new.iter().enumerate() {
        lines.push(line);
        if i % 2 == 1 {
            lines.push(&old[i / 2]);
        }
    }
    assert_eq!(lines.len(), 3_000);
    for line in lines {
        let packed = PackedResult::decode(&line.code, &line.name, &line.unit).unwrap();
        let result = ContestResult::decode(&line.code, &line.name, &line.unit).unwrap();
        let reference = replay(&bank, &rules, &result);
        assert_eq!(table.replay(&packed), reference, "{}", line.code);
        let replayed = reference.unwrap();
        assert_eq!(
            (replayed.correct, replayed.total),
            (line.correct, line.total),
            "{}",
            line.code
        );
    }
}
