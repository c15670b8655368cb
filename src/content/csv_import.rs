//! Questions from a spreadsheet: CSV rows → the bank's JSON → `parse_bank`,
//! so the app's own checks decide, and each problem is reported at the row
//! (numbered as the spreadsheet shows it) and column an organiser must fix.
//!
//! Topics and documents are not in the spreadsheet: questions name them by
//! id, and they come from a base bank (the bundled one). Pure: no web
//! dependency.

use std::fmt::Write as _;

use crate::json::{Map, Value};

use super::csv::{read_csv, CsvError, Record};
use super::{parse_bank, ContentError, Place};
use crate::quiz::{Lang, QuestionBank};

/// What to do with the base bank's questions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// Only the spreadsheet's questions (the base gives topics and documents).
    Replace,
    /// The base bank's questions, then the spreadsheet's.
    Merge,
}

/// The columns, in the template's order. `option_a_vi` … `option_f_en`
/// stand between `prompt_en` and `answer`.
const BEFORE_OPTIONS: [&str; 6] = ["id", "topic", "difficulty", "kind", "prompt_vi", "prompt_en"];
const AFTER_OPTIONS: [&str; 7] = [
    "answer",
    "explanation_vi",
    "explanation_en",
    "document",
    "reference_vi",
    "reference_en",
    "facts",
];
/// Columns a file must have (the others may be left out).
const REQUIRED: [&str; 10] = [
    "topic",
    "difficulty",
    "kind",
    "prompt_vi",
    "prompt_en",
    "answer",
    "explanation_vi",
    "explanation_en",
    "document",
    "facts",
];
const LETTERS: [char; 6] = ['a', 'b', 'c', 'd', 'e', 'f'];

/// Vietnamese names accepted for a column, after `header_key`.
const VI_NAMES: [(&str, &str); 13] = [
    ("mã", "id"),
    ("chủ_đề", "topic"),
    ("mức_độ", "difficulty"),
    ("loại", "kind"),
    ("câu_hỏi_vi", "prompt_vi"),
    ("câu_hỏi_en", "prompt_en"),
    ("đáp_án", "answer"),
    ("giải_thích_vi", "explanation_vi"),
    ("giải_thích_en", "explanation_en"),
    ("văn_bản", "document"),
    ("trích_dẫn_vi", "reference_vi"),
    ("trích_dẫn_en", "reference_en"),
    ("dữ_kiện", "facts"),
];

/// Every column name the importer knows, in the template's order.
#[must_use]
pub fn columns() -> Vec<String> {
    let options = LETTERS
        .iter()
        .flat_map(|l| [format!("option_{l}_vi"), format!("option_{l}_en")]);
    BEFORE_OPTIONS
        .iter()
        .map(|c| (*c).to_owned())
        .chain(options)
        .chain(AFTER_OPTIONS.iter().map(|c| (*c).to_owned()))
        .collect()
}

/// The Vietnamese capitals in the column names and keywords this module
/// knows, with their small letters. (Unicode's full lower-casing would add
/// its tables, about 10 KB, to the wasm.)
const CAPITALS: [(char, char); 22] = [
    ('Á', 'á'),
    ('Ã', 'ã'),
    ('Ả', 'ả'),
    ('Ạ', 'ạ'),
    ('Ă', 'ă'),
    ('Â', 'â'),
    ('Ẫ', 'ẫ'),
    ('Đ', 'đ'),
    ('Ề', 'ề'),
    ('Ễ', 'ễ'),
    ('Ệ', 'ệ'),
    ('Í', 'í'),
    ('Ì', 'ì'),
    ('Ó', 'ó'),
    ('Ỏ', 'ỏ'),
    ('Ộ', 'ộ'),
    ('Ơ', 'ơ'),
    ('Ú', 'ú'),
    ('Ủ', 'ủ'),
    ('Ư', 'ư'),
    ('Ứ', 'ứ'),
    ('Ữ', 'ữ'),
];

/// A cell as a keyword: trimmed, lower case (ASCII and `CAPITALS`), spaces
/// (and `-`) as `_`.
fn word(cell: &str) -> String {
    cell.trim()
        .chars()
        .map(|c| match c {
            ' ' | '-' => '_',
            c if c.is_ascii() => c.to_ascii_lowercase(),
            c => CAPITALS
                .iter()
                .find(|(upper, _)| *upper == c)
                .map_or(c, |(_, lower)| *lower),
        })
        .collect()
}

/// A header cell as a column key (`word`); Vietnamese names map to the
/// English ones, and `phương_án_a_vi` to `option_a_vi`.
fn header_key(cell: &str) -> String {
    let key = word(cell);
    if let Some(rest) = key.strip_prefix("phương_án_") {
        return format!("option_{rest}");
    }
    VI_NAMES
        .iter()
        .find(|(vi, _)| *vi == key)
        .map_or(key, |(_, en)| (*en).to_owned())
}

/// One problem with the spreadsheet, meant for the organiser.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportError {
    /// The spreadsheet row (header = 1), or none for the whole file.
    pub row: Option<usize>,
    /// The column as the file names it; empty for the whole row.
    pub column: String,
    pub problem: String,
    pub problem_vi: String,
}

impl ImportError {
    fn new(row: Option<usize>, column: &str, en: impl Into<String>, vi: impl Into<String>) -> Self {
        Self {
            row,
            column: column.to_owned(),
            problem: en.into(),
            problem_vi: vi.into(),
        }
    }

    /// "dòng 4, cột \"answer\": …" / "row 4, column \"answer\": …"; a
    /// problem with the whole file says so itself.
    #[must_use]
    pub fn describe(&self, lang: Lang) -> String {
        let (row, column, problem) = match lang {
            Lang::Vi => ("dòng", "cột", &self.problem_vi),
            Lang::En => ("row", "column", &self.problem),
        };
        let Some(n) = self.row else {
            return problem.clone();
        };
        let mut line = format!("{row} {n}");
        if !self.column.is_empty() {
            let _ = write!(line, ", {column} \"{}\"", self.column);
        }
        format!("{line}: {problem}")
    }
}

/// A spreadsheet turned into a bank that passed every check.
#[derive(Debug)]
pub struct Imported {
    /// The bank file to download, in the layout of `static/questions.json`.
    pub json: String,
    pub bank: QuestionBank,
    /// How many questions came from the spreadsheet (the bank's last ones).
    pub added: usize,
    /// What `content::lint` warns about in the spreadsheet's rows (options
    /// or explanations that point at letters, near-duplicate prompts): the
    /// bank works, but the organiser should look before publishing.
    pub warnings: Vec<ImportError>,
}

/// Reads a spreadsheet's CSV text into a bank built on `base` (a bank
/// file's text), checking every row; every problem is listed.
pub fn import_csv(csv: &str, base: &str, mode: Mode) -> Result<Imported, Vec<ImportError>> {
    let base = read_base(base)?;
    let records = read_csv(csv).map_err(|e| vec![csv_problem(&e)])?;
    import_records(base, &records, mode)
}

/// Reads the first sheet of an Excel workbook (`.xlsx`) into a bank built
/// on `base`, with the same checks and row-and-column messages as CSV (rows
/// numbered as Excel numbers them).
pub fn import_xlsx(workbook: &[u8], base: &str, mode: Mode) -> Result<Imported, Vec<ImportError>> {
    let base = read_base(base)?;
    let rows = super::xlsx::read_first_sheet(workbook)
        .map_err(|e| vec![ImportError::new(None, "", e.to_string(), e.vietnamese())])?;
    let records: Vec<Record> = rows.into_iter().map(|(row, cells)| Record { row, cells }).collect();
    import_records(base, &records, mode)
}

fn import_records(base: Map, records: &[Record], mode: Mode) -> Result<Imported, Vec<ImportError>> {
    let (header, rows) = records
        .split_first()
        .ok_or_else(|| vec![csv_problem(&CsvError::Empty)])?;
    let table = Table::new(header)?;
    let mut errors = Vec::new();
    // Each question id and its row, to place the bank's problems.
    let mut ids: Vec<(String, usize)> = Vec::new();
    let base_ids: Vec<&str> = list(&base, "questions")
        .iter()
        .filter_map(|q| q.get("id").and_then(Value::as_str))
        .collect();
    let mut questions = Vec::new();
    for record in rows {
        table.check_width(record, &mut errors);
        let question = table.question(record, &mut errors);
        let id = question
            .get("id")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_owned();
        if mode == Mode::Merge && base_ids.contains(&id.as_str()) {
            errors.push(ImportError::new(
                Some(record.row),
                table.name("id"),
                format!(
                    "the bundled bank already has a question \"{id}\"; give this one another id, or choose Replace"
                ),
                format!("bộ câu hỏi có sẵn đã có câu hỏi mã \"{id}\"; hãy đặt mã khác cho câu này, hoặc chọn Thay thế"),
            ));
        }
        ids.push((id, record.row));
        questions.push(question);
    }
    let added = questions.len();
    let mut all = if mode == Mode::Merge {
        list(&base, "questions").to_vec()
    } else {
        Vec::new()
    };
    all.extend(questions);
    let bank_json = object([
        ("documents", Value::Array(list(&base, "documents").to_vec())),
        ("questions", Value::Array(all)),
        ("schema", Value::from(super::SCHEMA)),
        ("topics", Value::Array(list(&base, "topics").to_vec())),
    ]);
    let mut json = String::new();
    write_json(&bank_json, 0, &mut json);
    json.push('\n');
    let found = match parse_bank(&json) {
        Ok(bank) if errors.is_empty() => {
            let warnings = super::lint::lint(&bank)
                .iter()
                .filter(|w| matches!(&w.place, Place::Question(id) if ids.iter().any(|(i, _)| i == id)))
                .map(|w| table.locate(w, &ids, rows))
                .collect();
            return Ok(Imported {
                json,
                bank,
                added,
                warnings,
            });
        }
        Ok(_) => Vec::new(),
        Err(found) => found,
    };
    for error in found {
        let error = table.locate(&error, &ids, rows);
        // The row-level check above already said it more plainly.
        if !errors.iter().any(|e| e.row == error.row && e.column == error.column) {
            errors.push(error);
        }
    }
    // In the spreadsheet's order; problems with the whole file first.
    errors.sort_by_key(|e| e.row);
    Err(errors)
}

/// A bank read as one JSON object, written back as indented JSON (the
/// organiser page's base, put back together by `content::english`).
#[must_use]
pub fn to_json(root: &Map) -> String {
    let mut json = String::new();
    write_json(&Value::Object(root.clone()), 0, &mut json);
    json.push('\n');
    json
}

/// An object with `fields`.
fn object<const N: usize>(fields: [(&str, Value); N]) -> Value {
    Value::Object(fields.into_iter().collect())
}

/// `{ "vi": vi, "en": en }`.
fn both(vi: &str, en: &str) -> Value {
    object([("en", Value::from(en)), ("vi", Value::from(vi))])
}

/// `value` as indented JSON, keys in alphabetical order (as the serde
/// version wrote them, so a re-exported bank differs only where it changed).
fn write_json(value: &Value, depth: usize, out: &mut String) {
    let indent = |out: &mut String, depth: usize| {
        out.push('\n');
        out.extend(std::iter::repeat_n("  ", depth));
    };
    match value {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => out.push_str(n),
        Value::String(s) => crate::json::write_string(s, out),
        Value::Array(items) if items.is_empty() => out.push_str("[]"),
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                out.push_str(if i == 0 { "" } else { "," });
                indent(out, depth + 1);
                write_json(item, depth + 1, out);
            }
            indent(out, depth);
            out.push(']');
        }
        Value::Object(map) if map.is_empty() => out.push_str("{}"),
        Value::Object(map) => {
            out.push('{');
            let mut sorted: Vec<(&str, &Value)> = map.iter().collect();
            sorted.sort_by_key(|(key, _)| *key);
            for (i, (key, item)) in sorted.into_iter().enumerate() {
                out.push_str(if i == 0 { "" } else { "," });
                indent(out, depth + 1);
                crate::json::write_string(key, out);
                out.push_str(": ");
                write_json(item, depth + 1, out);
            }
            indent(out, depth);
            out.push('}');
        }
    }
}

/// The base bank as JSON, or why it cannot serve as one.
fn read_base(base: &str) -> Result<Map, Vec<ImportError>> {
    let broken = |detail: String| {
        vec![ImportError::new(
            None,
            "",
            format!("the bundled bank cannot be read ({detail})"),
            format!("không đọc được bộ câu hỏi có sẵn ({detail})"),
        )]
    };
    match crate::json::parse(base.strip_prefix('\u{feff}').unwrap_or(base)) {
        Ok(Value::Object(map)) => Ok(map),
        Ok(_) => Err(broken("not an object".to_owned())),
        Err(e) => Err(broken(e.to_string())),
    }
}

fn list<'a>(map: &'a Map, key: &str) -> &'a [Value] {
    map.get(key).and_then(Value::as_array).map_or(&[], Vec::as_slice)
}

fn csv_problem(error: &CsvError) -> ImportError {
    match error {
        CsvError::Empty => ImportError::new(None, "", "the CSV file is empty", "tệp CSV không có nội dung"),
        CsvError::UnclosedQuote { row } => ImportError::new(
            Some(*row),
            "",
            "a quotation mark \" opened here is never closed",
            "có dấu ngoặc kép \" mở ở đây mà không đóng lại",
        ),
        CsvError::Workbook => ImportError::new(
            None,
            "",
            "this is an Excel workbook (.xlsx), not CSV: in Excel choose File → Save As → CSV UTF-8, then choose that file",
            "đây là tệp Excel (.xlsx), không phải CSV: trong Excel chọn Tệp → Lưu thành → CSV UTF-8, rồi chọn tệp đó",
        ),
    }
}

/// A known column: its key, its position in a row, its name as written.
/// (Lists, not hash maps: a header has at most 25 columns, and each map
/// type would add its own code to the wasm.)
struct Column {
    key: String,
    at: usize,
    name: String,
}

/// The header row: which column holds which key.
struct Table {
    columns: Vec<Column>,
    width: usize,
}

impl Table {
    fn new(header: &Record) -> Result<Table, Vec<ImportError>> {
        let known = columns();
        let mut errors = Vec::new();
        let mut columns: Vec<Column> = Vec::new();
        for (i, cell) in header.cells.iter().enumerate() {
            let key = header_key(cell);
            if key.is_empty() {
                continue;
            }
            if !known.contains(&key) {
                errors.push(ImportError::new(
                    Some(header.row),
                    cell.trim(),
                    format!("unknown column; the columns are: {}", known.join(", ")),
                    format!("cột không hợp lệ; các cột được dùng là: {}", known.join(", ")),
                ));
            } else if columns.iter().any(|c| c.key == key) {
                errors.push(ImportError::new(
                    Some(header.row),
                    cell.trim(),
                    "this column appears twice",
                    "cột này bị lặp lại",
                ));
            } else {
                columns.push(Column {
                    key,
                    at: i,
                    name: cell.trim().to_owned(),
                });
            }
        }
        for key in REQUIRED {
            if !columns.iter().any(|c| c.key == key) {
                errors.push(ImportError::new(
                    Some(header.row),
                    key,
                    "missing column (see the template)",
                    "thiếu cột này (xem tệp mẫu)",
                ));
            }
        }
        if errors.is_empty() {
            Ok(Table {
                columns,
                width: header.cells.len(),
            })
        } else {
            Err(errors)
        }
    }

    /// The column's name as the file writes it (the key if it has none).
    fn name<'a>(&'a self, key: &'a str) -> &'a str {
        self.columns
            .iter()
            .find(|c| c.key == key)
            .map_or(key, |c| c.name.as_str())
    }

    fn cell<'a>(&self, record: &'a Record, key: &str) -> &'a str {
        self.columns
            .iter()
            .find(|c| c.key == key)
            .and_then(|c| record.cells.get(c.at))
            .map_or("", |c| c.trim())
    }

    fn check_width(&self, record: &Record, errors: &mut Vec<ImportError>) {
        let extra = record
            .cells
            .iter()
            .skip(self.width)
            .filter(|c| !c.trim().is_empty())
            .count();
        if extra > 0 {
            errors.push(ImportError::new(
                Some(record.row),
                "",
                format!("{extra} filled cell(s) beyond the last column of the header row"),
                format!("có {extra} ô có nội dung nằm ngoài các cột của dòng tiêu đề"),
            ));
        }
    }

    /// The row as a question in the bank's layout. Values the bank layout
    /// cannot hold (an unknown kind, an answer that is not true/false) are
    /// reported here, in the spreadsheet's words; the rest is left to
    /// `parse_bank`.
    fn question(&self, record: &Record, errors: &mut Vec<ImportError>) -> Value {
        let row = Some(record.row);
        let cell = |key: &str| self.cell(record, key);
        let id = match cell("id") {
            "" => format!("csv-{:03}", record.row),
            id => id.to_owned(),
        };
        let mut empty = |key: &str| errors.push(empty_cell(record.row, self.name(key)));
        for key in ["kind", "difficulty", "answer"] {
            if cell(key).is_empty() {
                empty(key);
            }
        }
        let mut bad = |key: &str, en: String, vi: String| {
            if !cell(key).is_empty() {
                errors.push(ImportError::new(row, self.name(key), en, vi));
            }
        };
        let kind = match word(cell("kind")).as_str() {
            "single" | "một_đáp_án" => "single",
            "multiple" | "nhiều_đáp_án" => "multiple",
            "true_false" | "truefalse" | "true/false" | "đúng_sai" | "đúng/sai" => "true_false",
            other => {
                bad(
                    "kind",
                    format!("\"{other}\" is not a kind; write single, multiple or true_false"),
                    format!("\"{other}\" không phải loại câu hỏi; ghi single, multiple hoặc true_false"),
                );
                "single"
            }
        };
        let difficulty = match word(cell("difficulty")).as_str() {
            "easy" | "dễ" => "easy",
            "medium" | "trung_bình" => "medium",
            "hard" | "khó" => "hard",
            other => {
                bad(
                    "difficulty",
                    format!("\"{other}\" is not a difficulty; write easy, medium or hard"),
                    format!("\"{other}\" không phải mức độ; ghi easy, medium hoặc hard (dễ, trung bình, khó)"),
                );
                "easy"
            }
        };
        let answer = cell("answer");
        let answer = match kind {
            "true_false" => {
                match word(answer).as_str() {
                    "true" | "đúng" | "đ" => Value::Bool(true),
                    "false" | "sai" | "s" => Value::Bool(false),
                    _ => {
                        bad(
                        "answer",
                        format!("\"{answer}\" is not an answer to a true_false question; write true or false (đúng or sai)"),
                        format!("\"{answer}\" không phải đáp án của câu đúng/sai; ghi đúng hoặc sai (true hoặc false)"),
                    );
                        Value::Bool(true)
                    }
                }
            }
            "multiple" => Value::Array(split_list(answer).map(Value::from).collect()),
            _ => Value::from(answer),
        };
        let mut source = Map::new();
        source.insert("document", Value::from(cell("document")));
        let (part_vi, part_en) = (cell("reference_vi"), cell("reference_en"));
        if !part_vi.is_empty() || !part_en.is_empty() {
            source.insert("part", both(part_vi, part_en));
        }
        let mut question: Map = [
            ("id", Value::from(id)),
            ("topic", Value::from(cell("topic"))),
            ("difficulty", Value::from(difficulty)),
            ("kind", Value::from(kind)),
            ("prompt", both(cell("prompt_vi"), cell("prompt_en"))),
            ("answer", answer),
            ("explanation", both(cell("explanation_vi"), cell("explanation_en"))),
            ("source", Value::Object(source)),
            ("facts", Value::from(split_list(cell("facts")).collect::<Vec<_>>())),
        ]
        .into_iter()
        .collect();
        if kind != "true_false" {
            question.insert("options", Value::Array(self.options(record, errors)));
        }
        Value::Object(question)
    }

    /// Options A…F up to the last filled one; a gap before it is a problem.
    fn options(&self, record: &Record, errors: &mut Vec<ImportError>) -> Vec<Value> {
        let pairs: Vec<(String, String)> = LETTERS
            .iter()
            .map(|l| {
                let text = |lang| self.cell(record, &format!("option_{l}_{lang}")).to_owned();
                (text("vi"), text("en"))
            })
            .collect();
        let used = pairs
            .iter()
            .rposition(|(vi, en)| !vi.is_empty() || !en.is_empty())
            .map_or(0, |i| i + 1);
        let mut options = Vec::new();
        for (i, (vi, en)) in pairs.into_iter().take(used).enumerate() {
            if vi.is_empty() && en.is_empty() {
                let letter = LETTERS[i].to_ascii_uppercase();
                errors.push(ImportError::new(
                    Some(record.row),
                    self.name(&format!("option_{}_vi", LETTERS[i])),
                    format!(
                        "option {letter} is empty but a later option is filled; options must be A, B, C… without gaps"
                    ),
                    format!(
                        "phương án {letter} bị trống nhưng phương án sau lại có; các phương án phải liền nhau A, B, C…"
                    ),
                ));
                continue;
            }
            options.push(both(&vi, &en));
        }
        options
    }

    /// A `parse_bank` problem, placed at the row and column it came from.
    fn locate(&self, error: &ContentError, ids: &[(String, usize)], rows: &[Record]) -> ImportError {
        let row = match &error.place {
            Place::Question(id) => ids.iter().rev().find(|(i, _)| i == id).map(|(_, row)| *row),
            _ => None,
        };
        let Some(row) = row else {
            // Not one of the spreadsheet's rows: the bundled part, or the whole file.
            return ImportError::new(None, "", error.to_string(), error.describe(Lang::Vi));
        };
        let column = self.column_for(&error.field);
        // An empty cell is the likely slip; the bank's own words for it
        // (`"" is not in the documents list`) would only puzzle. (An empty
        // `facts` keeps its own, more helpful message.)
        let record = rows.iter().find(|r| r.row == row);
        let key = self.key_of(&column).filter(|k| *k != "facts");
        if let (Some(record), Some(key)) = (record, key) {
            if self.cell(record, key).is_empty() {
                return empty_cell(row, &column);
            }
        }
        ImportError::new(Some(row), &column, error.problem.clone(), error.problem_vi.clone())
    }

    /// The key of a column named as the file names it.
    fn key_of(&self, name: &str) -> Option<&str> {
        self.columns.iter().find(|c| c.name == name).map(|c| c.key.as_str())
    }

    /// The column a bank field comes from: `prompt.vi` → `prompt_vi`,
    /// `options[B].en` → `option_b_en`, `source.part.vi` → `reference_vi`.
    fn column_for(&self, field: &str) -> String {
        let key = if let Some(rest) = field.strip_prefix("options[") {
            // `options[B]` from the bank's checks, `options[1]` from the lint.
            let letter = match rest.chars().next().unwrap_or('a') {
                d @ '0'..='5' => LETTERS[usize::from(d as u8 - b'0')],
                c => c.to_ascii_lowercase(),
            };
            let lang = if field.rsplit('.').next() == Some("en") {
                "en"
            } else {
                "vi"
            };
            format!("option_{letter}_{lang}")
        } else {
            match field {
                // The number of options: no single cell to point at.
                "options" => return "option_a_vi … option_f_en".to_owned(),
                "source.document" => "document".to_owned(),
                "source.part.vi" => "reference_vi".to_owned(),
                "source.part.en" => "reference_en".to_owned(),
                other => other.replace('.', "_"),
            }
        };
        if key.is_empty() {
            String::new()
        } else {
            self.name(&key).to_owned()
        }
    }
}

/// A required cell left empty, said as such in both languages.
fn empty_cell(row: usize, column: &str) -> ImportError {
    ImportError::new(
        Some(row),
        column,
        "this cell is empty; every question needs it filled in",
        "ô này đang để trống; câu hỏi nào cũng phải điền ô này",
    )
}

/// `A, C`, `A;C` or `A C` → `A`, `C`.
fn split_list(cell: &str) -> impl Iterator<Item = &str> {
    cell.split([',', ';', ' ', '\n'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
}

#[cfg(test)]
mod tests;
