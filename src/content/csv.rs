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
/// of `;`, `,`, tab and `|` it has most of (outside quotes), `,` on a tie
/// (a copy from a spreadsheet is tab-separated; the app's own result lines
/// use `|`).
fn separator(text: &str) -> char {
    let mut counts = [0usize; 4];
    let mut quoted = false;
    for c in text.trim_start_matches(['\r', '\n']).chars() {
        match c {
            '"' => quoted = !quoted,
            '\n' if !quoted => break,
            _ if !quoted => {
                if let Some(i) = SEPARATORS.iter().position(|s| *s == c) {
                    counts[i] += 1;
                }
            }
            _ => {}
        }
    }
    let mut best = 0;
    for i in 1..SEPARATORS.len() {
        if counts[i] > counts[best] {
            best = i;
        }
    }
    SEPARATORS[best]
}

const SEPARATORS: [char; 4] = [',', ';', '\t', '|'];

/// Every non-blank record of `text`, with its row number. Rows whose cells
/// are all empty (Excel writes `;;;;` for them) are skipped but still
/// counted, so later row numbers match the spreadsheet.
pub fn read_csv(text: &str) -> Result<Vec<Record>, CsvError> {
    let mut reader = CsvReader::new(text)?;
    let mut records = Vec::new();
    let mut cells = Vec::new();
    while let Some(row) = reader.next_record(&mut cells)? {
        records.push(Record {
            row,
            cells: std::mem::take(&mut cells),
        });
    }
    if records.is_empty() {
        Err(CsvError::Empty)
    } else {
        Ok(records)
    }
}

/// Reads records one at a time, so a caller can stop between chunks (to
/// show progress) and reuse one buffer of cells for 100,000 rows.
#[derive(Clone, Debug)]
pub struct CsvReader<'a> {
    text: &'a str,
    at: usize,
    sep: char,
    row: usize,
}

impl<'a> CsvReader<'a> {
    pub fn new(text: &'a str) -> Result<Self, CsvError> {
        if text.starts_with("PK\u{3}\u{4}") {
            return Err(CsvError::Workbook);
        }
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        Ok(CsvReader {
            text,
            at: 0,
            sep: separator(text),
            row: 1,
        })
    }

    /// How much of the text has been read, in bytes (for a progress bar).
    #[must_use]
    pub fn position(&self) -> (usize, usize) {
        (self.at, self.text.len())
    }

    /// The next non-blank record into `cells` (cleared first; their
    /// buffers are reused), with its row; `None` at the end.
    pub fn next_record(&mut self, cells: &mut Vec<String>) -> Result<Option<usize>, CsvError> {
        loop {
            if self.at >= self.text.len() {
                return Ok(None);
            }
            let mut used = 0;
            let row = self.row;
            self.read_line(cells, &mut used)?;
            cells.truncate(used);
            if cells.iter().any(|c| !c.trim().is_empty()) {
                return Ok(Some(row));
            }
        }
    }

    /// One physical record (which may span lines inside quotes). Scans
    /// bytes and copies runs of plain text at once: every byte that matters
    /// (separators, quotes, line breaks) is ASCII, so runs split on them are
    /// whole UTF-8 text.
    fn read_line(&mut self, cells: &mut Vec<String>, used: &mut usize) -> Result<(), CsvError> {
        let next_cell = |cells: &mut Vec<String>, used: &mut usize| {
            if *used == cells.len() {
                cells.push(String::new());
            }
            cells[*used].clear();
            *used += 1;
            *used - 1
        };
        let bytes = self.text.as_bytes();
        let sep = self.sep as u8;
        let mut cell = next_cell(cells, used);
        let (mut quoted, quote_row, mut started) = (false, self.row, false);
        let mut at = self.at;
        while at < bytes.len() {
            if quoted {
                let run = bytes[at..]
                    .iter()
                    .position(|&b| b == b'"' || b == b'\r')
                    .map_or(bytes.len(), |n| at + n);
                cells[cell].push_str(&self.text[at..run]);
                at = run;
                match bytes.get(at) {
                    Some(b'"') if bytes.get(at + 1) == Some(&b'"') => {
                        cells[cell].push('"');
                        at += 2;
                    }
                    Some(b'"') => {
                        quoted = false;
                        at += 1;
                    }
                    // A line break inside a cell is kept as LF whatever the file uses.
                    Some(b'\r') if bytes.get(at + 1) == Some(&b'\n') => at += 1,
                    Some(_) => {
                        cells[cell].push('\r');
                        at += 1;
                    }
                    None => {}
                }
                continue;
            }
            let run = bytes[at..]
                .iter()
                .position(|&b| b == sep || b == b'"' || b == b'\r' || b == b'\n')
                .map_or(bytes.len(), |n| at + n);
            if run > at {
                cells[cell].push_str(&self.text[at..run]);
                started = true;
                at = run;
                continue;
            }
            match bytes[at] {
                // A quote opens a quoted field only at its start; elsewhere it is text.
                b'"' if !started => {
                    quoted = true;
                    started = true;
                    at += 1;
                }
                b'"' => {
                    cells[cell].push('"');
                    at += 1;
                }
                b'\r' if bytes.get(at + 1) == Some(&b'\n') => at += 1,
                b'\n' | b'\r' => {
                    self.at = at + 1;
                    self.row += 1;
                    return Ok(());
                }
                _ => {
                    // The separator.
                    cell = next_cell(cells, used);
                    started = false;
                    at += 1;
                }
            }
        }
        self.at = at;
        if quoted {
            return Err(CsvError::UnclosedQuote { row: quote_row });
        }
        Ok(())
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
