//! The organiser's branding (`static/branding.json`, optional): title,
//! subtitle, organiser name, logo, main colour and footer. Every value is
//! checked and every problem listed, in the bank's words (`ContentError`),
//! so the app, the command-line check and the docs agree. Pure: no web
//! dependency.

use crate::json::{Map, Value};

use super::{ContentError, Place};
use crate::quiz::{Lang, Localized};

/// What an organiser may set. Missing values keep the app's own.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Branding {
    /// Replaces the app's title on the start screen and the browser tab.
    pub title: Option<Localized>,
    /// A line under the title.
    pub subtitle: Option<Localized>,
    /// Who runs the quiz, shown in the header.
    pub organiser: Option<Localized>,
    /// A path under `static/`, shown in the header.
    pub logo: Option<String>,
    /// `#rrggbb`, lower case: the header and main buttons (light theme).
    pub colour: Option<String>,
    /// Replaces the footer line (e.g. contact details).
    pub footer: Option<Localized>,
}

/// The smallest contrast of white text on the main colour: WCAG AA for
/// normal text.
pub const MIN_CONTRAST_HUNDREDTHS: u32 = 450;

const TEXTS: [(&str, usize); 4] = [("title", 100), ("subtitle", 200), ("organiser", 120), ("footer", 400)];
const KEYS: &str = "title, subtitle, organiser, logo, colour, footer";
const IMAGE_TYPES: [&str; 5] = [".png", ".svg", ".jpg", ".jpeg", ".webp"];

/// Reads and checks a branding file.
pub fn parse_branding(text: &str) -> Result<Branding, Vec<ContentError>> {
    let root = super::read::read_root(text)?;
    let mut errors = Vec::new();
    let mut branding = Branding::default();
    // In the order of the keys' names, as problems were always listed.
    // (Inserted in place: a handful of keys, and no sort to link.)
    let mut members: Vec<(&str, &Value)> = Vec::new();
    for (key, value) in root.iter() {
        members.insert(members.partition_point(|(other, _)| *other <= key), (key, value));
    }
    for (key, value) in members {
        match key {
            "logo" => branding.logo = read_logo(value, &mut errors),
            "colour" | "color" => branding.colour = read_colour(key, value, &mut errors),
            key => match TEXTS.iter().find(|(name, _)| *name == key) {
                Some((name, max)) => {
                    let read = read_text(name, *max, value, &mut errors);
                    match *name {
                        "title" => branding.title = read,
                        "subtitle" => branding.subtitle = read,
                        "organiser" => branding.organiser = read,
                        _ => branding.footer = read,
                    }
                }
                None => errors.push(problem(
                    key,
                    format!("unknown key; allowed: {KEYS}"),
                    format!("khóa không hợp lệ; chỉ được dùng: {KEYS}"),
                )),
            },
        }
    }
    if errors.is_empty() {
        Ok(branding)
    } else {
        Err(errors)
    }
}

fn problem(field: &str, en: impl Into<String>, vi: impl Into<String>) -> ContentError {
    ContentError::new(&Place::File, field, en, vi)
}

/// A text in both languages: one string for both, or `{ "vi": …, "en": … }`.
fn read_text(key: &str, max: usize, value: &Value, errors: &mut Vec<ContentError>) -> Option<Localized> {
    let (vi, en) = match value {
        Value::Null => return None,
        Value::String(s) => (s.as_str(), s.as_str()),
        Value::Object(map) if map.len() == 2 && both(map).is_some() => both(map)?,
        _ => {
            errors.push(problem(
                key,
                "must be a text \"…\" or { \"vi\": \"…\", \"en\": \"…\" }",
                "phải là một chuỗi \"…\" hoặc { \"vi\": \"…\", \"en\": \"…\" }",
            ));
            return None;
        }
    };
    for (lang, text) in [(Lang::Vi, vi), (Lang::En, en)] {
        let field = if vi == en {
            key.to_owned()
        } else {
            format!("{key}.{}", lang.code())
        };
        let length = text.chars().count();
        if text.trim().is_empty() {
            errors.push(problem(&field, "empty text", "chưa có nội dung"));
        } else if length > max {
            errors.push(problem(
                &field,
                format!("{length} characters; at most {max}"),
                format!("dài {length} ký tự; tối đa {max} ký tự"),
            ));
        }
        if vi == en {
            break;
        }
    }
    Some(Localized::new(vi.trim(), en.trim()))
}

fn both(map: &Map) -> Option<(&str, &str)> {
    Some((map.get("vi")?.as_str()?, map.get("en")?.as_str()?))
}

fn read_logo(value: &Value, errors: &mut Vec<ContentError>) -> Option<String> {
    let path = match value {
        Value::Null => return None,
        Value::String(path) => path.trim(),
        _ => "",
    };
    let lower = path.to_ascii_lowercase();
    let inside = path.starts_with("static/") && !path.contains("..") && !path.contains(['\\', '?', '#', ':']);
    if !inside || !IMAGE_TYPES.iter().any(|t| lower.ends_with(t)) {
        errors.push(problem(
            "logo",
            "must be the path of an image file under static/, e.g. \"static/logo.png\" (.png, .svg, .jpg or .webp)",
            "phải là đường dẫn tới một tệp ảnh trong thư mục static/, ví dụ \"static/logo.png\" (.png, .svg, .jpg hoặc .webp)",
        ));
        return None;
    }
    Some(path.to_owned())
}

fn read_colour(key: &str, value: &Value, errors: &mut Vec<ContentError>) -> Option<String> {
    if value.is_null() {
        return None;
    }
    let Some(rgb) = value.as_str().and_then(parse_hex) else {
        errors.push(problem(
            key,
            format!("{value} is not a colour; write it as #rrggbb, e.g. \"#0b5d3b\""),
            format!("{value} không phải mã màu; ghi theo dạng #rrggbb, ví dụ \"#0b5d3b\""),
        ));
        return None;
    };
    let ratio = white_contrast_hundredths(rgb);
    if ratio < MIN_CONTRAST_HUNDREDTHS {
        let shown = format!("{}.{:02}", ratio / 100, ratio % 100);
        errors.push(problem(
            key,
            format!(
                "white text on {value} has a contrast of {shown}:1; it needs at least 4.5:1, so choose a darker colour"
            ),
            format!(
                "chữ trắng trên nền {value} chỉ có độ tương phản {shown}:1; cần ít nhất 4.5:1, hãy chọn màu đậm hơn"
            ),
        ));
        return None;
    }
    value.as_str().map(str::to_ascii_lowercase)
}

/// `#rrggbb` → (r, g, b).
#[must_use]
pub fn parse_hex(text: &str) -> Option<(u8, u8, u8)> {
    let hex = text.strip_prefix('#')?;
    if hex.len() != 6 || !hex.chars().all(|c| c.is_ascii_hexdigit()) {
        return None;
    }
    let byte = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok();
    Some((byte(0)?, byte(2)?, byte(4)?))
}

/// The WCAG contrast ratio of white text on `rgb`, in hundredths, rounded
/// down (so 4.499 fails 4.5). Integer arithmetic on a table of linear
/// values: floating-point `powf` and float formatting would add kilobytes
/// to the wasm for one check.
#[must_use]
pub fn white_contrast_hundredths((r, g, b): (u8, u8, u8)) -> u32 {
    let linear = |c: u8| u64::from(LINEAR[usize::from(c)]);
    // Relative luminance in millionths.
    let luminance = (2126 * linear(r) + 7152 * linear(g) + 722 * linear(b)) / 10_000;
    let ratio = (1_000_000 + 50_000) * 100 / (luminance + 50_000);
    u32::try_from(ratio).unwrap_or(u32::MAX)
}

/// sRGB channel value → linear light, in millionths (WCAG 2 formula;
/// generated, and checked against the formula by a test).
#[allow(clippy::unreadable_literal)] // a generated table: separators would not help anyone read it
const LINEAR: [u32; 256] = [
    0, 304, 607, 911, 1214, 1518, 1821, 2125, 2428, 2732, 3035, 3347, 3677, 4025, 4391, 4777, 5182, 5605, 6049, 6512,
    6995, 7499, 8023, 8568, 9134, 9721, 10330, 10960, 11612, 12286, 12983, 13702, 14444, 15209, 15996, 16807, 17642,
    18500, 19382, 20289, 21219, 22174, 23153, 24158, 25187, 26241, 27321, 28426, 29557, 30713, 31896, 33105, 34340,
    35601, 36889, 38204, 39546, 40915, 42311, 43735, 45186, 46665, 48172, 49707, 51269, 52861, 54480, 56128, 57805,
    59511, 61246, 63010, 64803, 66626, 68478, 70360, 72272, 74214, 76185, 78187, 80220, 82283, 84376, 86500, 88656,
    90842, 93059, 95307, 97587, 99899, 102242, 104616, 107023, 109462, 111932, 114435, 116971, 119538, 122139, 124772,
    127438, 130136, 132868, 135633, 138432, 141263, 144128, 147027, 149960, 152926, 155926, 158961, 162029, 165132,
    168269, 171441, 174647, 177888, 181164, 184475, 187821, 191202, 194618, 198069, 201556, 205079, 208637, 212231,
    215861, 219526, 223228, 226966, 230740, 234551, 238398, 242281, 246201, 250158, 254152, 258183, 262251, 266356,
    270498, 274677, 278894, 283149, 287441, 291771, 296138, 300544, 304987, 309469, 313989, 318547, 323143, 327778,
    332452, 337164, 341914, 346704, 351533, 356400, 361307, 366253, 371238, 376262, 381326, 386429, 391572, 396755,
    401978, 407240, 412543, 417885, 423268, 428690, 434154, 439657, 445201, 450786, 456411, 462077, 467784, 473531,
    479320, 485150, 491021, 496933, 502886, 508881, 514918, 520996, 527115, 533276, 539479, 545724, 552011, 558340,
    564712, 571125, 577580, 584078, 590619, 597202, 603827, 610496, 617207, 623960, 630757, 637597, 644480, 651406,
    658375, 665387, 672443, 679542, 686685, 693872, 701102, 708376, 715694, 723055, 730461, 737910, 745404, 752942,
    760525, 768151, 775822, 783538, 791298, 799103, 806952, 814847, 822786, 830770, 838799, 846873, 854993, 863157,
    871367, 879622, 887923, 896269, 904661, 913099, 921582, 930111, 938686, 947307, 955973, 964686, 973445, 982251,
    991102, 1000000,
];

#[cfg(test)]
mod tests {
    use super::*;

    fn problems(text: &str) -> Vec<String> {
        parse_branding(text)
            .unwrap_err()
            .iter()
            .map(|e| e.describe(Lang::En))
            .collect()
    }

    /// The WCAG formula in floating point, to check the table against.
    fn reference_ratio((r, g, b): (u8, u8, u8)) -> f64 {
        let lin = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        let l = 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
        1.05 / (l + 0.05)
    }

    #[test]
    fn contrast_matches_the_wcag_formula() {
        for rgb in [
            (0, 0, 0),
            (255, 255, 255),
            (11, 93, 59),
            (118, 118, 118),
            (119, 119, 119),
            (200, 30, 30),
            (0, 0, 255),
        ] {
            let ours = f64::from(white_contrast_hundredths(rgb)) / 100.0;
            let exact = reference_ratio(rgb);
            assert!(ours <= exact && exact - ours < 0.011, "{rgb:?}: {ours} vs {exact}");
        }
        // #767676 is the lightest grey that passes on white; #777777 fails.
        assert!(white_contrast_hundredths((0x76, 0x76, 0x76)) >= MIN_CONTRAST_HUNDREDTHS);
        assert!(white_contrast_hundredths((0x77, 0x77, 0x77)) < MIN_CONTRAST_HUNDREDTHS);
    }

    #[test]
    fn a_full_file_is_read() {
        let branding = parse_branding(
            r##"{
              "title": { "vi": "Hội thi tìm hiểu Hợp tác xã", "en": "Cooperative quiz contest" },
              "subtitle": "Tỉnh Phú Thọ 2026",
              "organiser": "Liên minh Hợp tác xã tỉnh",
              "logo": "static/logo.png",
              "colour": "#8B1A1A",
              "footer": "Liên hệ: 0210 123 456"
            }"##,
        )
        .unwrap();
        assert_eq!(branding.title.unwrap().get(Lang::En), "Cooperative quiz contest");
        assert_eq!(branding.subtitle.unwrap().get(Lang::En), "Tỉnh Phú Thọ 2026");
        assert_eq!(branding.logo.as_deref(), Some("static/logo.png"));
        assert_eq!(branding.colour.as_deref(), Some("#8b1a1a"));
        assert_eq!(parse_branding("{}").unwrap(), Branding::default());
        assert_eq!(
            parse_branding(r##"{"color": "#000000"}"##).unwrap().colour.as_deref(),
            Some("#000000")
        );
    }

    #[test]
    fn bad_values_are_each_named() {
        let found = problems(
            r##"{ "title": "", "subtitle": 5, "logo": "https://example.com/logo.png",
                  "colour": "#ffcc00", "footer": { "vi": "Liên hệ" }, "theme": "dark" }"##,
        );
        assert_eq!(
            found,
            [
                "file, field \"colour\": white text on \"#ffcc00\" has a contrast of 1.51:1; it needs at least 4.5:1, so choose a darker colour",
                "file, field \"footer\": must be a text \"…\" or { \"vi\": \"…\", \"en\": \"…\" }",
                "file, field \"logo\": must be the path of an image file under static/, e.g. \"static/logo.png\" (.png, .svg, .jpg or .webp)",
                "file, field \"subtitle\": must be a text \"…\" or { \"vi\": \"…\", \"en\": \"…\" }",
                "file, field \"theme\": unknown key; allowed: title, subtitle, organiser, logo, colour, footer",
                "file, field \"title\": empty text",
            ]
        );
        assert_eq!(
            problems(r#"{"colour": "green"}"#),
            ["file, field \"colour\": \"green\" is not a colour; write it as #rrggbb, e.g. \"#0b5d3b\""]
        );
        assert_eq!(problems(r#"{"logo": "static/../../etc/x.png"}"#).len(), 1);
        assert_eq!(problems(r#"{"logo": "static/logo.gif"}"#).len(), 1);
        let long = "x".repeat(101);
        assert_eq!(
            problems(&format!(r#"{{"title": "{long}"}}"#)),
            ["file, field \"title\": 101 characters; at most 100"]
        );
        assert_eq!(problems("[1]"), ["file: the file must hold one JSON object { … }"]);
    }

    #[test]
    fn the_contrast_message_is_in_vietnamese_too() {
        let error = &parse_branding(r##"{"colour": "#ffcc00"}"##).unwrap_err()[0];
        assert_eq!(
            error.describe(Lang::Vi),
            "tệp, trường \"colour\": chữ trắng trên nền \"#ffcc00\" chỉ có độ tương phản 1.51:1; cần ít nhất 4.5:1, hãy chọn màu đậm hơn"
        );
    }

    #[test]
    fn the_bundled_file_is_valid() {
        parse_branding(include_str!("../../static/branding.json")).unwrap();
    }
}
