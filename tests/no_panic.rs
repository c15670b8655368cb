//! Property tests: whatever bytes arrive as a question bank or as saved
//! data, reading them returns a value or a list of problems and never
//! panics. Inputs come from a seeded generator, so a failure replays.

use coop_quiz::content::parse_bank;
use coop_quiz::quiz::order::Rng;
use coop_quiz::quiz::Round;
use coop_quiz::storage::{decode_attempts, decode_lang, decode_play, decode_progress, decode_round};

const BANK: &str = include_str!("../static/questions.json");

/// Words that make random JSON look like a bank or a saved round often
/// enough to reach the deeper checks.
const KEYS: &str = "schema documents topics questions id topic difficulty kind prompt options answer explanation \
    source document part facts vi en url name seed started_at answers showing_feedback finished_at";
const STRINGS: &str = "single multiple true_false easy hard A B Z law-2023 basics q1 F-2023-03 <script> Hợp \u{0} 🐃";

fn random_json(rng: &mut Rng, depth: usize) -> String {
    let pick = |rng: &mut Rng, words: &str| {
        let words: Vec<&str> = words.split_whitespace().collect();
        words[rng.below(words.len())].to_owned()
    };
    match if depth > 5 { rng.below(4) } else { rng.below(7) } {
        0 => ["null", "true", "false"][rng.below(3)].to_owned(),
        1 => format!("{}", rng.next_u64() % 300),
        2 => ["-1", "1e999", "0.5", "18446744073709551616"][rng.below(4)].to_owned(),
        3 => serde_json::to_string(&pick(rng, STRINGS)).unwrap(),
        4 | 5 => {
            let fields: Vec<String> = (0..rng.below(6))
                .map(|_| {
                    format!(
                        "{}:{}",
                        serde_json::to_string(&pick(rng, KEYS)).unwrap(),
                        random_json(rng, depth + 1)
                    )
                })
                .collect();
            format!("{{{}}}", fields.join(","))
        }
        _ => {
            let items: Vec<String> = (0..rng.below(5)).map(|_| random_json(rng, depth + 1)).collect();
            format!("[{}]", items.join(","))
        }
    }
}

/// The text with a few random edits: flipped, deleted or inserted bytes,
/// or a cut, kept as valid UTF-8 (as a browser's `text()` would give).
fn mutate(rng: &mut Rng, text: &str) -> String {
    let mut bytes = text.as_bytes().to_vec();
    for _ in 0..=rng.below(4) {
        if bytes.is_empty() {
            break;
        }
        let at = rng.below(bytes.len());
        match rng.below(4) {
            0 => bytes[at] = b"{}[]\",:0aA \\"[rng.below(12)],
            1 => {
                bytes.remove(at);
            }
            2 => bytes.insert(at, b"{}[]\",:"[rng.below(7)]),
            _ => bytes.truncate(at),
        }
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

#[test]
fn random_json_never_panics_the_bank_reader() {
    let mut rng = Rng::new(2024);
    for _ in 0..3_000 {
        let text = random_json(&mut rng, 0);
        let _outcome = parse_bank(&text);
    }
}

#[test]
fn a_damaged_real_bank_never_panics_the_reader_and_is_refused() {
    let mut rng = Rng::new(7);
    let mut refused = 0;
    for _ in 0..150 {
        let text = mutate(&mut rng, BANK);
        if parse_bank(&text).is_err() {
            refused += 1;
        }
    }
    // Most edits break JSON or a rule; a few land inside text and are fine.
    assert!(refused > 100, "only {refused} of 150 damaged banks were refused");
}

#[test]
fn random_saved_data_never_panics_the_storage_decoders_or_the_round_rebuild() {
    let bank = parse_bank(BANK).expect("the bundled bank is valid");
    let ids: Vec<String> = bank.questions().iter().take(12).map(|q| q.id().to_string()).collect();
    let mut rng = Rng::new(99);
    for _ in 0..3_000 {
        let text = random_json(&mut rng, 0);
        let _lang = decode_lang(&text);
        let _round = decode_round(&text);
        let _play = decode_play(&text);
        let _progress = decode_progress(&text);
        let _attempts = decode_attempts(&text);
        // Shaped like a saved round, with random numbers in it.
        let questions: Vec<String> = (0..rng.below(12))
            .map(|_| {
                let id = &ids[rng.below(ids.len())];
                let order: Vec<String> = (0..rng.below(6)).map(|_| (rng.next_u64() % 8).to_string()).collect();
                format!("[\"{id}\",[{}]]", order.join(","))
            })
            .collect();
        let answers: Vec<String> = (0..rng.below(12))
            .map(|_| format!("[[{}],{}]", rng.next_u64() % 8, rng.next_u64() % 1000))
            .collect();
        let finished = if rng.below(2) == 0 {
            "null".to_owned()
        } else {
            (rng.next_u64() % 1000).to_string()
        };
        let limit = if rng.below(2) == 0 {
            "null".to_owned()
        } else {
            (rng.next_u64() % 2000).to_string()
        };
        let saved = format!(
            "{{\"seed\":{},\"started_at\":{},\"questions\":[{}],\"answers\":[{}],\"showing_feedback\":{},\"finished_at\":{finished},\"no_feedback\":{},\"time_limit_ms\":{limit}}}",
            rng.next_u64(),
            rng.next_u64() % 1000,
            questions.join(","),
            answers.join(","),
            rng.below(2) == 0,
            rng.below(2) == 0,
        );
        let record = decode_round(&saved).expect("the generator writes the saved layout");
        let _rebuilt = Round::restore(&bank, &record);
    }
}
