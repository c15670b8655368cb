//! A small QR code encoder (ISO/IEC 18004) for result codes, so a help desk
//! at an in-person event can scan a player's code off their phone.
//!
//! Only what a result code needs, to keep the players' download small:
//! alphanumeric mode (a code is digits, capital letters and dashes), error
//! correction level M (15% of the symbol may be lost), versions 1 to 10
//! (up to 311 characters; a 63-question code has about 130), and the
//! standard choice of the mask with the lowest penalty. Pure: no web
//! dependency; the screen draws [`QrCode::svg_path`].

use std::fmt::Write as _;

/// The characters alphanumeric mode can hold, in their code order.
const ALPHANUMERIC: &[u8] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";

/// Level M, per version 1..=10: error-correction codewords per block, then
/// (blocks, data codewords per block) for the two block groups.
const LEVEL_M: [(usize, [(usize, usize); 2]); 10] = [
    (10, [(1, 16), (0, 0)]),
    (16, [(1, 28), (0, 0)]),
    (26, [(1, 44), (0, 0)]),
    (18, [(2, 32), (0, 0)]),
    (24, [(2, 43), (0, 0)]),
    (16, [(4, 27), (0, 0)]),
    (18, [(4, 31), (0, 0)]),
    (22, [(2, 38), (2, 39)]),
    (22, [(3, 36), (2, 37)]),
    (26, [(4, 43), (1, 44)]),
];

/// Centres of the alignment patterns per version (version 1 has none).
const ALIGNMENT: [&[usize]; 10] = [
    &[],
    &[6, 18],
    &[6, 22],
    &[6, 26],
    &[6, 30],
    &[6, 34],
    &[6, 22, 38],
    &[6, 24, 42],
    &[6, 26, 46],
    &[6, 28, 50],
];

/// The largest version this encoder makes.
pub const MAX_VERSION: u8 = 10;

/// A finished symbol: a square of dark and light modules, without the
/// quiet zone.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QrCode {
    size: usize,
    dark: Vec<bool>,
}

impl QrCode {
    /// Encodes `text` in the smallest version that holds it, with the mask
    /// of lowest penalty. `None` if `text` has a character alphanumeric
    /// mode lacks (lower case, letters with diacritics) or is too long.
    #[must_use]
    pub fn encode(text: &str) -> Option<Self> {
        (1..=MAX_VERSION).find_map(|v| Self::encode_as(text, v, None))
    }

    /// Encodes `text` in exactly `version` (1..=10), with `mask` (0..=7) or,
    /// when `None`, the mask of lowest penalty. `None` if it does not fit.
    #[must_use]
    pub fn encode_as(text: &str, version: u8, mask: Option<u8>) -> Option<Self> {
        if !(1..=MAX_VERSION).contains(&version) || mask.is_some_and(|m| m > 7) {
            return None;
        }
        let data = data_codewords(text, version)?;
        let codewords = with_error_correction(&data, version);
        let mut symbol = Symbol::new(version);
        symbol.place(&codewords);
        let mask = mask.unwrap_or_else(|| {
            (0..8)
                .min_by_key(|&m| {
                    let mut candidate = symbol.clone();
                    candidate.finish(m);
                    candidate.penalty()
                })
                .unwrap_or(0)
        });
        symbol.finish(mask);
        Some(QrCode {
            size: symbol.size,
            dark: symbol.dark,
        })
    }

    /// Modules per side, without the quiet zone.
    #[must_use]
    pub fn size(&self) -> usize {
        self.size
    }

    /// Whether the module at column `x`, row `y` is dark.
    #[must_use]
    pub fn is_dark(&self, x: usize, y: usize) -> bool {
        x < self.size && y < self.size && self.dark[y * self.size + x]
    }

    /// An SVG path drawing the dark modules, one unit per module, shifted by
    /// `quiet` modules so a `viewBox` of `size + 2 × quiet` keeps the quiet
    /// zone scanners need. Runs of dark modules in a row are one rectangle.
    #[must_use]
    pub fn svg_path(&self, quiet: usize) -> String {
        let mut path = String::new();
        for y in 0..self.size {
            let mut x = 0;
            while x < self.size {
                if self.is_dark(x, y) {
                    let start = x;
                    while self.is_dark(x, y) {
                        x += 1;
                    }
                    let run = x - start;
                    let _ = write!(path, "M{} {}h{run}v1h-{run}z", start + quiet, y + quiet);
                } else {
                    x += 1;
                }
            }
        }
        path
    }
}

/// Bits, most significant first.
struct Bits(Vec<bool>);

impl Bits {
    fn push(&mut self, value: usize, count: usize) {
        self.0.extend((0..count).rev().map(|i| (value >> i) & 1 == 1));
    }
}

/// The data codewords of `text` in `version`: mode, count, characters,
/// terminator and padding.
fn data_codewords(text: &str, version: u8) -> Option<Vec<u8>> {
    let values: Vec<usize> = text
        .bytes()
        .map(|b| ALPHANUMERIC.iter().position(|&a| a == b))
        .collect::<Option<_>>()?;
    let (_, groups) = LEVEL_M[usize::from(version - 1)];
    let capacity_bits = 8 * groups.iter().map(|(n, k)| n * k).sum::<usize>();
    let count_bits = if version < 10 { 9 } else { 11 };
    let mut bits = Bits(Vec::new());
    bits.push(0b0010, 4);
    if values.len() >= 1 << count_bits {
        return None;
    }
    bits.push(values.len(), count_bits);
    for pair in values.chunks(2) {
        match pair {
            [a, b] => bits.push(a * 45 + b, 11),
            [a] => bits.push(*a, 6),
            _ => {}
        }
    }
    if bits.0.len() > capacity_bits {
        return None;
    }
    let terminator = (capacity_bits - bits.0.len()).min(4);
    bits.push(0, terminator);
    bits.push(0, (8 - bits.0.len() % 8) % 8);
    let mut bytes: Vec<u8> = bits
        .0
        .chunks(8)
        .map(|byte| byte.iter().fold(0u8, |acc, &bit| (acc << 1) | u8::from(bit)))
        .collect();
    for pad in [0xEC, 0x11].into_iter().cycle() {
        if bytes.len() * 8 >= capacity_bits {
            break;
        }
        bytes.push(pad);
    }
    Some(bytes)
}

/// Multiplication in GF(256) with the QR polynomial x⁸ + x⁴ + x³ + x² + 1.
fn gf_mul(mut a: u8, mut b: u8) -> u8 {
    let mut product = 0u8;
    while b != 0 {
        if b & 1 == 1 {
            product ^= a;
        }
        let carry = a & 0x80 != 0;
        a <<= 1;
        if carry {
            a ^= 0x1D;
        }
        b >>= 1;
    }
    product
}

/// The Reed–Solomon remainder of `data` for `degree` error-correction codewords.
fn reed_solomon(data: &[u8], degree: usize) -> Vec<u8> {
    // The generator (x - α⁰)(x - α¹)…, coefficients highest first without the leading 1.
    let mut generator = vec![0u8; degree];
    generator[degree - 1] = 1;
    let mut root = 1u8;
    for _ in 0..degree {
        for j in 0..degree {
            generator[j] = gf_mul(generator[j], root);
            if j + 1 < degree {
                generator[j] ^= generator[j + 1];
            }
        }
        root = gf_mul(root, 2);
    }
    let mut remainder = vec![0u8; degree];
    for &byte in data {
        let factor = byte ^ remainder.remove(0);
        remainder.push(0);
        for (r, g) in remainder.iter_mut().zip(&generator) {
            *r ^= gf_mul(*g, factor);
        }
    }
    remainder
}

/// Splits the data into blocks, adds each block's error correction and
/// interleaves them as the standard orders them.
fn with_error_correction(data: &[u8], version: u8) -> Vec<u8> {
    let (ec, groups) = LEVEL_M[usize::from(version - 1)];
    let mut blocks = Vec::new();
    let mut rest = data;
    for (count, length) in groups {
        for _ in 0..count {
            let (block, tail) = rest.split_at(length);
            blocks.push((block, reed_solomon(block, ec)));
            rest = tail;
        }
    }
    let longest = groups.iter().map(|g| g.1).max().unwrap_or(0);
    let mut out = Vec::new();
    for i in 0..longest {
        out.extend(blocks.iter().filter_map(|(block, _)| block.get(i)));
    }
    for i in 0..ec {
        out.extend(blocks.iter().map(|(_, correction)| correction[i]));
    }
    out
}

/// A symbol being built: modules, and which belong to fixed patterns.
#[derive(Clone)]
struct Symbol {
    size: usize,
    dark: Vec<bool>,
    fixed: Vec<bool>,
}

impl Symbol {
    /// The fixed patterns of `version`, with the format and version areas reserved.
    fn new(version: u8) -> Self {
        let size = usize::from(version) * 4 + 17;
        let mut s = Symbol {
            size,
            dark: vec![false; size * size],
            fixed: vec![false; size * size],
        };
        for i in 0..size {
            s.set(6, i, i % 2 == 0);
            s.set(i, 6, i % 2 == 0);
        }
        for (cx, cy) in [(3, 3), (size - 4, 3), (3, size - 4)] {
            for j in 0..9usize {
                for i in 0..9usize {
                    let ring = i.abs_diff(4).max(j.abs_diff(4));
                    if let (Some(x), Some(y)) = ((cx + i).checked_sub(4), (cy + j).checked_sub(4)) {
                        if x < size && y < size {
                            s.set(x, y, ring != 2 && ring != 4);
                        }
                    }
                }
            }
        }
        let centres = ALIGNMENT[usize::from(version - 1)];
        let last = centres.len().saturating_sub(1);
        for (i, &cx) in centres.iter().enumerate() {
            for (j, &cy) in centres.iter().enumerate() {
                // Not over the three finder patterns.
                if (i == 0 && (j == 0 || j == last)) || (i == last && j == 0) {
                    continue;
                }
                for dy in 0..5usize {
                    for dx in 0..5usize {
                        let ring = dx.abs_diff(2).max(dy.abs_diff(2));
                        s.set(cx + dx - 2, cy + dy - 2, ring != 1);
                    }
                }
            }
        }
        // Reserve the format areas (written by `finish`) and the dark module.
        s.write_format(0);
        if version >= 7 {
            let mut remainder = u32::from(version);
            for _ in 0..12 {
                remainder = (remainder << 1) ^ ((remainder >> 11) * 0x1F25);
            }
            let bits = (u32::from(version) << 12) | remainder;
            for i in 0..18 {
                let dark = (bits >> i) & 1 == 1;
                let (a, b) = (size - 11 + i % 3, i / 3);
                s.set(a, b, dark);
                s.set(b, a, dark);
            }
        }
        s
    }

    fn set(&mut self, x: usize, y: usize, dark: bool) {
        self.dark[y * self.size + x] = dark;
        self.fixed[y * self.size + x] = true;
    }

    fn get(&self, x: usize, y: usize) -> bool {
        self.dark[y * self.size + x]
    }

    /// Writes the format information (level M, `mask`) in both copies.
    fn write_format(&mut self, mask: u8) {
        // Level M is 00, so the five data bits are just the mask.
        let data = u32::from(mask);
        let mut remainder = data;
        for _ in 0..10 {
            remainder = (remainder << 1) ^ ((remainder >> 9) * 0x537);
        }
        let bits = ((data << 10) | remainder) ^ 0x5412;
        let bit = |i: usize| (bits >> i) & 1 == 1;
        let size = self.size;
        for i in 0..6 {
            self.set(8, i, bit(i));
        }
        self.set(8, 7, bit(6));
        self.set(8, 8, bit(7));
        self.set(7, 8, bit(8));
        for i in 9..15 {
            self.set(14 - i, 8, bit(i));
        }
        for i in 0..8 {
            self.set(size - 1 - i, 8, bit(i));
        }
        for i in 8..15 {
            self.set(8, size - 15 + i, bit(i));
        }
        self.set(8, size - 8, true);
    }

    /// Places the codewords in the standard zigzag, two columns at a time
    /// from the right, skipping the vertical timing pattern.
    fn place(&mut self, codewords: &[u8]) {
        let total = codewords.len() * 8;
        let mut index = 0;
        let mut right = self.size - 1;
        loop {
            if right == 6 {
                right = 5;
            }
            let upward = (right + 1) & 2 == 0;
            for step in 0..self.size {
                let y = if upward { self.size - 1 - step } else { step };
                for x in [right, right - 1] {
                    if !self.fixed[y * self.size + x] && index < total {
                        self.dark[y * self.size + x] = (codewords[index / 8] >> (7 - index % 8)) & 1 == 1;
                        index += 1;
                    }
                }
            }
            if right < 2 {
                break;
            }
            right -= 2;
        }
    }

    /// Applies `mask` to the data modules and writes the format information.
    fn finish(&mut self, mask: u8) {
        for y in 0..self.size {
            for x in 0..self.size {
                let flip = match mask {
                    0 => (x + y) % 2 == 0,
                    1 => y % 2 == 0,
                    2 => x % 3 == 0,
                    3 => (x + y) % 3 == 0,
                    4 => (x / 3 + y / 2) % 2 == 0,
                    5 => x * y % 2 + x * y % 3 == 0,
                    6 => (x * y % 2 + x * y % 3) % 2 == 0,
                    _ => ((x + y) % 2 + x * y % 3) % 2 == 0,
                };
                if flip && !self.fixed[y * self.size + x] {
                    self.dark[y * self.size + x] ^= true;
                }
            }
        }
        self.write_format(mask);
    }

    /// The standard's penalty score: long runs, 2×2 blocks, finder-like
    /// patterns and an unbalanced share of dark modules.
    fn penalty(&self) -> usize {
        let n = self.size;
        let mut score = 0;
        let lines = |transpose: bool| -> Vec<Vec<bool>> {
            (0..n)
                .map(|a| {
                    (0..n)
                        .map(|b| if transpose { self.get(a, b) } else { self.get(b, a) })
                        .collect()
                })
                .collect()
        };
        for line in lines(false).into_iter().chain(lines(true)) {
            let mut run = 1;
            for i in 1..=n {
                if i < n && line[i] == line[i - 1] {
                    run += 1;
                } else {
                    if run >= 5 {
                        score += run - 2;
                    }
                    run = 1;
                }
            }
            score += 40 * finder_like(&line);
        }
        for y in 0..n - 1 {
            for x in 0..n - 1 {
                let c = self.get(x, y);
                if c == self.get(x + 1, y) && c == self.get(x, y + 1) && c == self.get(x + 1, y + 1) {
                    score += 3;
                }
            }
        }
        let dark = self.dark.iter().filter(|&&d| d).count();
        let total = n * n;
        let deviation = (dark * 20).abs_diff(total * 10);
        score + 10 * (deviation / total)
    }
}

/// How many 1:1:3:1:1 patterns in `line` have four light modules (or the
/// symbol's edge, beyond which the quiet zone is light) before or after
/// them. Counted as segno and most encoders do: after a counted pattern the
/// search resumes past it, so the symbols they make are the ones we make.
fn finder_like(line: &[bool]) -> usize {
    const PATTERN: [bool; 7] = [true, false, true, true, true, false, true];
    let n = line.len();
    let mut count = 0;
    let mut from = 0;
    while let Some(found) = (from..=n.saturating_sub(7)).find(|&i| line[i..i + 7] == PATTERN) {
        let light_before = line[found.saturating_sub(4)..found].iter().all(|&d| !d);
        let light_after = line[found + 7..(found + 11).min(n)].iter().all(|&d| !d);
        if light_before || light_after {
            count += 1;
            from = found + 7;
        } else {
            from = found + 4;
        }
    }
    count
}

#[cfg(test)]
mod tests;
