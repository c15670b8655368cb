//! The replay of a result code (`contest::replay`) made cheap enough for a
//! batch of 100,000 codes: what the draw and the marking need from the bank
//! is read once into flat tables, and each code is replayed over them with
//! no allocation. Gives the same answer as `contest::replay` (a test walks
//! both over the same codes).

// Bank indices fit in u16 (a bank has a few hundred questions; `new` stops
// at u16::MAX) and option counts in u8 (at most 6).
#![allow(clippy::cast_possible_truncation)]
// The hot loop's helpers are forced inline: the site's build optimises for
// size (`opt-level = "z"`) and would otherwise call them once per draw.
#![allow(clippy::inline_always)]
// The float path converts numbers below 2⁴⁹ (exact in an f64, and in an
// i64) and truncates quotients below 2³³.
#![allow(clippy::cast_possible_wrap, clippy::cast_precision_loss, clippy::cast_sign_loss)]

use super::bank::QuestionBank;
use super::contest::{ContestRules, ReplayError, Replayed};
use super::question::Kind;
use super::result_code::PackedResult;
use super::round::Draw;

const NO_FAMILY: u16 = u16::MAX;

/// The bank and rules of one contest, flattened for replaying many codes.
#[derive(Clone, Debug)]
pub struct ReplayTable {
    fingerprint: u16,
    time_limit_ms: u64,
    length: usize,
    /// Bank indices of the questions the contest draws from, in bank order.
    candidates: Vec<u16>,
    /// Per bank index: a small number for the question's family, or `NO_FAMILY`.
    family: Vec<u16>,
    /// Per bank index: how many options the question has.
    options: Vec<u8>,
    /// Per bank index: whether several options may be picked.
    multiple: Vec<bool>,
    /// Per bank index: the right options, one bit each (bank order).
    correct: Vec<u8>,
    shuffled: Vec<u16>,
    /// The candidates for the one-by-one draw: rearranged by a replay,
    /// put back in bank order after it (undoing `swaps`).
    pool: Vec<u16>,
    /// Where the one-by-one draw took each place's question from.
    swaps: Vec<u16>,
    families_taken: Vec<u16>,
    picks: Vec<u16>,
    /// `Divisor::new(n)` at index n, for every n the shuffle draws below.
    divisors: Vec<Divisor>,
}

impl ReplayTable {
    #[must_use]
    pub fn new(bank: &QuestionBank, rules: &ContestRules) -> Self {
        let config = rules.round_config();
        let questions = &bank.questions()[..bank.questions().len().min(usize::from(u16::MAX))];
        let mut family_names: Vec<&str> = Vec::new();
        let family = questions
            .iter()
            .map(|q| match q.family() {
                None => NO_FAMILY,
                Some(name) => {
                    if let Some(i) = family_names.iter().position(|f| *f == name) {
                        i as u16
                    } else {
                        family_names.push(name);
                        (family_names.len() - 1) as u16
                    }
                }
            })
            .collect();
        let candidates: Vec<u16> = (0..questions.len())
            .filter(|&i| config.admits(&questions[i]))
            .map(|i| i as u16)
            .collect();
        ReplayTable {
            fingerprint: bank.fingerprint(),
            time_limit_ms: rules.time_limit_ms,
            length: rules.questions,
            shuffled: Vec::with_capacity(candidates.len()),
            pool: candidates.clone(),
            swaps: Vec::new(),
            divisors: (0..=candidates.len() as u32).map(Divisor::new).collect(),
            candidates,
            family,
            options: questions.iter().map(|q| q.choices().len() as u8).collect(),
            multiple: questions.iter().map(|q| q.kind() == Kind::Multiple).collect(),
            correct: questions
                .iter()
                .map(|q| q.correct_choices().iter().fold(0u8, |m, c| m | (1 << c.0)))
                .collect(),
            families_taken: Vec::new(),
            picks: Vec::new(),
        }
    }

    /// Draws the code's round again from its seed and marks its answers,
    /// exactly as `contest::replay` does.
    pub fn replay(&mut self, code: &PackedResult) -> Result<Replayed, ReplayError> {
        if code.bank != self.fingerprint {
            return Err(ReplayError::OtherBank);
        }
        // A little slack over the limit: the code rounds seconds up.
        if u64::from(code.seconds) * 1000 > self.time_limit_ms + 1000 {
            return Err(ReplayError::OverTime);
        }
        match code.draw {
            Draw::Shuffled => self.pick_shuffled(code.seed),
            Draw::OneByOne => self.pick_one_by_one(code.seed),
        }
        let answers = code.answers();
        if self.picks.len() != answers.len() {
            return Err(ReplayError::WrongLength);
        }
        let mut correct = 0;
        for (&index, &mask) in self.picks.iter().zip(answers) {
            if mask == 0 {
                continue; // unanswered: wrong
            }
            let i = usize::from(index);
            let fits = u32::from(mask) < (1 << self.options[i]) && (mask.is_power_of_two() || self.multiple[i]);
            if !fits {
                return Err(ReplayError::ImpossibleAnswer);
            }
            correct += usize::from(mask == self.correct[i]);
        }
        Ok(Replayed {
            correct,
            total: answers.len(),
        })
    }

    /// The one-by-one draw (`Draw::OneByOne`, `Rng::one_by_one`) into
    /// `picks`: place i takes the candidate at a draw below the count left,
    /// until the round is full, so a code costs the round's draws only.
    fn pick_one_by_one(&mut self, seed: u32) {
        self.families_taken.clear();
        self.picks.clear();
        self.swaps.clear();
        let mut state = u64::from(seed);
        let pool = &mut self.pool[..];
        let len = pool.len();
        // Place i draws below len − i: the divisors from `len` down to 1,
        // walked as a slice, so no step checks an index into them.
        let divisors = self.divisors.get(1..=len).unwrap_or_default();
        for (place, divisor) in divisors.iter().rev().enumerate() {
            if self.picks.len() == self.length {
                break;
            }
            let j = place + divisor.below(&mut state);
            pool.swap(place, j);
            let taken = pool[place];
            self.swaps.push(j as u16);
            offer(taken, &self.family, &mut self.families_taken, &mut self.picks);
        }
        // Undone last first, the swaps put the pool back in bank order.
        for (place, &j) in self.swaps.iter().enumerate().rev() {
            pool.swap(place, usize::from(j));
        }
    }

    /// The shuffled draw (`Draw::Shuffled`, codes `HTX1`) into `picks`:
    /// shuffle the candidates with the seed, then take them in order, one
    /// per family. Every one of its steps may move a candidate into the
    /// first places, so each code costs a draw per candidate.
    fn pick_shuffled(&mut self, seed: u32) {
        self.shuffled.clear();
        self.shuffled.extend_from_slice(&self.candidates);
        // `Rng::shuffle` over `Rng::new(seed)`, step for step: the same
        // SplitMix64 stream, the same rejections, the divisions
        // precomputed, all in one loop the compiler keeps inline.
        let mut state = u64::from(seed);
        let shuffled = &mut self.shuffled[..];
        let len = shuffled.len();
        // Step i draws below i + 1: the divisors from `len` down to 2,
        // walked as a slice so no step checks an index into them.
        let divisors = self.divisors.get(2..=len).unwrap_or_default();
        for (i, divisor) in (1..len).rev().zip(divisors.iter().rev()) {
            let j = divisor.below(&mut state);
            shuffled.swap(i, j);
        }
        self.families_taken.clear();
        self.picks.clear();
        for at in 0..self.shuffled.len() {
            if self.picks.len() == self.length {
                break;
            }
            offer(
                self.shuffled[at],
                &self.family,
                &mut self.families_taken,
                &mut self.picks,
            );
        }
    }
}

/// Takes bank question `index` into `picks` unless its family (from
/// `family`) is in `families_taken` already (as `draw::one_per_family`).
#[inline(always)]
fn offer(index: u16, family: &[u16], families_taken: &mut Vec<u16>, picks: &mut Vec<u16>) {
    let family = family[usize::from(index)];
    if family != NO_FAMILY {
        if families_taken.contains(&family) {
            return;
        }
        families_taken.push(family);
    }
    picks.push(index);
}

/// `Rng`'s step (`SplitMix64`), on a bare state: the replay draws up to
/// 452 times per code, and the site's size-first build (`opt-level = "z"`)
/// would otherwise call out for every draw.
const GAMMA: u64 = 0x9E37_79B9_7F4A_7C15;

#[inline(always)]
fn next_u64(state: &mut u64) -> u64 {
    *state = state.wrapping_add(GAMMA);
    let mut z = *state;
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// `Rng::below(n)` without a division per draw: a 64-bit division costs
/// tens of cycles, and a replay draws below every candidate count once.
/// For n up to 2¹⁶ (a table stops at `u16::MAX` candidates).
#[derive(Clone, Copy, Debug)]
struct Divisor {
    /// Draws at or above this are rejected (as `Rng::below` does).
    zone: u64,
    /// ⌊(2⁶⁴ − 1) / n⌋: x·reciprocal / 2⁶⁴ is x / n or one short.
    reciprocal: u64,
    /// 1 / n, rounded to the nearest f64.
    inverse: f64,
    n: u32,
    /// 2³² mod n.
    wrap: u32,
}

impl Divisor {
    fn new(n: u32) -> Divisor {
        let n = n.clamp(1, 1 << 16);
        let wide = u64::from(n);
        Divisor {
            zone: u64::MAX - (u64::MAX % wide),
            reciprocal: u64::MAX / wide,
            inverse: 1.0 / f64::from(n),
            n,
            wrap: ((1u64 << 32) % wide) as u32,
        }
    }

    /// The next draw below `n` from the `SplitMix64` state (as
    /// `Rng::below`: a draw in the top slice is thrown away, the next taken).
    #[inline(always)]
    fn below(&self, state: &mut u64) -> usize {
        loop {
            let x = next_u64(state);
            if x < self.zone {
                let rest = if cfg!(target_arch = "wasm32") {
                    self.rest_by_float(x)
                } else {
                    self.rest_by_product(x)
                };
                return rest as usize;
            }
        }
    }

    /// x mod n from the high half of a 64 × 64-bit product: one
    /// instruction natively. The quotient is short by 0 or 1
    /// (x·reciprocal/2⁶⁴ > x/n − 1), so one select corrects it.
    #[inline(always)]
    fn rest_by_product(&self, x: u64) -> u64 {
        let n = u64::from(self.n);
        let quotient = ((u128::from(x) * u128::from(self.reciprocal)) >> 64) as u64;
        let rest = x - quotient * n;
        rest - if rest >= n { n } else { 0 }
    }

    /// x mod n for wasm, which has no 64 × 64 → 128-bit product (it would
    /// take four 64-bit products): x = high·2³² + low and 2³² ≡ wrap, so
    /// t = high·wrap + low (below 2⁴⁹, exact in an f64) has the same rest.
    /// t/n is below 2³³, so t·(1/n) in f64 is within 2⁻¹⁹ of it, less than
    /// 1/n: the truncated quotient is t/n's, or one short when n divides t.
    #[inline(always)]
    fn rest_by_float(&self, x: u64) -> u64 {
        let n = u64::from(self.n);
        let t = (x >> 32) * u64::from(self.wrap) + (x & 0xFFFF_FFFF);
        let quotient = (t as i64 as f64 * self.inverse) as i64 as u64;
        let rest = t - quotient * n;
        rest - if rest >= n { n } else { 0 }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quiz::contest::replay;
    use crate::quiz::fixture;
    use crate::quiz::order::Rng;
    use crate::quiz::result_code::ContestResult;

    fn rules(questions: usize) -> ContestRules {
        crate::quiz::fixture::contest_rules(questions, 120_000)
    }

    #[test]
    fn the_precomputed_division_draws_as_the_rng_does() {
        for n in [1, 2, 3, 7, 100, 252, 453, 4_096, 65_535, 65_536] {
            let divisor = Divisor::new(n);
            let (mut a, mut b) = (u64::from(n), Rng::new(u64::from(n)));
            for _ in 0..2_000 {
                assert_eq!(divisor.below(&mut a), b.below(n as usize), "n = {n}");
            }
        }
    }

    /// The `SplitMix64` state whose next draw is `x` (each step of the
    /// mix undone: the xor-shifts, and the products by odd numbers, which
    /// have inverses modulo 2⁶⁴).
    fn state_before(x: u64) -> u64 {
        let unshift = |y: u64, s: u32| (0..64 / s).fold(y, |z, _| y ^ (z >> s));
        let inverse = |m: u64| (0..6).fold(m, |i: u64, _| i.wrapping_mul(2u64.wrapping_sub(m.wrapping_mul(i))));
        let mut z = unshift(x, 31).wrapping_mul(inverse(0x94D0_49BB_1331_11EB));
        z = unshift(z, 27).wrapping_mul(inverse(0xBF58_476D_1CE4_E5B9));
        unshift(z, 30).wrapping_sub(GAMMA)
    }

    #[test]
    fn a_draw_in_the_rejected_slice_is_thrown_away_as_the_rng_does() {
        // Such a draw comes about once in 2⁵⁰ for these counts, so the
        // state is made to give one: the draw after it must be taken, and
        // the stream go on in step with `Rng::below`.
        for n in [3u32, 7, 100, 453, 65_535] {
            let divisor = Divisor::new(n);
            for x in [u64::MAX, divisor.zone, divisor.zone - 1, 0] {
                let start = state_before(x);
                let (mut a, mut rng) = (start, Rng::new(start));
                assert_eq!(rng.clone().next_u64(), x);
                for _ in 0..3 {
                    assert_eq!(divisor.below(&mut a), rng.below(n as usize), "n = {n}, x = {x}");
                }
            }
        }
    }

    #[test]
    fn both_ways_to_the_rest_agree_with_the_remainder_for_every_count() {
        // Every n a table can hold, each with draws that are multiples of
        // n (where the float quotient may fall one short), one less, the
        // top of the range and draws at random.
        let mut rng = Rng::new(19);
        for n in 1..=(1u32 << 16) {
            let divisor = Divisor::new(n);
            let wide = u64::from(n);
            let top = u64::MAX - u64::MAX % wide;
            let mut draws = vec![
                0,
                1,
                wide - 1,
                wide,
                top - 1,
                top - wide,
                1 << 32,
                (1 << 32) - 1,
                u64::MAX,
            ];
            draws.extend((0..4).map(|_| rng.next_u64()));
            draws.extend((0..4).map(|_| (rng.next_u64() / wide) * wide));
            for x in draws {
                assert_eq!(divisor.rest_by_product(x), x % wide, "n = {n}, x = {x}");
                assert_eq!(divisor.rest_by_float(x), x % wide, "n = {n}, x = {x}");
            }
        }
    }

    #[test]
    fn the_bare_step_is_the_rngs() {
        for seed in [0, 1, 19, u64::MAX] {
            let (mut state, mut rng) = (seed, Rng::new(seed));
            for _ in 0..100 {
                assert_eq!(next_u64(&mut state), rng.next_u64());
            }
        }
    }

    #[test]
    fn many_seeds_draw_and_mark_as_the_reference_replay_over_a_bank_of_the_real_size() {
        // Hundreds of candidates, as the real contest: every divisor
        // the shuffle uses is met, for thousands of seeds, and the round's
        // own answers (all right) must mark right, another pick wrong.
        let bank = fixture::bank_of(
            (0..260)
                .map(|i| {
                    let mut q = fixture::single(&format!("q{i}"), "t", 2 + i % 4, i % 2);
                    q.family = (i % 5 == 0).then(|| format!("f{}", i % 35));
                    q
                })
                .collect(),
        );
        let rules = rules(20);
        let mut table = ReplayTable::new(&bank, &rules);
        let mut rng = Rng::new(2026);
        for k in 0..4_000u32 {
            let seed = if k < 100 { k } else { rng.next_u64() as u32 };
            // Both draws, mixed: the one-by-one draw's pool must be back in
            // bank order for whichever code comes next.
            let draw = if rng.below(3) == 0 {
                Draw::Shuffled
            } else {
                Draw::OneByOne
            };
            let round = rules.start_drawn(&bank, seed, crate::quiz::Millis(0), draw);
            let answers: Vec<u8> = round
                .questions()
                .iter()
                .enumerate()
                .map(|(i, d)| {
                    let picked = fixture::answer(d.question(), i % 3 != 0);
                    picked.iter().fold(0u8, |m, c| m | (1 << c.0))
                })
                .collect();
            let result = ContestResult {
                draw,
                bank: bank.fingerprint(),
                round_no: 1,
                seed,
                day: 0,
                birth_year: None,
                answers,
                prediction: 0,
                seconds: 100,
            };
            let packed = PackedResult::decode(&result.encode("a", "b"), "a", "b").unwrap();
            let reference = replay(&bank, &rules, &result);
            assert_eq!(table.replay(&packed), reference, "seed {seed}, {draw:?}");
            assert_eq!(
                reference.map(|r| r.correct),
                Ok(13),
                "seed {seed}: 13 of 20 answered right"
            );
        }
    }

    #[test]
    fn the_table_replays_every_code_as_the_round_itself_does() {
        // A bank with families (one per round) and questions of every kind.
        let bank = fixture::bank_of(
            (0..60)
                .map(|i| {
                    let id = format!("q{i}");
                    let mut q = match i % 3 {
                        0 => fixture::single(&id, "t", 2 + i % 5, i % 2),
                        1 => fixture::multiple(&id, "t", 4, &[0, 2]),
                        _ => fixture::true_false(&id, "t", i % 2 == 0),
                    };
                    q.family = (i % 4 == 0).then(|| format!("f{}", i % 12));
                    q
                })
                .collect(),
        );
        let mut rng = Rng::new(31);
        for length in [1, 8, 20, 70] {
            let rules = rules(length);
            let mut table = ReplayTable::new(&bank, &rules);
            for _ in 0..300 {
                // Random answers, random lengths and now and then another
                // bank or too much time: every error must agree too.
                let count = if rng.below(5) == 0 {
                    rng.below(63)
                } else {
                    length.min(60)
                };
                let result = ContestResult {
                    draw: if rng.below(2) == 0 {
                        Draw::Shuffled
                    } else {
                        Draw::OneByOne
                    },
                    bank: if rng.below(20) == 0 { 7 } else { bank.fingerprint() },
                    round_no: 1,
                    seed: rng.next_u64() as u32,
                    day: 0,
                    birth_year: None,
                    answers: (0..count).map(|_| [0, 1, 2, 4, 8, 3, 32][rng.below(7)]).collect(),
                    prediction: 0,
                    seconds: if rng.below(20) == 0 { 500 } else { 100 },
                };
                let packed = PackedResult::decode(&result.encode("a", "b"), "a", "b").unwrap();
                assert_eq!(table.replay(&packed), replay(&bank, &rules, &result), "{result:?}");
            }
        }
    }
}
