//! Valid result codes made in bulk, as players' devices make them, with
//! some repeated and some changed by one symbol: what the organiser's
//! tools are tested and measured on (`make-codes`, `bench-verify`).
//! Seeded, so the same arguments give the same file.

// Small generated values (scores, seconds, years) narrowed to their fields.
#![allow(clippy::cast_possible_truncation)]

use std::fmt::Write as _;

use super::bank::QuestionBank;
use super::contest::{civil_date, ContestRules};
use super::order::Rng;
use super::result_code::ContestResult;
use super::round::Draw;

/// What one generated line is meant to be.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Valid,
    /// The same code, name and unit as an earlier line.
    Duplicate,
    /// One symbol of a valid code changed.
    Tampered,
}

/// One generated submission.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SampleCode {
    pub kind: Kind,
    pub code: String,
    pub name: String,
    pub unit: String,
    pub birth_year: u16,
    /// Right answers in the code (as the replay will find), of `total`.
    pub correct: usize,
    pub total: usize,
    /// When the form received it, seconds since 2024-01-01.
    pub submitted: u32,
}

const FAMILY: [&str; 8] = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Võ", "Đặng"];
const MIDDLE: [&str; 6] = ["Văn", "Thị", "Minh", "Hữu", "Ngọc", "Thanh"];
const GIVEN: [&str; 10] = ["An", "Bình", "Chi", "Dũng", "Hoa", "Hùng", "Lan", "Mai", "Nam", "Tâm"];

/// `count` lines for contest round 1 on day `day`: `duplicates` and
/// `tampered` of them (each at most a tenth of `count`) repeat or change an
/// earlier valid line; the rest are valid, each a distinct player. The
/// order is shuffled by `seed`. Codes of rounds drawn as contests draw now
/// (`HTX2`).
#[must_use]
pub fn sample_codes(
    bank: &QuestionBank,
    rules: &ContestRules,
    count: usize,
    duplicates: usize,
    tampered: usize,
    seed: u64,
) -> Vec<SampleCode> {
    sample_codes_drawn(bank, rules, count, duplicates, tampered, seed, Draw::OneByOne)
}

/// [`sample_codes`] with rounds drawn the `draw` way: [`Draw::Shuffled`]
/// makes the codes of rounds drawn before (`HTX1`).
#[must_use]
pub fn sample_codes_drawn(
    bank: &QuestionBank,
    rules: &ContestRules,
    count: usize,
    duplicates: usize,
    tampered: usize,
    seed: u64,
    draw: Draw,
) -> Vec<SampleCode> {
    let mut rng = Rng::new(seed);
    let (duplicates, tampered) = (duplicates.min(count / 10), tampered.min(count / 10));
    let valid = count - duplicates - tampered;
    let day = 1_059; // 2026-11-25
    let fingerprint = bank.fingerprint();
    let mut lines: Vec<SampleCode> = (0..valid)
        .map(|i| {
            let round = rules.start_drawn(bank, rng.next_u64() as u32, super::Millis(0), draw);
            let skill = rng.below(4);
            let mut correct = 0;
            let answers: Vec<u8> = round
                .questions()
                .iter()
                .map(|drawn| {
                    let q = drawn.question();
                    let right = q.correct_choices().iter().fold(0u8, |m, c| m | (1 << c.0));
                    if rng.below(100) < [50, 75, 90, 100][skill] {
                        correct += 1;
                        right
                    } else {
                        // A wrong single option, or none at all.
                        let wrong = (0..q.choices().len() as u8).find(|o| 1 << o != right);
                        wrong.map_or(0, |o| 1 << o)
                    }
                })
                .collect();
            let name = format!(
                "{} {} {} {}",
                FAMILY[rng.below(FAMILY.len())],
                MIDDLE[rng.below(MIDDLE.len())],
                GIVEN[rng.below(GIVEN.len())],
                i + 1
            );
            let unit = format!("Xã số {}", 1 + rng.below(40));
            let birth_year = 1950 + rng.below(60) as u16;
            let result = ContestResult {
                draw,
                bank: fingerprint,
                round_no: 1,
                seed: round.seed() as u32,
                day,
                birth_year: Some(birth_year),
                answers,
                prediction: rng.below(5_000) as u32,
                seconds: (30 + rng.below((rules.time_limit_ms / 1000).saturating_sub(30) as usize + 1)) as u16,
            };
            SampleCode {
                kind: Kind::Valid,
                code: result.encode(&name, &unit),
                name,
                unit,
                birth_year,
                correct,
                total: round.len(),
                submitted: u32::from(day) * 86_400 + 7 * 3_600 + rng.below(14 * 3_600) as u32,
            }
        })
        .collect();
    for _ in 0..duplicates {
        let mut copy = lines[rng.below(valid)].clone();
        copy.kind = Kind::Duplicate;
        copy.submitted += 60;
        lines.push(copy);
    }
    for _ in 0..tampered {
        let mut copy = lines[rng.below(valid)].clone();
        copy.kind = Kind::Tampered;
        // Change one symbol after the prefix (never a dash) to another one.
        let symbols: Vec<usize> = copy
            .code
            .char_indices()
            .filter(|&(i, c)| i > 4 && c != '-')
            .map(|(i, _)| i)
            .collect();
        let at = symbols[rng.below(symbols.len())];
        let old = copy.code.as_bytes()[at];
        let new = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ"
            .iter()
            .copied()
            .filter(|&b| b != old)
            .nth(rng.below(31))
            .unwrap_or(b'0');
        copy.code.replace_range(at..=at, &char::from(new).to_string());
        lines.push(copy);
    }
    rng.shuffle(&mut lines);
    lines
}

/// The lines as a Google Forms export (Vietnamese locale) has them:
/// timestamp, name, year of birth, unit (quoted), code.
#[must_use]
pub fn form_csv(lines: &[SampleCode]) -> String {
    let mut out = String::from("Dấu thời gian,Họ và tên,Năm sinh,Đơn vị,Mã kết quả\r\n");
    for s in lines {
        let (y, m, d) = civil_date(i64::from(s.submitted / 86_400));
        let t = s.submitted % 86_400;
        let _ = write!(
            out,
            "{d:02}/{m:02}/{y} {}:{:02}:{:02},{},{},\"{}\",{}\r\n",
            t / 3600,
            t / 60 % 60,
            t % 60,
            s.name,
            s.birth_year,
            s.unit,
            s.code
        );
    }
    out
}
