//! A small RFC 4180 reader for spreadsheets saved as CSV (Excel, Google
//! Sheets, LibreOffice): quoted fields with commas, doubled quotes and line
//! breaks; an optional UTF-8 byte-order mark; `,` or `;` as separator (Excel
//! in a Vietnamese or European locale writes `;`); CRLF or LF. Written here
//! rather than taken from a crate: it is about 80 lines, and a CSV crate
//! would add its own weight to the wasm every player downloads. Pure.

/// One record of the file, numbered as a spreadsheet numbers its rows (the
/// header is row 1), so a message can say which row to fix.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Record {
    pub row: usize,
    pub cells: Vec<String>,
}

/// Why a file could not be read as CSV at all.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CsvError {
    /// Nothing but blank lines.
    Empty,
    /// A quote opened on this row is never closed.
    UnclosedQuote { row: usize },
    /// An Excel workbook (a ZIP file), not a CSV export.
    Workbook,
}

/// The separator the header row (the first non-blank line) uses: whichever
/// of `;` and `,` it has more of (outside quotes), `,` on a tie.
fn separator(text: &str) -> char {
    let (mut commas, mut semicolons, mut quoted) = (0, 0, false);
    for c in text.trim_start().chars() {
        match c {
            '"' => quoted = !quoted,
            ',' if !quoted => commas += 1,
            ';' if !quoted => semicolons += 1,
            '\n' if !quoted => break,
            _ => {}
        }
    }
    if semicolons > commas {
        ';'
    } else {
        ','
    }
}

/// Every non-blank record of `text`, with its row number. Rows whose cells
/// are all empty (Excel writes `;;;;` for them) are skipped but still
/// counted, so later row numbers match the spreadsheet.
pub fn read_csv(text: &str) -> Result<Vec<Record>, CsvError> {
    if text.starts_with("PK\u{3}\u{4}") {
        return Err(CsvError::Workbook);
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let sep = separator(text);
    let mut records = Vec::new();
    let mut cells = Vec::new();
    let mut cell = String::new();
    let (mut row, mut quoted, mut quote_row) = (1, false, 1);
    let mut chars = text.chars().peekable();
    let mut finish_record = |cells: &mut Vec<String>, row: usize| {
        if cells.iter().any(|c: &String| !c.trim().is_empty()) {
            records.push(Record {
                row,
                cells: std::mem::take(cells),
            });
        }
        cells.clear();
    };
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    cell.push('"');
                }
                '"' => quoted = false,
                // A line break inside a cell is kept as LF whatever the file uses.
                '\r' if chars.peek() == Some(&'\n') => {}
                _ => cell.push(c),
            }
            continue;
        }
        match c {
            // A quote opens a quoted field only at its start; elsewhere it is text.
            '"' if cell.is_empty() => {
                quoted = true;
                quote_row = row;
            }
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' | '\r' => {
                cells.push(std::mem::take(&mut cell));
                finish_record(&mut cells, row);
                row += 1;
            }
            c if c == sep => cells.push(std::mem::take(&mut cell)),
            _ => cell.push(c),
        }
    }
    if quoted {
        return Err(CsvError::UnclosedQuote { row: quote_row });
    }
    if !cell.is_empty() || !cells.is_empty() {
        cells.push(cell);
        finish_record(&mut cells, row);
    }
    if records.is_empty() {
        Err(CsvError::Empty)
    } else {
        Ok(records)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cells(text: &str) -> Vec<Vec<String>> {
        read_csv(text).unwrap().into_iter().map(|r| r.cells).collect()
    }

    fn rows(text: &str) -> Vec<usize> {
        read_csv(text).unwrap().into_iter().map(|r| r.row).collect()
    }

    #[test]
    fn plain_comma_and_semicolon_files() {
        assert_eq!(cells("a,b\n1,2\n"), [["a", "b"], ["1", "2"]]);
        assert_eq!(cells("a;b\r\n1;2\r\n"), [["a", "b"], ["1", "2"]]);
        // Commas in a semicolon file are text, and the other way round.
        assert_eq!(cells("a;b;c\n1,5;x;y"), [["a", "b", "c"], ["1,5", "x", "y"]]);
        assert_eq!(cells("a,b,c\nx;y,z,w"), [["a", "b", "c"], ["x;y", "z", "w"]]);
    }

    #[test]
    fn a_byte_order_mark_is_dropped() {
        assert_eq!(
            cells("\u{feff}mã;câu hỏi\n1;Hợp tác xã là gì?"),
            [["mã", "câu hỏi"], ["1", "Hợp tác xã là gì?"]]
        );
    }

    #[test]
    fn quoted_fields_keep_separators_quotes_and_line_breaks() {
        let text = "a,b\n\"x, y\",\"say \"\"hi\"\"\"\n\"line 1\r\nline 2\",z\n";
        assert_eq!(
            cells(text),
            [["a", "b"], ["x, y", "say \"hi\""], ["line 1\nline 2", "z"]]
        );
        // A quote in the middle of a field is text.
        assert_eq!(cells("a,b\n5\" screen,x"), [["a", "b"], ["5\" screen", "x"]]);
    }

    #[test]
    fn row_numbers_match_the_spreadsheet() {
        // Row 3 is blank, row 4 is all empty cells; the quoted line break
        // in row 5 does not start a new row.
        let text = "a;b\n1;2\n\n;;\n\"x\ny\";3\n4;5";
        assert_eq!(rows(text), [1, 2, 5, 6]);
    }

    #[test]
    fn the_last_line_needs_no_line_break() {
        assert_eq!(cells("a,b\n1,"), [["a", "b"], ["1", ""]]);
    }

    #[test]
    fn unreadable_files_say_why() {
        assert_eq!(read_csv(""), Err(CsvError::Empty));
        assert_eq!(read_csv("\u{feff}\n;;\n\r\n"), Err(CsvError::Empty));
        assert_eq!(
            read_csv("a,b\n1,\"open\n2,3\n"),
            Err(CsvError::UnclosedQuote { row: 2 })
        );
        assert_eq!(read_csv("PK\u{3}\u{4}\u{14}\0"), Err(CsvError::Workbook));
    }

    #[test]
    fn very_long_text_is_kept_whole() {
        let long = "Hợp tác xã ".repeat(5000);
        let got = cells(&format!("a;b\n\"{long}\";x\n"));
        assert_eq!(got[1][0], long);
    }
}
