//! The organiser's side of a contest: check result codes (read from a
//! paste or a file by `content::codes`) against the bank, rank the good ones
//! by the contest's rule, count players per unit, and write it all as CSV.

use std::collections::BTreeMap;

use super::bank::QuestionBank;
use super::contest::{civil_date, replay, ContestRules, ReplayError};
use super::ranking::{rank, Standing};
use super::result_code::{CodeError, ContestResult};

/// One line that holds a code, with the name and unit beside it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Submission {
    /// 1-based line (spreadsheet row) in the pasted text or file.
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

    #[test]
    fn a_formula_in_a_name_cannot_run_in_a_spreadsheet() {
        assert_eq!(csv_field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(csv_field("Lê An"), "\"Lê An\"");
    }
}
