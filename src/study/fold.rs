//! Text folded for search: Vietnamese letters lose their diacritics and
//! case (`Hợp tác xã` → `hop tac xa`, `Đ` → `d`), whether typed
//! precomposed (NFC) or as a letter plus combining marks (NFD).
//!
//! A small table, not a Unicode crate or `char::to_lowercase`: their tables
//! would add tens of kilobytes to the wasm every player downloads, and the
//! study material is in Vietnamese and English only.

/// Each plain lower-case letter and the Vietnamese letters that fold to it.
const LETTERS: [(char, &str); 7] = [
    ('a', "àáảãạăằắẳẵặâầấẩẫậÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬ"),
    ('e', "èéẻẽẹêềếểễệÈÉẺẼẸÊỀẾỂỄỆ"),
    ('i', "ìíỉĩịÌÍỈĨỊ"),
    ('o', "òóỏõọôồốổỗộơờớởỡợÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢ"),
    ('u', "ùúủũụưừứửữựÙÚỦŨỤƯỪỨỬỮỰ"),
    ('y', "ỳýỷỹỵỲÝỶỸỴ"),
    ('d', "đĐ"),
];

/// Punctuation outside ASCII that the study texts use; it separates words.
const SEPARATORS: &str = "“”‘’–—…«»·\u{a0}";

/// Combining diacritical marks (U+0300–U+036F): what NFD input adds after
/// a base letter. Dropping them leaves the plain letter.
fn is_combining_mark(c: char) -> bool {
    ('\u{300}'..='\u{36f}').contains(&c)
}

fn fold_char(c: char) -> Option<char> {
    if c.is_ascii() {
        return Some(if c.is_ascii_alphanumeric() {
            c.to_ascii_lowercase()
        } else {
            ' '
        });
    }
    if is_combining_mark(c) {
        return None;
    }
    if SEPARATORS.contains(c) {
        return Some(' ');
    }
    Some(
        LETTERS
            .iter()
            .find(|(_, marked)| marked.contains(c))
            .map_or(c, |(plain, _)| *plain),
    )
}

/// `text` without diacritics, in lower case, with punctuation turned into
/// single spaces between words: "Hợp tác xã (kiểu mới)" → "hop tac xa kieu moi".
#[must_use]
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars().filter_map(fold_char) {
        if c != ' ' || !(out.is_empty() || out.ends_with(' ')) {
            out.push(c);
        }
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
}
