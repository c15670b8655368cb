//! Reads the result codes an organiser collected: a paste from a chat (the
//! app's own `code | name | unit` lines, or tab-separated), or a file
//! exported from a spreadsheet or a web form (CSV with `,` or `;`, quoted
//! cells). CSV lines go through the project's CSV reader, so a unit such as
//! "Xã A, huyện B" in quotes stays one cell.

use super::csv::read_csv;
use crate::quiz::verify::Submission;

fn looks_like_code(field: &str) -> bool {
    field.get(..4).is_some_and(|start| start.eq_ignore_ascii_case("HTX1"))
}

/// The submission in one row's cells, if one of them is a code: the code
/// may be in any column; the other non-empty cells are the name, then the
/// unit.
fn submission(line: usize, cells: &[String]) -> Option<Submission> {
    let cells: Vec<&str> = cells
        .iter()
        .map(|c| c.trim().trim_matches('"').trim())
        .filter(|c| !c.is_empty())
        .collect();
    let at = cells.iter().position(|c| looks_like_code(c))?;
    let mut others = cells
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != at)
        .map(|(_, c)| (*c).to_owned());
    Some(Submission {
        line,
        code: cells[at].to_owned(),
        name: others.next().unwrap_or_default(),
        unit: others.next().unwrap_or_default(),
    })
}

/// The lines of `text` that hold a code (lines without one, such as a CSV
/// header or a chat greeting, are skipped), with their line numbers. A line
/// with `|` or a tab is split on it; any other line is read as a CSV row
/// (`,` or `;`, quoted cells), so pastes and files of either kind, even
/// mixed, read the same.
#[must_use]
pub fn read_submissions(text: &str) -> Vec<Submission> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    text.lines()
        .enumerate()
        .filter_map(|(i, line)| {
            let cells: Vec<String> = match ['|', '\t'].into_iter().find(|s| line.contains(*s)) {
                Some(s) => line.split(s).map(str::to_owned).collect(),
                // A quote left open is not CSV: split it plainly then.
                None => read_csv(line)
                    .ok()
                    .and_then(|records| records.into_iter().next())
                    .map_or_else(|| line.split([',', ';']).map(str::to_owned).collect(), |r| r.cells),
            };
            submission(i + 1, &cells)
        })
        .collect()
}

#[cfg(test)]
#[allow(clippy::cast_possible_truncation)] // small test values
mod tests {
    use super::*;
    use crate::quiz::contest::{result_of, ContestRules, Player};
    use crate::quiz::order::Rng;
    use crate::quiz::result_code::CodeError;
    use crate::quiz::verify::{check_all, perfect_count, ranking, ranking_csv, units, Verdict};
    use crate::quiz::{fixture, Action, Millis, QuestionBank};

    fn rules() -> ContestRules {
        crate::quiz::fixture::contest_rules(5, 300_000)
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
            let picked = fixture::answer(q, n < right);
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
        assert_eq!(subs[0].unit, "Xã A, huyện B", "a quoted comma stays in its cell");
        let open_quote = read_submissions("\"Lê An, Xã A, HTX1-AAAA");
        assert_eq!(
            open_quote[0].code, "HTX1-AAAA",
            "a line with a quote left open still counts"
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
