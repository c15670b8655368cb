//! The organiser's side of a contest: read pasted or uploaded result
//! codes, check each against the bank, rank the good ones by the contest's
//! rule, count players per unit, and write it all as CSV.

use std::collections::BTreeMap;

use super::bank::QuestionBank;
use super::contest::{civil_date, replay, ContestRules, ReplayError};
use super::ranking::{rank, Standing};
use super::result_code::{CodeError, ContestResult};

/// One line that holds a code, with the name and unit beside it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Submission {
    /// 1-based line number in the pasted text or file.
    pub line: usize,
    pub code: String,
    pub name: String,
    pub unit: String,
}

/// What checking a submission found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Verdict {
    Valid {
        result: ContestResult,
        correct: usize,
        total: usize,
    },
    /// The code is damaged, or not for this name and unit.
    BadCode(CodeError),
    /// The code reads but does not fit this contest and bank.
    Mismatch(ReplayError),
    /// No name or unit beside the code.
    MissingName,
    /// The same code was already listed.
    Duplicate { first_line: usize },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Checked {
    pub submission: Submission,
    pub verdict: Verdict,
}

fn split_fields(line: &str) -> Vec<String> {
    let separator = ['|', '\t', ';', ','].into_iter().find(|s| line.contains(*s));
    let fields: Vec<&str> = match separator {
        Some(s) => line.split(s).collect(),
        None => vec![line],
    };
    fields
        .iter()
        .map(|f| f.trim().trim_matches('"').trim().to_owned())
        .filter(|f| !f.is_empty())
        .collect()
}

fn looks_like_code(field: &str) -> bool {
    field.get(..4).is_some_and(|start| start.eq_ignore_ascii_case("HTX1"))
}

/// The lines of `text` that hold a code (lines without one, such as a CSV
/// header or a chat greeting, are skipped). Fields may be separated by
/// `|`, a tab, `;` or `,`; the code may be in any column; the other columns
/// are the name, then the unit.
#[must_use]
pub fn read_submissions(text: &str) -> Vec<Submission> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    text.lines()
        .enumerate()
        .filter_map(|(i, line)| {
            let fields = split_fields(line);
            let at = fields.iter().position(|f| looks_like_code(f))?;
            let others: Vec<&String> = fields
                .iter()
                .enumerate()
                .filter(|(j, _)| *j != at)
                .map(|(_, f)| f)
                .collect();
            Some(Submission {
                line: i + 1,
                code: fields[at].clone(),
                name: others.first().map(|s| (*s).clone()).unwrap_or_default(),
                unit: others.get(1).map(|s| (*s).clone()).unwrap_or_default(),
            })
        })
        .collect()
}

/// Checks every submission against the bank and the contest's rules.
#[must_use]
pub fn check_all(bank: &QuestionBank, rules: &ContestRules, submissions: Vec<Submission>) -> Vec<Checked> {
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    submissions
        .into_iter()
        .map(|submission| {
            let key: String = submission
                .code
                .chars()
                .filter(char::is_ascii_alphanumeric)
                .collect::<String>()
                .to_ascii_uppercase();
            let verdict = if submission.name.is_empty() || submission.unit.is_empty() {
                Verdict::MissingName
            } else {
                match ContestResult::decode(&submission.code, &submission.name, &submission.unit) {
                    Err(e) => Verdict::BadCode(e),
                    Ok(result) => match replay(bank, rules, &result) {
                        Err(e) => Verdict::Mismatch(e),
                        // A good code pasted twice counts once.
                        Ok(_) if seen.contains_key(&key) => Verdict::Duplicate { first_line: seen[&key] },
                        Ok(r) => {
                            seen.insert(key, submission.line);
                            Verdict::Valid {
                                result,
                                correct: r.correct,
                                total: r.total,
                            }
                        }
                    },
                }
            };
            Checked { submission, verdict }
        })
        .collect()
}

/// A valid result in the ranking.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ranked<'a> {
    pub place: usize,
    pub checked: &'a Checked,
    pub correct: usize,
    pub total: usize,
    pub result: &'a ContestResult,
}

/// The number the tie-break asked about when the organiser gives none:
/// how many valid results have every answer right.
#[must_use]
pub fn perfect_count(checked: &[Checked], round_no: u8) -> u32 {
    let n = checked
        .iter()
        .filter(|c| matches!(&c.verdict, Verdict::Valid { result, correct, total } if result.round_no == round_no && correct == total))
        .count();
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// The valid results of contest round `round_no`, ranked by the rules.
#[must_use]
pub fn ranking<'a>(checked: &'a [Checked], rules: &ContestRules, round_no: u8, actual: u32) -> Vec<Ranked<'a>> {
    let valid: Vec<(&Checked, &ContestResult, usize, usize)> = checked
        .iter()
        .filter_map(|c| match &c.verdict {
            Verdict::Valid { result, correct, total } if result.round_no == round_no => {
                Some((c, result, *correct, *total))
            }
            _ => None,
        })
        .collect();
    let standings: Vec<Standing> = valid
        .iter()
        .map(|(_, r, correct, _)| Standing {
            correct: *correct,
            prediction: r.prediction,
            seconds: u32::from(r.seconds),
        })
        .collect();
    rank(&standings, &rules.ranking, actual)
        .into_iter()
        .map(|(i, place)| Ranked {
            place,
            checked: valid[i].0,
            result: valid[i].1,
            correct: valid[i].2,
            total: valid[i].3,
        })
        .collect()
}

/// Valid players per unit, most first (collective prizes go to the unit
/// with the most participants).
#[must_use]
pub fn units(checked: &[Checked], round_no: u8) -> Vec<(String, usize)> {
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    for c in checked {
        if matches!(&c.verdict, Verdict::Valid { result, .. } if result.round_no == round_no) {
            *counts.entry(c.submission.unit.clone()).or_default() += 1;
        }
    }
    let mut list: Vec<(String, usize)> = counts.into_iter().collect();
    list.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    list
}

fn csv_field(text: &str) -> String {
    // Quote every field; a leading = + - @ would run as a formula in a
    // spreadsheet, so it is prefixed with an apostrophe.
    let safe = if text.starts_with(['=', '+', '-', '@']) {
        format!("'{text}")
    } else {
        text.to_owned()
    };
    format!("\"{}\"", safe.replace('"', "\"\""))
}

/// The ranking as CSV (UTF-8 with a byte-order mark, so Excel reads the
/// Vietnamese letters right).
#[must_use]
pub fn ranking_csv(ranked: &[Ranked<'_>], vietnamese: bool) -> String {
    let header = if vietnamese {
        [
            "Hạng",
            "Họ và tên",
            "Đơn vị",
            "Năm sinh",
            "Số câu đúng",
            "Tổng số câu",
            "Dự đoán",
            "Thời gian (giây)",
            "Ngày thi",
            "Vòng",
            "Mã kết quả",
        ]
    } else {
        [
            "Place",
            "Name",
            "Unit",
            "Year of birth",
            "Correct",
            "Questions",
            "Prediction",
            "Time (seconds)",
            "Date",
            "Round",
            "Result code",
        ]
    };
    let mut out = String::from('\u{feff}');
    out.push_str(&header.map(csv_field).join(","));
    out.push_str("\r\n");
    for r in ranked {
        let (y, m, d) = civil_date(i64::from(r.result.day));
        let row = [
            r.place.to_string(),
            r.checked.submission.name.clone(),
            r.checked.submission.unit.clone(),
            r.result.birth_year.map(|y| y.to_string()).unwrap_or_default(),
            r.correct.to_string(),
            r.total.to_string(),
            r.result.prediction.to_string(),
            r.result.seconds.to_string(),
            format!("{y:04}-{m:02}-{d:02}"),
            r.result.round_no.to_string(),
            r.checked.submission.code.clone(),
        ];
        out.push_str(&row.iter().map(|f| csv_field(f)).collect::<Vec<_>>().join(","));
        out.push_str("\r\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quiz::contest::{result_of, Player};
    use crate::quiz::order::Rng;
    use crate::quiz::{fixture, Action, ChoiceId, Millis};

    fn rules() -> ContestRules {
        ContestRules {
            questions: 5,
            time_limit_ms: 300_000,
            topics: Vec::new(),
            difficulty: None,
            ranking: crate::quiz::ranking::USUAL.to_vec(),
        }
    }

    /// A code for a round with `right` right answers taking `secs` seconds.
    fn code(
        bank: &QuestionBank,
        name: &str,
        unit: &str,
        right: usize,
        secs: u64,
        prediction: u32,
        seed: u32,
    ) -> String {
        let mut round = rules().start(bank, seed, Millis(0));
        let mut n = 0;
        while let Some(i) = round.current_index() {
            let q = round.questions()[i].question();
            let picked = if n < right {
                q.correct_choices()
            } else {
                vec![q
                    .choice_ids()
                    .find(|c| !q.correct_choices().contains(c))
                    .unwrap_or(ChoiceId(0))]
            };
            n += 1;
            round = round
                .apply(Action::Answer {
                    picked,
                    at: Millis(secs * 1000 * n as u64 / 5),
                })
                .unwrap();
        }
        let player = Player {
            name: name.into(),
            birth_year: None,
            unit: unit.into(),
            phone: String::new(),
        };
        result_of(bank, &round, 1, 1_000, &player, prediction)
            .unwrap()
            .encode(name, unit)
    }

    #[test]
    fn pasted_lines_in_any_layout_are_read_and_other_lines_skipped() {
        let text = "Họ tên,Đơn vị,Mã\n\"Lê An\",\"Xã A, huyện B\",HTX1-AAAA\nchào ban tổ chức\nHTX1-BBBB | Trần Bình | HTX Thành Công\nHTX1-CCCC\tHoa\tXã C\n\n";
        let subs = read_submissions(text);
        assert_eq!(subs.len(), 3);
        assert_eq!(
            (subs[0].line, subs[0].name.as_str(), subs[0].code.as_str()),
            (2, "Lê An", "HTX1-AAAA")
        );
        assert_eq!(subs[1].unit, "HTX Thành Công");
        assert_eq!(subs[2].name, "Hoa");
    }

    #[test]
    fn good_codes_rank_by_the_rule_and_bad_ones_are_flagged_with_a_reason() {
        let bank = fixture::bank(40);
        let a = code(&bank, "Lê An", "Xã A", 5, 200, 3, 1);
        let b = code(&bank, "Trần Bình", "Xã B", 4, 100, 3, 2);
        let c = code(&bank, "Phạm Chi", "Xã A", 5, 150, 3, 3);
        let d = code(&bank, "Đỗ Dũng", "Xã A", 5, 150, 9, 4);
        let text = format!("{a} | Lê An | Xã A\n{b} | Trần Bình | Xã B\n{c} | Phạm Chi | Xã A\n{d} | Đỗ Dũng | Xã A\n{a} | Lê An | Xã A\n{b} | Trần Bình | Xã C\n{c}\nHTX1-ZZZZZ | X | Y");
        let checked = check_all(&bank, &rules(), read_submissions(&text));
        let actual = perfect_count(&checked, 1);
        assert_eq!(actual, 3, "three valid results have every answer right");
        let ranked = ranking(&checked, &rules(), 1, actual);
        let order: Vec<(&str, usize)> = ranked
            .iter()
            .map(|r| (r.checked.submission.name.as_str(), r.place))
            .collect();
        assert_eq!(
            order,
            [("Phạm Chi", 1), ("Lê An", 2), ("Đỗ Dũng", 3), ("Trần Bình", 4)],
            "5 right first; of those, predictions of 3 are exact (Chi is faster than An), 9 is 6 off"
        );
        assert!(matches!(checked[4].verdict, Verdict::Duplicate { first_line: 1 }));
        assert!(
            matches!(checked[5].verdict, Verdict::BadCode(CodeError::Checksum)),
            "another unit"
        );
        assert!(matches!(
            checked[6].verdict,
            Verdict::Duplicate { .. } | Verdict::MissingName
        ));
        assert!(matches!(checked[7].verdict, Verdict::BadCode(CodeError::Malformed)));
        assert_eq!(units(&checked, 1), [("Xã A".to_owned(), 3), ("Xã B".to_owned(), 1)]);

        let csv = ranking_csv(&ranked, true);
        assert!(csv.starts_with("\u{feff}\"Hạng\",\"Họ và tên\""));
        assert_eq!(csv.lines().count(), 5);
        assert!(csv.contains("\"1\",\"Phạm Chi\",\"Xã A\""));
    }

    #[test]
    fn a_formula_in_a_name_cannot_run_in_a_spreadsheet() {
        assert_eq!(csv_field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(csv_field("Lê An"), "\"Lê An\"");
    }

    #[test]
    fn property_random_paste_never_panics_and_every_valid_code_replays() {
        let bank = fixture::bank(40);
        let mut rng = Rng::new(8);
        for _ in 0..300 {
            let len = rng.below(200);
            let text: String = (0..len)
                .map(|_| {
                    [
                        'H', 'T', 'X', '1', '-', '|', '\n', 'a', 'Đ', ' ', ',', ';', '"', '\t', 'Z', '9',
                    ][rng.below(16)]
                })
                .collect();
            let checked = check_all(&bank, &rules(), read_submissions(&text));
            let _ = ranking(&checked, &rules(), 1, 0);
        }
    }
}
