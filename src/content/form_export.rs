//! Reads what a form collected — a Google Forms or Microsoft Forms export
//! as CSV (or the rows of an `.xlsx` workbook), or the players' own
//! `code | name | unit` lines — into entries for `quiz::verifier`, a chunk
//! at a time so the page can show progress.
//!
//! The header row may be in Vietnamese or English and the columns in any
//! order: the timestamp ("Dấu thời gian", "Timestamp", Microsoft's
//! "Completion time"/"Start time"), name, unit and phone columns are found
//! by their titles. The code is found in whatever cell of the row holds it.
//! Without a header, the first other cells are the name, then the unit.
//! Pure: imports only `quiz` and the CSV reader.

// Calendar fields are small (months, days, hours); the seconds since 2024
// fit u32 until 2160.
#![allow(clippy::cast_possible_truncation, clippy::cast_sign_loss, clippy::cast_possible_wrap)]

use super::csv::{CsvError, CsvReader};
use crate::quiz::contest::day_number;
use crate::quiz::verifier::{Entry, Verifier};

/// How a date like 03/04/2026 is read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateOrder {
    /// 03/04/2026 is 3 April (Vietnamese and most locales).
    DayFirst,
    /// 03/04/2026 is 4 March (United States English).
    MonthFirst,
}

/// The columns found by the header row (0-based), if there is one.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Columns {
    /// The spreadsheet row of the header (1-based).
    pub header_row: Option<usize>,
    pub timestamp: Option<usize>,
    pub name: Option<usize>,
    pub unit: Option<usize>,
    pub phone: Option<usize>,
}

/// Titles of each column, lower case, the most specific first. A title
/// matches when the header cell starts with it (a form's question may go on:
/// "Họ và tên (viết có dấu)").
const TIMESTAMP: [&str; 7] = [
    "dấu thời gian",
    "timestamp",
    "completion time",
    "thời gian hoàn thành",
    "start time",
    "thời gian bắt đầu",
    "thời gian nộp",
];
const PHONE: [&str; 7] = [
    "số điện thoại",
    "điện thoại",
    "sđt",
    "phone",
    "mobile",
    "telephone",
    "số đt",
];
const UNIT: [&str; 6] = ["đơn vị", "unit", "cơ quan", "organisation", "organization", "xã"];
const NAME: [&str; 6] = ["họ và tên", "họ tên", "full name", "your name", "tên", "name"];

fn looks_like_code(cell: &str) -> bool {
    crate::quiz::result_code::starts_like_a_code(cell.trim())
}

fn find(header: &[String], titles: &[&str], taken: &[Option<usize>]) -> Option<usize> {
    titles.iter().find_map(|title| {
        header.iter().enumerate().position(|(i, cell)| {
            !taken.contains(&Some(i))
                && cell
                    .trim()
                    .to_lowercase()
                    .trim_start_matches('*')
                    .trim()
                    .starts_with(title)
        })
    })
}

impl Columns {
    /// The columns a header row names; `None` when the row holds no known
    /// title (then it is data).
    fn from_header(row: usize, cells: &[String]) -> Option<Columns> {
        if cells.iter().any(|c| looks_like_code(c)) {
            return None;
        }
        let mut columns = Columns {
            header_row: Some(row),
            ..Columns::default()
        };
        // Microsoft Forms has both start and completion times: the
        // completion is when the entry was sent, so it is looked for first.
        columns.timestamp = find(cells, &TIMESTAMP, &[]);
        columns.phone = find(cells, &PHONE, &[columns.timestamp]);
        columns.unit = find(cells, &UNIT, &[columns.timestamp, columns.phone]);
        columns.name = find(cells, &NAME, &[columns.timestamp, columns.phone, columns.unit]);
        (columns.timestamp.is_some() || columns.name.is_some() || columns.unit.is_some()).then_some(columns)
    }

    /// The entry in one data row, if a cell holds a code.
    fn entry<'a>(&self, line: usize, cells: &'a [String], order: DateOrder) -> Option<Entry<'a>> {
        let at = cells.iter().position(|c| looks_like_code(c))?;
        let cell = |i: Option<usize>| i.and_then(|i| cells.get(i)).map_or("", |c| c.trim());
        let mut entry = Entry {
            line,
            code: cells[at].trim(),
            name: cell(self.name),
            unit: cell(self.unit),
            phone: cell(self.phone),
            submitted: self
                .timestamp
                .and_then(|i| cells.get(i))
                .and_then(|c| parse_timestamp(c, order)),
        };
        if self.name.is_none() || self.unit.is_none() {
            // No header for them: the other non-empty cells, in order.
            let used = [Some(at), self.timestamp, self.phone, self.name, self.unit];
            let mut others = cells
                .iter()
                .enumerate()
                .filter(|(i, c)| !used.contains(&Some(*i)) && !c.trim().is_empty())
                .map(|(_, c)| c.trim());
            if self.name.is_none() {
                entry.name = others.next().unwrap_or("");
            }
            if self.unit.is_none() {
                entry.unit = others.next().unwrap_or("");
            }
        }
        Some(entry)
    }
}

/// Where the rows come from.
#[derive(Clone, Debug)]
enum Source<'a> {
    Csv(CsvReader<'a>),
    /// Rows already read (from a workbook), with their 1-based row numbers.
    Rows {
        rows: Vec<(usize, Vec<String>)>,
        next: usize,
    },
}

/// How far reading has come.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct ReadProgress {
    /// Work done and in all (bytes of a CSV, rows of a workbook).
    pub done: usize,
    pub total: usize,
    /// Rows with no code in them (a header, a greeting in a paste).
    pub skipped: usize,
    pub finished: bool,
}

/// A form export being read into a [`Verifier`].
#[derive(Clone, Debug)]
pub struct FormExport<'a> {
    source: Source<'a>,
    columns: Columns,
    date_order: DateOrder,
    cells: Vec<String>,
    skipped: usize,
}

impl<'a> FormExport<'a> {
    /// Opens CSV text (`,` `;` tab or `|` separated; quoted cells may span lines).
    pub fn from_csv(text: &'a str) -> Result<Self, CsvError> {
        let mut first = CsvReader::new(text)?;
        let mut cells = Vec::new();
        let row = first.next_record(&mut cells)?.ok_or(CsvError::Empty)?;
        let columns = Columns::from_header(row, &cells).unwrap_or_default();
        // A look at the first rows decides how dates read.
        let mut sample = Vec::new();
        if let Some(at) = columns.timestamp {
            let mut peek = first.clone();
            while sample.len() < 500 {
                match peek.next_record(&mut cells) {
                    Ok(Some(_)) => sample.push(cells.get(at).cloned().unwrap_or_default()),
                    _ => break,
                }
            }
        }
        Ok(FormExport {
            source: Source::Csv(CsvReader::new(text)?),
            date_order: date_order(&sample),
            columns,
            cells: Vec::new(),
            skipped: 0,
        })
    }

    /// Opens rows already read from a workbook's first sheet.
    #[must_use]
    pub fn from_rows(rows: Vec<(usize, Vec<String>)>) -> FormExport<'static> {
        let columns = rows
            .iter()
            .find(|(_, cells)| cells.iter().any(|c| !c.trim().is_empty()))
            .and_then(|(row, cells)| Columns::from_header(*row, cells))
            .unwrap_or_default();
        let sample: Vec<String> = columns
            .timestamp
            .map(|at| rows.iter().take(500).filter_map(|(_, c)| c.get(at).cloned()).collect())
            .unwrap_or_default();
        FormExport {
            date_order: date_order(&sample),
            columns,
            source: Source::Rows { rows, next: 0 },
            cells: Vec::new(),
            skipped: 0,
        }
    }

    /// The columns the header named (for the page to show what it read).
    #[must_use]
    pub fn columns(&self) -> &Columns {
        &self.columns
    }

    /// How dates are read; [`FormExport::set_date_order`] overrides it.
    #[must_use]
    pub fn date_order(&self) -> DateOrder {
        self.date_order
    }

    /// Rows read so far that held no code (a header, a note).
    #[must_use]
    pub fn skipped(&self) -> usize {
        self.skipped
    }

    pub fn set_date_order(&mut self, order: DateOrder) {
        self.date_order = order;
    }

    /// Reads up to `max_rows` rows into `verifier`.
    pub fn feed(&mut self, verifier: &mut Verifier, max_rows: usize) -> Result<ReadProgress, CsvError> {
        for _ in 0..max_rows {
            let row = match &mut self.source {
                Source::Csv(reader) => match reader.next_record(&mut self.cells)? {
                    Some(row) => row,
                    None => return Ok(self.progress(true)),
                },
                Source::Rows { rows, next } => match rows.get_mut(*next) {
                    Some((row, cells)) => {
                        *next += 1;
                        std::mem::swap(&mut self.cells, cells);
                        *row
                    }
                    None => return Ok(self.progress(true)),
                },
            };
            if Some(row) == self.columns.header_row {
                self.skipped += 1;
                continue;
            }
            match self.columns.entry(row, &self.cells, self.date_order) {
                Some(entry) => verifier.push(entry),
                None => self.skipped += 1,
            }
        }
        Ok(self.progress(false))
    }

    fn progress(&self, finished: bool) -> ReadProgress {
        let (done, total) = match &self.source {
            Source::Csv(reader) => reader.position(),
            Source::Rows { rows, next } => (*next, rows.len()),
        };
        ReadProgress {
            done,
            total,
            skipped: self.skipped,
            finished,
        }
    }
}

/// Day first unless a sample date can only be month first. When no date
/// tells (every day so far is 12 or less), day first: a sheet in the
/// Vietnamese locale writes 25/11/2026; the page shows the choice and the
/// organiser can turn it.
fn date_order(sample: &[String]) -> DateOrder {
    for text in sample {
        if let Some((a, b)) = first_two_numbers(text) {
            if a > 12 {
                return DateOrder::DayFirst;
            }
            if b > 12 {
                return DateOrder::MonthFirst;
            }
        }
    }
    DateOrder::DayFirst
}

/// The first two numbers of a slash or dot date (`25/11/2026`), if it is one.
fn first_two_numbers(text: &str) -> Option<(u32, u32)> {
    let mut parts = text.trim().split(['/', '.']);
    let a = parts.next()?.trim().parse().ok()?;
    let b = parts.next()?.trim().parse().ok()?;
    parts.next()?;
    Some((a, b))
}

/// A form's timestamp as seconds since 2024-01-01 00:00 (the form's own
/// time zone): `2026-11-25 14:03:22`, `25/11/2026 14:03:22`,
/// `11/25/26 2:03:22 PM`, `25/11/2026 14:03:22 CH`, or a spreadsheet's
/// serial day number (`46351.5856`). `None` when it is not one of these or
/// is before 2024.
#[must_use]
pub fn parse_timestamp(text: &str, order: DateOrder) -> Option<u32> {
    let text = text.trim();
    common_timestamp(text, order).unwrap_or_else(|| any_timestamp(text, order))
}

/// The digits of an ASCII number, `None` if anything else is in it.
fn number(digits: &[u8]) -> Option<i64> {
    digits
        .iter()
        .try_fold(0i64, |n, &d| d.is_ascii_digit().then(|| n * 10 + i64::from(d - b'0')))
}

/// The two layouts forms write, `25/11/2026 14:03:22` (Google Forms in
/// Vietnamese) and `2026-11-25 14:03:22`, read byte by byte: the verify
/// page reads 100,000 of them, and the general reading splits each on
/// several characters. `None` when `text` is not one of them (the general
/// reading then runs); else what the general reading gives
/// (`a_timestamp_in_a_common_layout_reads_as_the_general_reading_does`).
// The outer `None` means "not a common layout" (the general reading runs),
// the inner one "a common layout, but not a valid time": both are needed.
#[allow(clippy::option_option)]
fn common_timestamp(text: &str, order: DateOrder) -> Option<Option<u32>> {
    let bytes = text.as_bytes();
    if bytes.len() != 19 || bytes[10] != b' ' || bytes[13] != b':' || bytes[16] != b':' {
        return None;
    }
    let separator = |i: usize| matches!(bytes[i], b'/' | b'-' | b'.');
    let (a, b, c) = if separator(2) && separator(5) {
        (number(&bytes[..2])?, number(&bytes[3..5])?, number(&bytes[6..10])?)
    } else if separator(4) && separator(7) {
        (number(&bytes[..4])?, number(&bytes[5..7])?, number(&bytes[8..10])?)
    } else {
        return None;
    };
    let (hour, minute, second) = (number(&bytes[11..13])?, number(&bytes[14..16])?, number(&bytes[17..])?);
    let time = ((0..24).contains(&hour) && (0..60).contains(&minute) && (0..=60).contains(&second))
        .then_some(hour * 3_600 + minute * 60 + second);
    Some(from_parts((a, b, c), order, time))
}

/// [`parse_timestamp`] for every layout it knows.
fn any_timestamp(text: &str, order: DateOrder) -> Option<u32> {
    if let Ok(serial) = text.parse::<f64>() {
        // Spreadsheet serial: days since 1899-12-30; 2024-01-01 is 45292.
        let seconds = (serial - 45_292.0) * 86_400.0;
        return (0.0..f64::from(u32::MAX))
            .contains(&seconds)
            .then(|| seconds.round() as u32);
    }
    let (date, time) = match text.split_once([' ', 'T']) {
        Some((d, t)) => (d, t.trim()),
        None => (text, ""),
    };
    let mut numbers = date.split(['/', '-', '.']).map(str::parse::<i64>);
    let (a, b, c) = (numbers.next()?.ok()?, numbers.next()?.ok()?, numbers.next()?.ok()?);
    if numbers.next().is_some() {
        return None;
    }
    from_parts((a, b, c), order, time_of_day(time))
}

/// Seconds since 2024 from a date's three numbers as written (year first
/// when the first is over 31) and the seconds into the day.
fn from_parts((a, b, c): (i64, i64, i64), order: DateOrder, time: Option<i64>) -> Option<u32> {
    let (year, month, day) = if a > 31 {
        (a, b, c)
    } else {
        let year = if c < 100 { 2000 + c } else { c };
        match order {
            DateOrder::DayFirst => (year, b, a),
            DateOrder::MonthFirst => (year, a, b),
        }
    };
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return None;
    }
    let days = day_number(year as i32, month as u32, day as u32);
    let seconds = days * 86_400 + time?;
    u32::try_from(seconds).ok()
}

/// Seconds since midnight of `14:03:22`, `2:03 PM`, `2:03:22 CH` (Vietnamese
/// "chiều", PM; "SA", "sáng", AM), a trailing zone or fraction ignored.
fn time_of_day(text: &str) -> Option<i64> {
    if text.is_empty() {
        return Some(0);
    }
    // Only a time with a word after it needs lower-casing (no allocation
    // for the usual 14:03:22).
    let lower = if text.ends_with(|c: char| c.is_alphabetic()) {
        std::borrow::Cow::Owned(text.to_lowercase())
    } else {
        std::borrow::Cow::Borrowed(text)
    };
    let pm = lower.ends_with("pm") || lower.ends_with("ch") || lower.ends_with("chiều");
    let am = lower.ends_with("am") || lower.ends_with("sa") || lower.ends_with("sáng");
    let clock = lower.split_whitespace().next()?;
    let clock = clock.trim_end_matches('z');
    let clock = clock.split(['+', '.']).next()?;
    let mut parts = clock.split(':');
    let hour: i64 = parts.next()?.parse().ok()?;
    let minute: i64 = parts.next().map_or(Some(0), |m| m.parse().ok())?;
    let second: i64 = parts.next().map_or(Some(0), |s| s.parse().ok())?;
    let hour = match (am, pm) {
        (true, _) if hour == 12 => 0,
        (_, true) if hour < 12 => hour + 12,
        _ => hour,
    };
    ((0..24).contains(&hour) && (0..60).contains(&minute) && (0..=60).contains(&second))
        .then_some(hour * 3_600 + minute * 60 + second)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quiz::contest::ContestRules;
    use crate::quiz::fixture;
    use crate::quiz::sample_codes::sample_codes;
    use crate::quiz::verifier::{Flag, VerifyOptions};

    fn rules() -> ContestRules {
        crate::quiz::fixture::contest_rules(5, 300_000)
    }

    /// Every entry a whole export gives, read in chunks of `chunk` rows.
    fn entries(mut export: FormExport<'_>, chunk: usize) -> Vec<(usize, String, String, String, String, Option<u32>)> {
        // A verifier keeps what it is fed; its flagged list shows it back
        // (with a bank that matches no code, every entry is flagged).
        let bank = fixture::bank(12);
        let mut verifier = Verifier::new(&bank, &rules(), VerifyOptions::default());
        loop {
            let progress = export.feed(&mut verifier, chunk).unwrap();
            assert!(progress.done <= progress.total);
            if progress.finished {
                assert_eq!(progress.done, progress.total);
                break;
            }
        }
        verifier
            .finish()
            .flagged()
            .map(|(e, _)| {
                (
                    e.line,
                    e.code.to_owned(),
                    e.name.to_owned(),
                    e.unit.to_owned(),
                    e.phone.to_owned(),
                    e.submitted,
                )
            })
            .collect()
    }

    fn at(year: i32, month: u32, day: u32, hour: u32, minute: u32, second: u32) -> Option<u32> {
        u32::try_from(day_number(year, month, day) * 86_400 + i64::from(hour * 3600 + minute * 60 + second)).ok()
    }

    #[test]
    fn a_google_forms_export_in_vietnamese_with_cells_spanning_lines() {
        let text = "\u{feff}Dấu thời gian,Họ và tên,Năm sinh,Đơn vị,Số điện thoại,Mã kết quả\r\n\
            25/11/2026 14:03:22,Lê An,1990,\"Xã A, huyện B\",0912345678,HTX1-AAAAA\r\n\
            26/11/2026 8:00:05,\"Trần\r\nBình\",1985,Xã C,,\"HTX1-BBBBB\"\r\n\
            26/11/2026 9:00:00,Phạm Chi,1985,Xã C,,không có mã\r\n";
        let export = FormExport::from_csv(text).unwrap();
        assert_eq!(
            export.columns(),
            &Columns {
                header_row: Some(1),
                timestamp: Some(0),
                name: Some(1),
                unit: Some(3),
                phone: Some(4)
            }
        );
        assert_eq!(export.date_order(), DateOrder::DayFirst, "25/11 can only be day first");
        let got = entries(export, 1);
        assert_eq!(got.len(), 2, "the header and the row without a code are skipped");
        assert_eq!(
            got[0],
            (
                2,
                "HTX1-AAAAA".into(),
                "Lê An".into(),
                "Xã A, huyện B".into(),
                "0912345678".into(),
                at(2026, 11, 25, 14, 3, 22)
            )
        );
        assert_eq!(
            (got[1].0, got[1].2.as_str()),
            (3, "Trần\nBình"),
            "a cell spanning lines stays one cell"
        );
        assert_eq!(got[1].5, at(2026, 11, 26, 8, 0, 5));
    }

    #[test]
    fn a_microsoft_forms_export_in_english_in_another_column_order() {
        let text = "ID;Start time;Completion time;Email;Name;Result code;Unit;Full name;Phone number\n\
            1;11/25/26 1:58:00 PM;11/25/26 2:03:22 PM;anonymous;anonymous;HTX1-AAAAA;Xã A;Lê An;0912\n";
        let export = FormExport::from_csv(text).unwrap();
        let columns = export.columns().clone();
        assert_eq!(columns.timestamp, Some(2), "the completion time is when it was sent");
        assert_eq!(columns.name, Some(7), "the full name, not the Microsoft account's name");
        assert_eq!((columns.unit, columns.phone), (Some(6), Some(8)));
        assert_eq!(
            export.date_order(),
            DateOrder::MonthFirst,
            "11/25 can only be month first"
        );
        let got = entries(export, 10);
        assert_eq!(got[0].2, "Lê An");
        assert_eq!(got[0].5, at(2026, 11, 25, 14, 3, 22), "2:03:22 PM is 14:03:22");
    }

    #[test]
    fn the_players_own_lines_without_a_header_and_a_tab_separated_copy() {
        let got = entries(
            FormExport::from_csv("HTX1-AAAAA | Lê An | Xã A\nchào ban tổ chức\nHTX1-BBBBB | Trần Bình | Xã B").unwrap(),
            2,
        );
        assert_eq!(got.len(), 2);
        assert_eq!(
            (got[1].0, got[1].2.as_str(), got[1].3.as_str(), got[1].5),
            (3, "Trần Bình", "Xã B", None)
        );
        let copied = entries(
            FormExport::from_csv("Họ tên\tĐơn vị\tMã\nLê An\tXã A\tHTX1-AAAAA\n").unwrap(),
            5,
        );
        assert_eq!((copied[0].2.as_str(), copied[0].3.as_str()), ("Lê An", "Xã A"));
    }

    #[test]
    fn a_header_without_a_unit_column_takes_the_unit_from_the_other_cells() {
        let text =
            "Timestamp,Your name,Result code,Where you work\n2026-11-25 14:03:22,Lê An,HTX1-AAAAA,HTX Thành Công\n";
        let got = entries(FormExport::from_csv(text).unwrap(), 5);
        assert_eq!((got[0].2.as_str(), got[0].3.as_str()), ("Lê An", "HTX Thành Công"));
        assert_eq!(got[0].5, at(2026, 11, 25, 14, 3, 22));
    }

    #[test]
    fn timestamps_in_every_layout_forms_write() {
        let day = DateOrder::DayFirst;
        let expect = at(2026, 3, 4, 14, 5, 0);
        for text in [
            "04/03/2026 14:05:00",
            "4/3/2026 2:05 PM",
            "04.03.2026 14:05",
            "2026-03-04T14:05:00.000Z",
            "4/3/2026 2:05:00 CH",
            "46085.5868055556",
        ] {
            assert_eq!(parse_timestamp(text, day), expect, "{text}");
        }
        assert_eq!(parse_timestamp("03/04/26 14:05", DateOrder::MonthFirst), expect);
        assert_eq!(
            parse_timestamp("12/01/2026 12:30 AM", day),
            at(2026, 1, 12, 0, 30, 0),
            "12 AM is midnight"
        );
        for bad in ["", "hôm qua", "31/31/2026", "04/03/2026 25:00", "2023-12-31 23:59:59"] {
            assert_eq!(parse_timestamp(bad, day), None, "{bad}");
        }
    }

    #[test]
    fn a_timestamp_in_a_common_layout_reads_as_the_general_reading_does() {
        // Days, months and times drawn over their limits (day 0 and 32+,
        // month 13+, hour 24+, second 60 and 61, years before 2024), a
        // character changed now and then: the byte-by-byte reading either
        // steps aside or agrees with the general one.
        let mut rng = crate::quiz::order::Rng::new(19);
        let (mut read, mut valid) = (0, 0);
        for k in 0..40_000 {
            let (day, month, year) = (rng.below(35), rng.below(15), 2000 + rng.below(100));
            let time = format!("{:02}:{:02}:{:02}", rng.below(26), rng.below(62), rng.below(62));
            let mut text: Vec<char> = if k % 2 == 0 {
                format!("{day:02}/{month:02}/{year} {time}")
            } else {
                format!("{year}-{month:02}-{day:02} {time}")
            }
            .chars()
            .collect();
            if k % 7 == 0 {
                let at = rng.below(text.len());
                text[at] = ['/', '-', '.', ' ', ':', 'T', 'x', '+'][rng.below(8)];
            }
            let text: String = text.into_iter().collect();
            for order in [DateOrder::DayFirst, DateOrder::MonthFirst] {
                if let Some(fast) = common_timestamp(&text, order) {
                    assert_eq!(fast, any_timestamp(&text, order), "{text}");
                    read += 1;
                    valid += usize::from(fast.is_some());
                }
            }
        }
        assert!(read > 60_000 && valid > 20_000, "{read} read, {valid} valid");
    }

    #[test]
    fn a_generated_form_export_is_read_and_ranked_with_the_right_counts() {
        let bank = fixture::bank(40);
        let lines = sample_codes(&bank, &rules(), 500, 5, 5, 3);
        let text = crate::quiz::sample_codes::form_csv(&lines);
        let mut export = FormExport::from_csv(&text).unwrap();
        let mut verifier = Verifier::new(&bank, &rules(), VerifyOptions::default());
        while !export.feed(&mut verifier, 64).unwrap().finished {}
        let checked = verifier.finish();
        assert_eq!(checked.progress().valid, 490);
        assert_eq!(
            checked
                .flagged()
                .filter(|(_, f)| matches!(f, Flag::Duplicate { .. }))
                .count(),
            5
        );
        let submitted: Vec<Option<u32>> = checked
            .standings(1, 0)
            .placed
            .iter()
            .map(|p| p.entry.submitted)
            .collect();
        assert!(submitted.iter().all(Option::is_some), "every form time read");
    }
}
