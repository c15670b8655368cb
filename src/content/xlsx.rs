//! Excel workbooks (`.xlsx`) in and out, for the organiser: the ranking
//! downloaded with a second sheet of units, and the first sheet of a
//! workbook read as rows of text (a Microsoft Forms export, a question
//! sheet).
//!
//! An `.xlsx` file is a ZIP archive of XML files. Only what these two jobs
//! need is here, written against the ECMA-376 layout: the ZIP container
//! (stored or deflated entries), the workbook's first sheet, shared and
//! inline strings, numbers. The deflate itself comes from `miniz_oxide`
//! (small, maintained, pure Rust); the full Excel crates were measured
//! and add far more to the wasm (BENCHMARKS.md). Pure.

// ZIP fields are 16 and 32 bits wide; sizes are checked against them
// where they are written.
#![allow(clippy::cast_possible_truncation)]

use std::fmt;

use crate::quiz::standings_table::{ranking_header, ranking_row, units_header, units_row, Cell};
use crate::quiz::verifier::Standings;

/// Why a workbook could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum XlsxError {
    /// Not a ZIP archive (not an `.xlsx` file, or cut short).
    NotZip,
    /// A ZIP archive without a workbook in it (another kind of file).
    NoWorkbook,
    /// A part is damaged or uses a compression this reader does not know.
    Damaged(String),
}

impl fmt::Display for XlsxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            XlsxError::NotZip => f.write_str("not an Excel workbook (.xlsx), or the file is cut short"),
            XlsxError::NoWorkbook => f.write_str("this archive holds no Excel workbook"),
            XlsxError::Damaged(part) => write!(f, "the workbook is damaged (part {part})"),
        }
    }
}

impl XlsxError {
    /// The problem in Vietnamese, for the organiser's screen.
    #[must_use]
    pub fn vietnamese(&self) -> String {
        match self {
            XlsxError::NotZip => "không phải tệp Excel (.xlsx), hoặc tệp bị thiếu".to_owned(),
            XlsxError::NoWorkbook => "tệp nén này không chứa bảng tính Excel".to_owned(),
            XlsxError::Damaged(part) => format!("bảng tính bị hỏng (phần {part})"),
        }
    }
}

// ---------------------------------------------------------------- ZIP --

/// A decompressed part larger than this is refused (a workbook of 100,000
/// form rows is about 30 MB of XML).
const MAX_PART: usize = 256 * 1024 * 1024;

fn u16_at(data: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes(data.get(at..at + 2)?.try_into().ok()?))
}

fn u32_at(data: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(data.get(at..at + 4)?.try_into().ok()?))
}

/// One entry of a ZIP archive's central directory.
struct ZipEntry<'a> {
    name: &'a str,
    method: u16,
    compressed: usize,
    local_header: usize,
}

fn zip_entries(data: &[u8]) -> Option<Vec<ZipEntry<'_>>> {
    // The end record is in the last 64 KiB + 22 bytes (a comment may follow it).
    let from = data.len().saturating_sub(65_557);
    let end = (from..data.len().saturating_sub(21))
        .rev()
        .find(|&i| data[i..i + 4] == [0x50, 0x4b, 0x05, 0x06])?;
    let count = usize::from(u16_at(data, end + 10)?);
    let mut at = u32_at(data, end + 16)? as usize;
    let mut entries = Vec::with_capacity(count);
    for _ in 0..count {
        if u32_at(data, at)? != 0x0201_4b50 {
            return None;
        }
        let name_len = usize::from(u16_at(data, at + 28)?);
        let extra_len = usize::from(u16_at(data, at + 30)?);
        let comment_len = usize::from(u16_at(data, at + 32)?);
        entries.push(ZipEntry {
            method: u16_at(data, at + 10)?,
            compressed: u32_at(data, at + 20)? as usize,
            local_header: u32_at(data, at + 42)? as usize,
            name: std::str::from_utf8(data.get(at + 46..at + 46 + name_len)?).ok()?,
        });
        at += 46 + name_len + extra_len + comment_len;
    }
    Some(entries)
}

/// The bytes of the part named `name` (`None` when there is no such part).
fn zip_part(data: &[u8], entries: &[ZipEntry<'_>], name: &str) -> Result<Option<Vec<u8>>, XlsxError> {
    let Some(entry) = entries.iter().find(|e| e.name.eq_ignore_ascii_case(name)) else {
        return Ok(None);
    };
    let damaged = || XlsxError::Damaged(name.to_owned());
    let at = entry.local_header;
    if u32_at(data, at) != Some(0x0403_4b50) {
        return Err(damaged());
    }
    let start = at
        + 30
        + usize::from(u16_at(data, at + 26).ok_or_else(damaged)?)
        + usize::from(u16_at(data, at + 28).ok_or_else(damaged)?);
    let body = data.get(start..start + entry.compressed).ok_or_else(damaged)?;
    match entry.method {
        0 => Ok(Some(body.to_vec())),
        8 => miniz_oxide::inflate::decompress_to_vec_with_limit(body, MAX_PART)
            .map(Some)
            .map_err(|_| damaged()),
        _ => Err(damaged()),
    }
}

/// The CRC-32 of what came before (`crc`, 0 at the start) and `data`.
fn crc32_update(crc: u32, data: &[u8]) -> u32 {
    let table: [u32; 256] = std::array::from_fn(|i| {
        (0..8).fold(
            i as u32,
            |c, _| if c & 1 == 1 { 0xEDB8_8320 ^ (c >> 1) } else { c >> 1 },
        )
    });
    !data
        .iter()
        .fold(!crc, |c, &b| table[((c ^ u32::from(b)) & 0xFF) as usize] ^ (c >> 8))
}

/// A part of the archive deflated as it comes, a piece at a time.
struct PartPacker {
    compressor: Box<miniz_oxide::deflate::core::CompressorOxide>,
    packed: Vec<u8>,
    crc: u32,
    len: usize,
}

/// A deflated part: what the archive's headers say of it, and its bytes.
struct Packed {
    bytes: Vec<u8>,
    crc: u32,
    len: usize,
}

impl PartPacker {
    fn new() -> PartPacker {
        use miniz_oxide::deflate::core::{create_comp_flags_from_zip_params, CompressorOxide};
        // Level 1: a ranking of 100,000 rows is 30 MB of XML; the fastest
        // level packs it within a few per cent of the default, several times faster.
        PartPacker {
            compressor: Box::new(CompressorOxide::new(create_comp_flags_from_zip_params(1, 0, 0))),
            packed: Vec::new(),
            crc: 0,
            len: 0,
        }
    }

    fn feed(&mut self, bytes: &[u8], last: bool) {
        use miniz_oxide::deflate::core::{compress_to_output, TDEFLFlush};
        self.crc = crc32_update(self.crc, bytes);
        self.len += bytes.len();
        let flush = if last { TDEFLFlush::Finish } else { TDEFLFlush::None };
        let packed = &mut self.packed;
        let _status = compress_to_output(&mut self.compressor, bytes, flush, |out| {
            packed.extend_from_slice(out);
            true
        });
    }

    fn finish(mut self) -> Packed {
        self.feed(&[], true);
        Packed {
            bytes: self.packed,
            crc: self.crc,
            len: self.len,
        }
    }
}

fn packed(content: &[u8]) -> Packed {
    let mut packer = PartPacker::new();
    packer.feed(content, false);
    packer.finish()
}

/// A ZIP archive of `(name, content)` parts, each deflated.
fn zip(parts: &[(&str, Packed)]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut central = Vec::new();
    for (name, part) in parts {
        let (packed, crc) = (&part.bytes, part.crc);
        let offset = out.len() as u32;
        // Local header: version 2.0, UTF-8 names (bit 11), deflate, a fixed
        // time (1980-01-01), so the same ranking makes the same file.
        let fields = |out: &mut Vec<u8>| {
            out.extend_from_slice(&20u16.to_le_bytes());
            out.extend_from_slice(&0x0800u16.to_le_bytes());
            out.extend_from_slice(&8u16.to_le_bytes());
            out.extend_from_slice(&0u16.to_le_bytes());
            out.extend_from_slice(&0x0021u16.to_le_bytes());
            out.extend_from_slice(&crc.to_le_bytes());
            out.extend_from_slice(&(packed.len() as u32).to_le_bytes());
            out.extend_from_slice(&(part.len as u32).to_le_bytes());
            out.extend_from_slice(&(name.len() as u16).to_le_bytes());
            out.extend_from_slice(&0u16.to_le_bytes());
        };
        out.extend_from_slice(&0x0403_4b50u32.to_le_bytes());
        fields(&mut out);
        out.extend_from_slice(name.as_bytes());
        out.extend_from_slice(packed);
        central.extend_from_slice(&0x0201_4b50u32.to_le_bytes());
        central.extend_from_slice(&20u16.to_le_bytes());
        fields(&mut central);
        // Comment length, disk, internal attributes (2 bytes each), external
        // attributes (4), then the local header's offset.
        central.extend_from_slice(&[0; 10]);
        central.extend_from_slice(&offset.to_le_bytes());
        central.extend_from_slice(name.as_bytes());
    }
    let central_at = out.len() as u32;
    out.extend_from_slice(&central);
    out.extend_from_slice(&0x0605_4b50u32.to_le_bytes());
    out.extend_from_slice(&[0; 4]);
    out.extend_from_slice(&(parts.len() as u16).to_le_bytes());
    out.extend_from_slice(&(parts.len() as u16).to_le_bytes());
    out.extend_from_slice(&(central.len() as u32).to_le_bytes());
    out.extend_from_slice(&central_at.to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes());
    out
}

// ---------------------------------------------------------------- XML --

/// The text of XML with its entities decoded (`&amp;`, `&#7843;`, ...).
fn unescape(text: &str, out: &mut String) {
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let Some(semi) = rest.find(';') else { break };
        let entity = &rest[1..semi];
        let decoded = match entity {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            _ => entity
                .strip_prefix("#x")
                .map(|hex| u32::from_str_radix(hex, 16))
                .or_else(|| entity.strip_prefix('#').map(str::parse))
                .and_then(Result::ok)
                .and_then(char::from_u32),
        };
        if let Some(c) = decoded {
            out.push(c);
            rest = &rest[semi + 1..];
        } else {
            out.push('&');
            rest = &rest[1..];
        }
    }
    out.push_str(rest);
}

/// Escapes text for XML, dropping characters XML 1.0 cannot hold.
fn escape(text: &str, out: &mut String) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if c < ' ' || c == '\u{fffe}' || c == '\u{ffff}' => {}
            c => out.push(c),
        }
    }
}

/// The value of attribute `name` in a start tag's text.
fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let mut rest = tag;
    loop {
        let at = rest.find(name)?;
        let before = rest[..at].chars().next_back();
        let after = &rest[at + name.len()..];
        if before.is_some_and(char::is_whitespace) {
            if let Some(value) = after.trim_start().strip_prefix('=') {
                let value = value.trim_start();
                let quote = value.chars().next()?;
                let value = &value[1..];
                return value.find(quote).map(|end| &value[..end]);
            }
        }
        rest = after;
    }
}

/// Each element named `tag` (`<tag ...>inner</tag>` or `<tag .../>`),
/// as (start tag text, inner text). Namespace prefixes (`x:c`) are allowed.
fn elements<'a>(xml: &'a str, tag: &'a str) -> impl Iterator<Item = (&'a str, &'a str)> + 'a {
    let mut rest = xml;
    std::iter::from_fn(move || loop {
        let open = rest.find('<')?;
        rest = &rest[open + 1..];
        let name_end = rest.find(|c: char| c.is_whitespace() || c == '>' || c == '/')?;
        let name = &rest[..name_end];
        let local = name.rsplit(':').next().unwrap_or(name);
        if local != tag || name.starts_with('/') {
            continue;
        }
        let close = rest.find('>')?;
        let start = &rest[..close];
        rest = &rest[close + 1..];
        if start.ends_with('/') {
            return Some((start, ""));
        }
        let end_tag = format!("</{name}>");
        let end = rest.find(&end_tag)?;
        let inner = &rest[..end];
        rest = &rest[end + end_tag.len()..];
        return Some((start, inner));
    })
}

/// The text of a string item (`<si>` or `<is>`): its `<t>` runs joined,
/// leaving out phonetic runs (`<rPh>`).
fn string_item(inner: &str, out: &mut String) {
    let mut rest = inner;
    while let Some(at) = rest.find("<rPh") {
        // Drop phonetic guides (Japanese readings) before collecting text.
        let end = rest[at..].find("</rPh>").map_or(rest.len(), |e| at + e + 6);
        for (_, text) in elements(&rest[..at], "t") {
            unescape(text, out);
        }
        rest = &rest[end..];
    }
    for (_, text) in elements(rest, "t") {
        unescape(text, out);
    }
}

/// The 0-based column of a cell reference (`C7` → 2).
fn column_of(reference: &str) -> Option<usize> {
    let letters: Vec<u8> = reference.bytes().take_while(u8::is_ascii_alphabetic).collect();
    if letters.is_empty() || letters.len() > 3 {
        return None;
    }
    Some(
        letters
            .iter()
            .fold(0, |n, b| n * 26 + usize::from(b.to_ascii_uppercase() - b'A' + 1))
            - 1,
    )
}

fn text_part(data: &[u8], entries: &[ZipEntry<'_>], name: &str) -> Result<Option<String>, XlsxError> {
    zip_part(data, entries, name)?
        .map(|bytes| String::from_utf8(bytes).map_err(|_| XlsxError::Damaged(name.to_owned())))
        .transpose()
}

/// The path of the workbook's sheet `index` (0 = first, in the order the
/// tabs show), from the workbook and its relationships
/// (`xl/worksheets/sheet1.xml` in most files, not all).
fn sheet_path(data: &[u8], entries: &[ZipEntry<'_>], index: usize) -> Result<String, XlsxError> {
    let workbook = text_part(data, entries, "xl/workbook.xml")?.ok_or(XlsxError::NoWorkbook)?;
    let rels = text_part(data, entries, "xl/_rels/workbook.xml.rels")?.unwrap_or_default();
    let id = elements(&workbook, "sheet")
        .nth(index)
        .and_then(|(tag, _)| attribute(tag, "r:id").map(str::to_owned));
    let target = id.and_then(|id| {
        elements(&rels, "Relationship")
            .find(|(tag, _)| attribute(tag, "Id") == Some(id.as_str()))
            .and_then(|(tag, _)| attribute(tag, "Target").map(str::to_owned))
    });
    Ok(match target {
        Some(t) if t.starts_with('/') => t.trim_start_matches('/').to_owned(),
        Some(t) => format!("xl/{t}"),
        None => format!("xl/worksheets/sheet{}.xml", index + 1),
    })
}

/// The first sheet of a workbook as rows of text, each with its 1-based
/// row number; numbers as written in the file (`1990`, `46085.58`), cells
/// left out by the file as empty text. Rows with no text are left out.
pub fn read_first_sheet(data: &[u8]) -> Result<Vec<(usize, Vec<String>)>, XlsxError> {
    read_sheet(data, 0)
}

/// Sheet `index` (0 = first tab) of a workbook, as [`read_first_sheet`] reads it.
pub fn read_sheet(data: &[u8], index: usize) -> Result<Vec<(usize, Vec<String>)>, XlsxError> {
    let entries = zip_entries(data).ok_or(XlsxError::NotZip)?;
    let sheet_path = sheet_path(data, &entries, index)?;
    let sheet = text_part(data, &entries, &sheet_path)?.ok_or_else(|| XlsxError::Damaged(sheet_path.clone()))?;
    let shared_xml = text_part(data, &entries, "xl/sharedStrings.xml")?.unwrap_or_default();
    let shared: Vec<String> = elements(&shared_xml, "si")
        .map(|(_, inner)| {
            let mut text = String::new();
            string_item(inner, &mut text);
            text
        })
        .collect();
    let mut rows = Vec::new();
    for (number, (row_tag, row_inner)) in elements(&sheet, "row").enumerate() {
        let row = attribute(row_tag, "r")
            .and_then(|r| r.parse().ok())
            .unwrap_or(number + 1);
        let mut cells: Vec<String> = Vec::new();
        for (cell_tag, inner) in elements(row_inner, "c") {
            let column = attribute(cell_tag, "r").and_then(column_of).unwrap_or(cells.len());
            let mut text = String::new();
            match attribute(cell_tag, "t") {
                Some("inlineStr") => {
                    if let Some((_, is)) = elements(inner, "is").next() {
                        string_item(is, &mut text);
                    }
                }
                kind => {
                    if let Some((_, value)) = elements(inner, "v").next() {
                        if kind == Some("s") {
                            let index: usize = value
                                .trim()
                                .parse()
                                .map_err(|_| XlsxError::Damaged(sheet_path.clone()))?;
                            text.push_str(shared.get(index).map_or("", String::as_str));
                        } else {
                            unescape(value, &mut text);
                        }
                    }
                }
            }
            if column >= 16_384 {
                return Err(XlsxError::Damaged(sheet_path));
            }
            if cells.len() <= column {
                cells.resize(column + 1, String::new());
            }
            cells[column] = text;
        }
        if cells.iter().any(|c| !c.trim().is_empty()) {
            rows.push((row, cells));
        }
    }
    Ok(rows)
}

// ------------------------------------------------------------ writing --

/// One sheet to write: its name and its rows (the first is the header).
pub struct Sheet<'a> {
    pub name: &'a str,
    pub rows: Vec<Vec<Cell<'a>>>,
    /// Column widths in characters.
    pub widths: &'a [u8],
}

fn column_name(mut index: usize, out: &mut String) {
    let mut letters = [0u8; 3];
    let mut n = 0;
    loop {
        letters[n] = b'A' + (index % 26) as u8;
        n += 1;
        if index < 26 {
            break;
        }
        index = index / 26 - 1;
    }
    for &b in letters[..n].iter().rev() {
        out.push(char::from(b));
    }
}

/// A sheet's XML before its first row.
fn sheet_head(widths: &[u8], out: &mut String) {
    use std::fmt::Write as _;
    out.push_str(r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>"#);
    if !widths.is_empty() {
        out.push_str("<cols>");
        for (i, width) in widths.iter().enumerate() {
            let _ = write!(
                out,
                r#"<col min="{n}" max="{n}" width="{width}" customWidth="1"/>"#,
                n = i + 1
            );
        }
        out.push_str("</cols>");
    }
    out.push_str("<sheetData>");
}

/// Row `r` (0-based; the first is the bold header) of a sheet's XML.
fn sheet_row(r: usize, row: &[Cell<'_>], out: &mut String, scratch: &mut String) {
    use std::fmt::Write as _;
    let _ = write!(out, r#"<row r="{}">"#, r + 1);
    for (c, cell) in row.iter().enumerate() {
        if matches!(cell, Cell::Empty) {
            continue;
        }
        out.push_str("<c r=\"");
        column_name(c, out);
        let _ = write!(out, "{}\"", r + 1);
        // The header row is bold (style 1 in styles.xml).
        if r == 0 {
            out.push_str(r#" s="1""#);
        }
        if let Cell::Number(n) = cell {
            let _ = write!(out, "><v>{n}</v></c>");
        } else {
            // Inline strings: text is never read as a formula.
            scratch.clear();
            cell.write_text(scratch);
            out.push_str(r#" t="inlineStr"><is><t xml:space="preserve">"#);
            escape(scratch, out);
            out.push_str("</t></is></c>");
        }
    }
    out.push_str("</row>");
}

const SHEET_TAIL: &str = "</sheetData></worksheet>";

/// A workbook written a row at a time, each sheet deflated as its XML
/// grows: a page can write 100,000 rows in short steps with a pause
/// between them, and never holds the sheet's whole XML.
pub struct WorkbookWriter {
    names: Vec<String>,
    sheets: Vec<Packed>,
    current: Option<SheetWriter>,
    scratch: String,
}

struct SheetWriter {
    xml: String,
    rows: usize,
    packer: PartPacker,
}

/// XML gathered before it is deflated.
const XML_PIECE: usize = 64 * 1024;

impl Default for WorkbookWriter {
    fn default() -> Self {
        WorkbookWriter::new()
    }
}

impl WorkbookWriter {
    #[must_use]
    pub fn new() -> WorkbookWriter {
        WorkbookWriter {
            names: Vec::new(),
            sheets: Vec::new(),
            current: None,
            scratch: String::new(),
        }
    }

    /// Starts the next sheet (the one before is done); its first row is
    /// the header. `widths`: column widths in characters.
    pub fn start_sheet(&mut self, name: &str, widths: &[u8]) {
        self.end_sheet();
        let mut xml = String::with_capacity(XML_PIECE + 4096);
        sheet_head(widths, &mut xml);
        self.names.push(name.to_owned());
        self.current = Some(SheetWriter {
            xml,
            rows: 0,
            packer: PartPacker::new(),
        });
    }

    /// Adds a row to the current sheet (none started: a sheet named "1").
    pub fn push_row(&mut self, cells: &[Cell<'_>]) {
        if self.current.is_none() {
            self.start_sheet("1", &[]);
        }
        let Some(sheet) = self.current.as_mut() else { return };
        sheet_row(sheet.rows, cells, &mut sheet.xml, &mut self.scratch);
        sheet.rows += 1;
        if sheet.xml.len() >= XML_PIECE {
            sheet.packer.feed(sheet.xml.as_bytes(), false);
            sheet.xml.clear();
        }
    }

    fn end_sheet(&mut self) {
        if let Some(mut sheet) = self.current.take() {
            sheet.xml.push_str(SHEET_TAIL);
            sheet.packer.feed(sheet.xml.as_bytes(), false);
            self.sheets.push(sheet.packer.finish());
        }
    }

    /// The workbook, as `.xlsx` bytes.
    #[must_use]
    pub fn finish(mut self) -> Vec<u8> {
        self.end_sheet();
        workbook_of(&self.names, self.sheets)
    }
}

/// A workbook of these sheets, as `.xlsx` bytes.
#[must_use]
pub fn write_workbook(sheets: &[Sheet<'_>]) -> Vec<u8> {
    let mut writer = WorkbookWriter::new();
    for sheet in sheets {
        writer.start_sheet(sheet.name, sheet.widths);
        for row in &sheet.rows {
            writer.push_row(row);
        }
    }
    writer.finish()
}

/// The archive around sheets already deflated, named in order.
fn workbook_of(names: &[String], sheets: Vec<Packed>) -> Vec<u8> {
    use std::fmt::Write as _;
    let mut types = String::from(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>"#,
    );
    let mut workbook = String::from(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>"#,
    );
    let mut rels = String::from(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#,
    );
    let mut sheet_names: Vec<String> = Vec::new();
    for (i, sheet_name) in names.iter().enumerate() {
        let n = i + 1;
        let _ = write!(
            types,
            r#"<Override PartName="/xl/worksheets/sheet{n}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"#
        );
        workbook.push_str("<sheet name=\"");
        // Excel limits sheet names to 31 characters and forbids : \ / ? * [ ].
        let name: String = sheet_name
            .chars()
            .filter(|c| !":\\/?*[]".contains(*c))
            .take(31)
            .collect();
        escape(&name, &mut workbook);
        let _ = write!(workbook, r#"" sheetId="{n}" r:id="rId{n}"/>"#);
        let _ = write!(
            rels,
            r#"<Relationship Id="rId{n}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{n}.xml"/>"#
        );
        sheet_names.push(format!("xl/worksheets/sheet{n}.xml"));
    }
    types.push_str("</Types>");
    workbook.push_str("</sheets></workbook>");
    let _ = write!(
        rels,
        r#"<Relationship Id="rId{}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>"#,
        names.len() + 1
    );
    let styles = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>"#;
    let root_rels = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#;
    let mut all: Vec<(&str, Packed)> = vec![
        ("[Content_Types].xml", packed(types.as_bytes())),
        ("_rels/.rels", packed(root_rels.as_bytes())),
        ("xl/workbook.xml", packed(workbook.as_bytes())),
        ("xl/_rels/workbook.xml.rels", packed(rels.as_bytes())),
        ("xl/styles.xml", packed(styles.as_bytes())),
    ];
    all.extend(sheet_names.iter().map(String::as_str).zip(sheets));
    zip(&all)
}

/// The ranking as a workbook: the ranking sheet, then players per unit.
#[must_use]
pub fn ranking_workbook(standings: &Standings<'_>, vietnamese: bool) -> Vec<u8> {
    let mut ranking: Vec<Vec<Cell<'_>>> = Vec::with_capacity(standings.placed.len() + 1);
    ranking.push(ranking_header(vietnamese).map(Cell::Text).to_vec());
    ranking.extend(standings.placed.iter().map(|p| ranking_row(p).to_vec()));
    let mut units: Vec<Vec<Cell<'_>>> = vec![units_header(vietnamese).map(Cell::Text).to_vec()];
    units.extend(standings.units.iter().map(|u| units_row(u).to_vec()));
    let (first, second) = ranking_sheet_names(vietnamese);
    write_workbook(&[
        Sheet {
            name: first,
            rows: ranking,
            widths: RANKING_WIDTHS,
        },
        Sheet {
            name: second,
            rows: units,
            widths: UNITS_WIDTHS,
        },
    ])
}

/// The ranking workbook's sheets: the ranking, then players per unit.
#[must_use]
pub fn ranking_sheet_names(vietnamese: bool) -> (&'static str, &'static str) {
    if vietnamese {
        ("Xếp hạng", "Đơn vị")
    } else {
        ("Ranking", "Units")
    }
}

/// Column widths of the ranking sheet (`ranking_row`'s columns).
pub const RANKING_WIDTHS: &[u8] = &[7, 28, 28, 9, 11, 11, 10, 14, 12, 6, 20, 70, 8];
/// Column widths of the units sheet.
pub const UNITS_WIDTHS: &[u8] = &[36, 16];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::form_export::FormExport;
    use crate::quiz::contest::{day_number, ContestRules};
    use crate::quiz::fixture;
    use crate::quiz::sample_codes::sample_codes;
    use crate::quiz::verifier::{Verifier, VerifyOptions};

    fn fixture_file(name: &str) -> Vec<u8> {
        std::fs::read(format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
    }

    fn texts(rows: &[(usize, Vec<String>)]) -> Vec<(usize, Vec<&str>)> {
        rows.iter()
            .map(|(r, cells)| (*r, cells.iter().map(String::as_str).collect()))
            .collect()
    }

    #[test]
    fn a_workbook_made_by_openpyxl_reads_with_inline_and_rich_text_and_gaps() {
        let rows = read_first_sheet(&fixture_file("forms-export.xlsx")).unwrap();
        let rows = texts(&rows);
        assert_eq!(
            rows.len(),
            4,
            "the empty row 4 is left out; the second sheet is not read"
        );
        assert_eq!(rows[0].1[5], "Họ và tên");
        assert_eq!(rows[1].1[0], "1");
        assert_eq!(rows[1].1[4], "", "a cell the file leaves out is empty");
        assert_eq!(rows[1].1[6], "Xã A, huyện B");
        assert_eq!(rows[2].1[5], "Trần Bình", "rich text runs joined");
        assert_eq!(rows[2].1[6], "HTX <Đoàn> & \"Hội\"", "entities decoded");
        assert_eq!(
            rows[3],
            (5, vec!["3", "", "", "", "", "Phạm Chi", "Xã C", "HTX1-CCCCC"])
        );
        assert_eq!(
            texts(&read_sheet(&fixture_file("forms-export.xlsx"), 1).unwrap())[0].1,
            ["this second sheet is not read"]
        );
    }

    #[test]
    fn a_microsoft_forms_workbook_gives_entries_with_the_completion_time() {
        let rows = read_first_sheet(&fixture_file("forms-export.xlsx")).unwrap();
        let mut export = FormExport::from_rows(rows);
        assert_eq!((export.columns().timestamp, export.columns().name), (Some(2), Some(5)));
        let rules = ContestRules {
            questions: 5,
            time_limit_ms: 300_000,
            topics: Vec::new(),
            difficulty: None,
            ranking: crate::quiz::ranking::USUAL.to_vec(),
        };
        let mut verifier = Verifier::new(&fixture::bank(10), &rules, VerifyOptions::default());
        assert!(export.feed(&mut verifier, 100).unwrap().finished);
        let checked = verifier.finish();
        let entries: Vec<_> = checked
            .flagged()
            .map(|(e, _)| (e.line, e.name, e.unit, e.submitted))
            .collect();
        let at = u32::try_from(day_number(2026, 11, 25) * 86_400 + 14 * 3600 + 3 * 60 + 22).unwrap();
        assert_eq!(entries[0], (2, "Lê Thị Ánh", "Xã A, huyện B", Some(at)));
        assert_eq!(entries.len(), 3);
    }

    #[test]
    fn a_workbook_made_by_xlsxwriter_reads_its_shared_strings() {
        let rows = read_first_sheet(&fixture_file("shared-strings.xlsx")).unwrap();
        assert_eq!(
            texts(&rows),
            [
                (
                    1,
                    vec!["Dấu thời gian", "Họ và tên", "Năm sinh", "Đơn vị", "Mã kết quả"]
                ),
                (
                    2,
                    vec!["25/11/2026 14:03:22", "Lê Thị Ánh", "1990", "Xã A", "HTX1-AAAAA"]
                ),
                (
                    3,
                    vec!["25/11/2026 14:05:00", "Lê Thị Ánh", "1990.5", "Xã A", "HTX1-AAAAA"]
                ),
                (4, vec!["", "Trần Bình", "", "", "HTX1-BBBBB"]),
            ]
        );
    }

    #[test]
    fn the_ranking_workbook_reads_back_as_the_csv_says_with_units_on_sheet_two() {
        let bank = fixture::bank(40);
        let rules = ContestRules {
            questions: 5,
            time_limit_ms: 300_000,
            topics: Vec::new(),
            difficulty: None,
            ranking: crate::quiz::ranking::USUAL.to_vec(),
        };
        let lines = sample_codes(&bank, &rules, 300, 3, 3, 5);
        let text = crate::quiz::sample_codes::form_csv(&lines);
        let mut export = FormExport::from_csv(&text).unwrap();
        let mut verifier = Verifier::new(&bank, &rules, VerifyOptions::default());
        while !export.feed(&mut verifier, 50).unwrap().finished {}
        let checked = verifier.finish();
        let standings = checked.standings(1, checked.perfect_count(1));
        let book = ranking_workbook(&standings, true);
        let sheet = read_first_sheet(&book).unwrap();
        let csv = crate::quiz::standings_table::ranking_csv(&standings, true);
        let csv_rows = crate::content::csv::read_csv(&csv).unwrap();
        assert_eq!(sheet.len(), 295);
        assert_eq!(sheet.len(), csv_rows.len());
        for ((row, cells), record) in sheet.iter().zip(&csv_rows) {
            assert_eq!(*row, record.row);
            assert_eq!(cells, &record.cells);
        }
        let units = read_sheet(&book, 1).unwrap();
        assert_eq!(units[0].1, ["Đơn vị", "Số người dự thi"]);
        let counted: usize = units[1..].iter().map(|(_, c)| c[1].parse::<usize>().unwrap()).sum();
        assert_eq!(counted, 294, "every ranked player is in a unit's count");
    }

    #[test]
    fn a_sheet_written_row_by_row_in_many_deflated_pieces_reads_back_whole() {
        // 6,000 rows are about 10 times the XML gathered before each deflate.
        let mut writer = WorkbookWriter::new();
        writer.start_sheet("Xếp hạng", &[8, 30]);
        writer.push_row(&[Cell::Text("Hạng"), Cell::Text("Họ và tên")]);
        let names: Vec<String> = (0..6_000).map(|i| format!("Người số {i} <&>")).collect();
        for (i, name) in names.iter().enumerate() {
            writer.push_row(&[Cell::Number(i as u64 + 1), Cell::Text(name)]);
        }
        writer.start_sheet("Đơn vị", &[]);
        writer.push_row(&[Cell::Text("Đơn vị")]);
        let bytes = writer.finish();
        let rows = read_first_sheet(&bytes).unwrap();
        assert_eq!(rows.len(), 6_001);
        assert_eq!(rows[6_000].1, vec!["6000".to_owned(), "Người số 5999 <&>".to_owned()]);
        assert_eq!(read_sheet(&bytes, 1).unwrap()[0].1, vec!["Đơn vị".to_owned()]);
    }

    #[test]
    fn awkward_text_survives_a_round_trip() {
        let book = write_workbook(&[Sheet {
            name: "A/B: [x]",
            rows: vec![
                vec![
                    Cell::Text("=1+1"),
                    Cell::Text("a < b & \"c\""),
                    Cell::Empty,
                    Cell::Number(42),
                ],
                vec![
                    Cell::Text("  spaced  "),
                    Cell::Text("line\nbreak\u{1}"),
                    Cell::Day(1_059),
                    Cell::Moment(86_400 + 61),
                ],
            ],
            widths: &[],
        }]);
        let rows = read_first_sheet(&book).unwrap();
        assert_eq!(
            texts(&rows),
            [
                (1, vec!["=1+1", "a < b & \"c\"", "", "42"]),
                (
                    2,
                    vec!["  spaced  ", "line\nbreak", "2026-11-25", "2024-01-02 00:01:01"]
                ),
            ]
        );
        assert_eq!(
            book,
            write_workbook(&[Sheet {
                name: "A/B: [x]",
                rows: vec![
                    vec![
                        Cell::Text("=1+1"),
                        Cell::Text("a < b & \"c\""),
                        Cell::Empty,
                        Cell::Number(42)
                    ],
                    vec![
                        Cell::Text("  spaced  "),
                        Cell::Text("line\nbreak\u{1}"),
                        Cell::Day(1_059),
                        Cell::Moment(86_400 + 61)
                    ]
                ],
                widths: &[]
            }]),
            "the same sheet makes the same bytes"
        );
    }

    #[test]
    fn files_that_are_not_workbooks_say_why() {
        assert_eq!(read_first_sheet(b"Ho ten,Ma\nLe An,HTX1"), Err(XlsxError::NotZip));
        let not_a_workbook = zip(&[("readme.txt", packed(b"hello"))]);
        assert_eq!(read_first_sheet(&not_a_workbook), Err(XlsxError::NoWorkbook));
        let book = fixture_file("forms-export.xlsx");
        assert_eq!(
            read_first_sheet(&book[..book.len() / 2]),
            Err(XlsxError::NotZip),
            "cut short"
        );
        let mut damaged = book.clone();
        let middle = damaged.len() / 3;
        damaged[middle..middle + 200].fill(0x55);
        assert!(
            read_first_sheet(&damaged).is_err(),
            "a damaged part is an error, not a panic"
        );
    }
}
