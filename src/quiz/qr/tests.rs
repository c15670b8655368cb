//! Our symbols against segno's (see `make_reference.py` for how
//! `reference.txt` was made), module for module.

use super::QrCode;

struct Case {
    text: String,
    version: u8,
    mask: u8,
    rows: Vec<String>,
}

fn cases() -> Vec<Case> {
    let mut cases: Vec<Case> = Vec::new();
    for line in include_str!("reference.txt").lines() {
        let fields: Vec<&str> = line.split('\t').collect();
        // segno's own mask choice (the fourth field) is not compared: it scores
        // masks before writing the format information, we after, so the two
        // may pick different (equally valid) masks.
        if let [text, version, mask, _] = fields[..] {
            cases.push(Case {
                text: text.to_owned(),
                version: version.parse().unwrap(),
                mask: mask.parse().unwrap(),
                rows: Vec::new(),
            });
        } else {
            cases.last_mut().unwrap().rows.push(line.to_owned());
        }
    }
    cases
}

fn rows(code: &QrCode) -> Vec<String> {
    (0..code.size())
        .map(|y| {
            (0..code.size())
                .map(|x| if code.is_dark(x, y) { '1' } else { '0' })
                .collect()
        })
        .collect()
}

#[test]
fn every_version_and_mask_matches_segno_module_for_module() {
    let cases = cases();
    assert_eq!(cases.len(), 12);
    for case in &cases {
        let ours = QrCode::encode_as(&case.text, case.version, Some(case.mask)).unwrap();
        assert_eq!(
            rows(&ours),
            case.rows,
            "{} (version {}, mask {})",
            case.text,
            case.version,
            case.mask
        );
    }
}

#[test]
fn the_smallest_version_is_chosen() {
    for case in cases() {
        let ours = QrCode::encode(&case.text).unwrap();
        assert_eq!(ours.size(), usize::from(case.version) * 4 + 17, "{}", case.text);
    }
}

#[test]
fn text_alphanumeric_mode_cannot_hold_is_refused() {
    assert_eq!(QrCode::encode("htx1-abc"), None);
    assert_eq!(QrCode::encode("Nguyễn"), None);
    assert_eq!(QrCode::encode(&"A".repeat(312)), None);
    assert!(QrCode::encode(&"A".repeat(311)).is_some());
}

#[test]
fn the_svg_path_draws_each_dark_run_once_inside_the_quiet_zone() {
    let code = QrCode::encode("HTX1").unwrap();
    let path = code.svg_path(4);
    // The top row of a version 1 symbol: finder, light, data, light, finder.
    let top: Vec<&str> = path.split('M').filter(|p| p.contains(" 4h")).collect();
    assert!(top.iter().any(|p| p.starts_with("4 4h7v1")), "{path}");
    assert!(top.iter().any(|p| p.starts_with("18 4h7v1")), "{path}");
    let dark_in_path: usize = path
        .split('M')
        .skip(1)
        .map(|p| p.split(['h', 'v']).nth(1).unwrap().parse::<usize>().unwrap())
        .sum();
    let dark = (0..21)
        .flat_map(|y| (0..21).map(move |x| (x, y)))
        .filter(|&(x, y)| code.is_dark(x, y))
        .count();
    assert_eq!(dark_in_path, dark);
}

#[test]
fn hello_world_has_the_codewords_of_the_standards_worked_example() {
    // thonky.com's QR tutorial works "HELLO WORLD" through version 1-M.
    let data = super::data_codewords("HELLO WORLD", 1).unwrap();
    assert_eq!(
        data,
        [32, 91, 11, 120, 209, 114, 220, 77, 67, 64, 236, 17, 236, 17, 236, 17]
    );
    assert_eq!(
        super::reed_solomon(&data, 10),
        [196, 35, 39, 119, 235, 215, 231, 226, 93, 23]
    );
}
