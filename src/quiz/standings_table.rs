//! The ranking as a table of cells, one source for every download: CSV
//! here, `.xlsx` in `content::xlsx`. Written straight into one buffer, so
//! 100,000 rows cost no allocation per cell.

use std::fmt::Write as _;

use super::contest::civil_date;
use super::verifier::{Placed, Standings};

/// One cell of a downloaded table.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Cell<'a> {
    Text(&'a str),
    Number(u64),
    /// A day as days since 2024-01-01, written `YYYY-MM-DD`.
    Day(u16),
    /// A moment as seconds since 2024-01-01, written `YYYY-MM-DD hh:mm:ss`.
    Moment(u32),
    Empty,
}

impl Cell<'_> {
    /// The cell as text, as CSV writes it (numbers and dates too).
    pub fn write_text(&self, out: &mut String) {
        match *self {
            Cell::Text(text) => out.push_str(text),
            Cell::Number(n) => {
                let _ = write!(out, "{n}");
            }
            Cell::Day(day) => {
                let (y, m, d) = civil_date(i64::from(day));
                let _ = write!(out, "{y:04}-{m:02}-{d:02}");
            }
            Cell::Moment(at) => {
                let (y, m, d) = civil_date(i64::from(at / 86_400));
                let s = at % 86_400;
                let _ = write!(
                    out,
                    "{y:04}-{m:02}-{d:02} {:02}:{:02}:{:02}",
                    s / 3600,
                    s / 60 % 60,
                    s % 60
                );
            }
            Cell::Empty => {}
        }
    }
}

/// The ranking sheet's column titles.
#[must_use]
pub fn ranking_header(vietnamese: bool) -> [&'static str; 13] {
    if vietnamese {
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
            "Thời điểm nộp",
            "Mã kết quả",
            "Dòng trong tệp",
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
            "Submitted",
            "Result code",
            "Line in the file",
        ]
    }
}

/// One ranked entry as the ranking sheet's cells.
#[must_use]
pub fn ranking_row<'a>(p: &Placed<'a>) -> [Cell<'a>; 13] {
    [
        Cell::Number(p.place as u64),
        Cell::Text(p.entry.name),
        Cell::Text(p.entry.unit),
        p.birth_year.map_or(Cell::Empty, |y| Cell::Number(u64::from(y))),
        Cell::Number(p.correct as u64),
        Cell::Number(p.total as u64),
        Cell::Number(u64::from(p.prediction)),
        Cell::Number(u64::from(p.seconds)),
        Cell::Day(p.day),
        Cell::Number(u64::from(p.round_no)),
        p.entry.submitted.map_or(Cell::Empty, Cell::Moment),
        Cell::Text(p.entry.code),
        Cell::Number(p.entry.line as u64),
    ]
}

/// The units sheet's column titles.
#[must_use]
pub fn units_header(vietnamese: bool) -> [&'static str; 2] {
    if vietnamese {
        ["Đơn vị", "Số người dự thi"]
    } else {
        ["Unit", "Players"]
    }
}

/// One unit's row.
#[must_use]
pub fn units_row<'a>(unit: &(&'a str, usize)) -> [Cell<'a>; 2] {
    [Cell::Text(unit.0), Cell::Number(unit.1 as u64)]
}

fn push_csv_field(out: &mut String, cell: &Cell<'_>, scratch: &mut String) {
    scratch.clear();
    cell.write_text(scratch);
    out.push('"');
    // A leading = + - @ would run as a formula in a spreadsheet.
    if matches!(cell, Cell::Text(_)) && scratch.starts_with(['=', '+', '-', '@']) {
        out.push('\'');
    }
    if scratch.contains('"') {
        out.push_str(&scratch.replace('"', "\"\""));
    } else {
        out.push_str(scratch);
    }
    out.push('"');
}

fn push_csv_row(out: &mut String, cells: &[Cell<'_>], scratch: &mut String) {
    for (i, cell) in cells.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        push_csv_field(out, cell, scratch);
    }
    out.push_str("\r\n");
}

/// The whole ranking as CSV (UTF-8 with a byte-order mark, so Excel reads
/// the Vietnamese letters right; every field quoted).
#[must_use]
pub fn ranking_csv(standings: &Standings<'_>, vietnamese: bool) -> String {
    let mut out = String::with_capacity(64 + standings.placed.len() * 160);
    ranking_csv_head(vietnamese, &mut out);
    let mut scratch = String::new();
    for placed in &standings.placed {
        ranking_csv_row(placed, &mut out, &mut scratch);
    }
    out
}

/// The start of [`ranking_csv`]: the byte-order mark and the header row.
pub fn ranking_csv_head(vietnamese: bool, out: &mut String) {
    out.push('\u{feff}');
    push_csv_row(out, &ranking_header(vietnamese).map(Cell::Text), &mut String::new());
}

/// One ranked entry's row of [`ranking_csv`] (`scratch`: reused space).
pub fn ranking_csv_row(placed: &Placed<'_>, out: &mut String, scratch: &mut String) {
    push_csv_row(out, &ranking_row(placed), scratch);
}
