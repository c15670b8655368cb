//! The organiser's batch check of result codes, built for 100,000 of them:
//! fed in chunks (so a page can show progress between chunks), each code
//! decoded and replayed without allocating (`PackedResult`,
//! `ReplayTable`), names and units kept in one text arena. Then the
//! organiser's choices, as data: what "time" means for the tie-break, and
//! one entry per person, keeping the first or the best.
//!
//! Pure: the caller reads the file (`content::form_export`) and hands over
//! entries; nothing here knows about pages or files.

// Counts and lines of a batch fit in u32 (a batch is far below 4 billion
// entries); correct and total answers fit in u8 (at most 63 questions).
#![allow(clippy::cast_possible_truncation)]

use std::cmp::Ordering;
use std::collections::HashMap;

use super::bank::QuestionBank;
use super::contest::{ContestRules, ReplayError};
use super::ranking::{RankRule, Standing};
use super::replay_table::ReplayTable;
use super::result_code::{CodeError, PackedResult};

/// What the "time" rule of the ranking compares.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum TimeSource {
    /// The seconds the player's device measured (in the code; a determined
    /// player can forge it).
    #[default]
    Device,
    /// When the form received the entry (the player cannot change it);
    /// earlier first. Entries without a timestamp come last.
    Submitted,
}

/// How two entries are told to be the same person.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PersonKey {
    /// Name, year of birth and unit (letters' case and extra spaces ignored).
    NameBirthUnit,
    /// The phone number (digits only; +84 and 0 read the same).
    Phone,
}

/// Which of a person's valid entries counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Keep {
    /// The first sent (by the form's timestamp, else by row).
    #[default]
    First,
    /// The best by the contest's ranking rule.
    Best,
}

/// The organiser's choices for one check.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct VerifyOptions {
    pub time: TimeSource,
    /// `None`: every valid code counts.
    pub one_per_person: Option<(PersonKey, Keep)>,
}

/// One row of what the organiser collected.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Entry<'a> {
    /// 1-based line or spreadsheet row, for messages.
    pub line: usize,
    pub code: &'a str,
    pub name: &'a str,
    pub unit: &'a str,
    pub phone: &'a str,
    /// When the form received it, in seconds since 2024-01-01 00:00.
    pub submitted: Option<u32>,
}

/// Why an entry does not count.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Flag {
    /// The code is damaged, or not for this name and unit.
    BadCode(CodeError),
    /// The code reads but does not fit this contest and bank.
    Mismatch(ReplayError),
    /// No name or unit beside the code.
    MissingName,
    /// The same code was already listed on this line.
    Duplicate { first_line: usize },
    /// Another entry of the same person counts (one entry per person).
    SamePerson { kept_line: usize },
}

/// How far a batch has come.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Progress {
    pub entries: usize,
    pub valid: usize,
    pub flagged: usize,
}

#[derive(Clone, Copy, Debug)]
struct Valid {
    identity: u64,
    round_no: u8,
    correct: u8,
    total: u8,
    prediction: u32,
    seconds: u16,
    day: u16,
    birth_year: Option<u16>,
}

#[derive(Clone, Copy, Debug)]
enum Outcome {
    Valid(Valid),
    Flagged(Flag),
}

type Span = (u32, u32);

#[derive(Clone, Debug)]
struct Row {
    line: u32,
    code: Span,
    name: Span,
    unit: Span,
    phone: Span,
    submitted: Option<u32>,
    outcome: Outcome,
}

/// Checks entries chunk by chunk: `push_chunk` as often as needed, then
/// `finish`.
#[derive(Clone, Debug)]
pub struct Verifier {
    table: ReplayTable,
    ranking: Vec<RankRule>,
    options: VerifyOptions,
    text: String,
    rows: Vec<Row>,
    progress: Progress,
}

impl Verifier {
    #[must_use]
    pub fn new(bank: &QuestionBank, rules: &ContestRules, options: VerifyOptions) -> Self {
        Verifier {
            table: ReplayTable::new(bank, rules),
            ranking: rules.ranking.clone(),
            options,
            text: String::new(),
            rows: Vec::new(),
            progress: Progress::default(),
        }
    }

    fn keep(&mut self, text: &str) -> Span {
        let start = self.text.len() as u32;
        self.text.push_str(text.trim());
        (start, self.text.len() as u32 - start)
    }

    /// Checks one entry.
    pub fn push(&mut self, entry: Entry<'_>) {
        let (name, unit) = (entry.name.trim(), entry.unit.trim());
        let outcome = if name.is_empty() || unit.is_empty() {
            Outcome::Flagged(Flag::MissingName)
        } else {
            match PackedResult::decode(entry.code, name, unit) {
                Err(e) => Outcome::Flagged(Flag::BadCode(e)),
                Ok(code) => match self.table.replay(&code) {
                    Err(e) => Outcome::Flagged(Flag::Mismatch(e)),
                    Ok(r) => Outcome::Valid(Valid {
                        identity: code.identity,
                        round_no: code.round_no,
                        correct: r.correct as u8,
                        total: r.total as u8,
                        prediction: code.prediction,
                        seconds: code.seconds,
                        day: code.day,
                        birth_year: code.birth_year,
                    }),
                },
            }
        };
        let row = Row {
            line: entry.line as u32,
            code: self.keep(entry.code),
            name: self.keep(name),
            unit: self.keep(unit),
            phone: self.keep(entry.phone),
            submitted: entry.submitted,
            outcome,
        };
        self.progress.entries += 1;
        match row.outcome {
            Outcome::Valid(_) => self.progress.valid += 1,
            Outcome::Flagged(_) => self.progress.flagged += 1,
        }
        self.rows.push(row);
    }

    /// How far the batch has come.
    #[must_use]
    pub fn progress(&self) -> Progress {
        self.progress
    }

    /// Checks a chunk of entries and says how far the batch has come.
    pub fn push_chunk<'a>(&mut self, entries: impl IntoIterator<Item = Entry<'a>>) -> Progress {
        for entry in entries {
            self.push(entry);
        }
        self.progress
    }

    /// Marks repeated codes (the first one listed counts).
    #[must_use]
    pub fn finish(mut self) -> Verified {
        let mut order: Vec<(u64, u32)> = self
            .rows
            .iter()
            .enumerate()
            .filter_map(|(i, row)| match row.outcome {
                Outcome::Valid(v) => Some((v.identity, i as u32)),
                Outcome::Flagged(_) => None,
            })
            .collect();
        order.sort_unstable();
        for pair in order.windows(2) {
            let ((a_id, first), (b_id, later)) = (pair[0], pair[1]);
            if a_id == b_id {
                // `first` may itself be a duplicate: point at the first of all.
                let first_line = match self.rows[first as usize].outcome {
                    Outcome::Flagged(Flag::Duplicate { first_line }) => first_line,
                    _ => self.rows[first as usize].line as usize,
                };
                self.rows[later as usize].outcome = Outcome::Flagged(Flag::Duplicate { first_line });
                self.progress.valid -= 1;
                self.progress.flagged += 1;
            }
        }
        Verified {
            ranking: self.ranking,
            options: self.options,
            text: self.text,
            rows: self.rows,
            progress: self.progress,
        }
    }
}

/// Every entry checked, duplicates marked.
#[derive(Clone, Debug)]
pub struct Verified {
    ranking: Vec<RankRule>,
    options: VerifyOptions,
    text: String,
    rows: Vec<Row>,
    progress: Progress,
}

/// One entry, as the organiser's tables show it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EntryView<'a> {
    pub line: usize,
    pub code: &'a str,
    pub name: &'a str,
    pub unit: &'a str,
    pub phone: &'a str,
    pub submitted: Option<u32>,
}

/// A ranked entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Placed<'a> {
    pub place: usize,
    pub entry: EntryView<'a>,
    pub correct: usize,
    pub total: usize,
    pub prediction: u32,
    pub seconds: u16,
    /// Days since 2024-01-01 (the player's device).
    pub day: u16,
    pub birth_year: Option<u16>,
    pub round_no: u8,
}

/// The ranking of one contest round with the organiser's choices applied.
#[derive(Clone, Debug)]
pub struct Standings<'a> {
    pub placed: Vec<Placed<'a>>,
    /// Entries set aside by the one-entry-per-person rule: (line, kept line).
    pub set_aside: Vec<(usize, usize)>,
    /// Ranked players per unit, most first.
    pub units: Vec<(&'a str, usize)>,
    /// Entries ranked by the form's time that have no timestamp (listed last).
    pub without_timestamp: usize,
}

/// A ranking by row numbers ([`Verified::rank`]).
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Ranked {
    /// (row index, place), best first.
    order: Vec<(u32, u32)>,
    /// As in [`Standings`].
    pub set_aside: Vec<(usize, usize)>,
    /// (a row of the unit, ranked players in it), most first.
    units: Vec<(u32, usize)>,
    pub without_timestamp: usize,
}

impl Ranked {
    /// How many entries are ranked.
    #[must_use]
    pub fn len(&self) -> usize {
        self.order.len()
    }

    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.order.is_empty()
    }
}

impl Verified {
    #[must_use]
    pub fn progress(&self) -> Progress {
        self.progress
    }

    fn text(&self, span: Span) -> &str {
        &self.text[span.0 as usize..(span.0 + span.1) as usize]
    }

    fn view(&self, row: &Row) -> EntryView<'_> {
        EntryView {
            line: row.line as usize,
            code: self.text(row.code),
            name: self.text(row.name),
            unit: self.text(row.unit),
            phone: self.text(row.phone),
            submitted: row.submitted,
        }
    }

    /// The entries that do not count, in the order given.
    pub fn flagged(&self) -> impl Iterator<Item = (EntryView<'_>, Flag)> {
        self.rows.iter().filter_map(|row| match row.outcome {
            Outcome::Flagged(flag) => Some((self.view(row), flag)),
            Outcome::Valid(_) => None,
        })
    }

    /// The contest rounds the valid codes are from, in order.
    #[must_use]
    pub fn rounds(&self) -> Vec<u8> {
        let mut seen = [false; 256];
        for row in &self.rows {
            if let Outcome::Valid(v) = row.outcome {
                seen[usize::from(v.round_no)] = true;
            }
        }
        (0..=255u8).filter(|r| seen[usize::from(*r)]).collect()
    }

    fn valid_of(&self, round_no: u8) -> impl Iterator<Item = (usize, &Row, Valid)> {
        self.rows
            .iter()
            .enumerate()
            .filter_map(move |(i, row)| match row.outcome {
                Outcome::Valid(v) if v.round_no == round_no => Some((i, row, v)),
                _ => None,
            })
    }

    /// The number the tie-break asked about when the organiser gives none:
    /// how many valid results of the round have every answer right (a
    /// person counted once under the one-entry-per-person rule).
    #[must_use]
    pub fn perfect_count(&self, round_no: u8) -> u32 {
        if self.options.one_per_person.is_none() {
            let perfect = self.valid_of(round_no).filter(|(_, _, v)| v.correct == v.total).count();
            return u32::try_from(perfect).unwrap_or(u32::MAX);
        }
        let mut perfect: Vec<(u64, usize)> = self
            .valid_of(round_no)
            .filter(|(_, _, v)| v.correct == v.total)
            .map(|(i, row, v)| (self.person_hash(row, v), i))
            .collect();
        perfect.sort_unstable();
        perfect.dedup_by(|b, a| a.0 == b.0 && self.same_person(a.1, b.1));
        u32::try_from(perfect.len()).unwrap_or(u32::MAX)
    }

    fn person_hash(&self, row: &Row, v: Valid) -> u64 {
        let mut hash = 0xcbf2_9ce4_8422_2325u64;
        let mut feed = |c: char| {
            hash ^= u64::from(c);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        };
        if let Some((PersonKey::Phone, _)) = self.options.one_per_person {
            phone_digits(self.text(row.phone)).for_each(&mut feed);
        } else {
            folded(self.text(row.name)).for_each(&mut feed);
            feed('\u{1f}');
            feed(char::from_u32(u32::from(v.birth_year.unwrap_or(0))).unwrap_or(' '));
            feed('\u{1f}');
            folded(self.text(row.unit)).for_each(&mut feed);
        }
        hash
    }

    fn same_person(&self, a: usize, b: usize) -> bool {
        let (ra, rb) = (&self.rows[a], &self.rows[b]);
        if let Some((PersonKey::Phone, _)) = self.options.one_per_person {
            return phone_digits(self.text(ra.phone)).eq(phone_digits(self.text(rb.phone)));
        }
        let year = |row: &Row| match row.outcome {
            Outcome::Valid(v) => v.birth_year,
            Outcome::Flagged(_) => None,
        };
        folded(self.text(ra.name)).eq(folded(self.text(rb.name)))
            && folded(self.text(ra.unit)).eq(folded(self.text(rb.unit)))
            && year(ra) == year(rb)
    }

    fn standing(&self, row: &Row, v: Valid) -> Standing {
        Standing {
            correct: usize::from(v.correct),
            prediction: v.prediction,
            seconds: match self.options.time {
                TimeSource::Device => u32::from(v.seconds),
                TimeSource::Submitted => row.submitted.unwrap_or(u32::MAX),
            },
        }
    }

    /// The organiser's choices, changed after the check: they decide only
    /// how the checked entries are ranked, so nothing is checked again.
    pub fn set_options(&mut self, options: VerifyOptions) {
        self.options = options;
    }

    #[must_use]
    pub fn options(&self) -> VerifyOptions {
        self.options
    }

    /// The ranking of contest round `round_no`; `actual` is the number the
    /// predictions guessed at.
    #[must_use]
    pub fn standings(&self, round_no: u8, actual: u32) -> Standings<'_> {
        let ranked = self.rank(round_no, actual);
        self.standings_of(&ranked)
    }

    /// [`Verified::standings`] held by row numbers, borrowing nothing, so a
    /// page can keep it beside this and show a page of it at a time
    /// ([`Verified::placed`]).
    #[must_use]
    pub fn rank(&self, round_no: u8, actual: u32) -> Ranked {
        let mut ranked = self.rank_order(round_no, actual);
        self.count_units(&mut ranked);
        ranked
    }

    /// [`Verified::rank`] but for the players per unit (none yet):
    /// [`Verified::count_units`] adds them, so that a page can do the two
    /// in separate turns.
    #[must_use]
    pub fn rank_order(&self, round_no: u8, actual: u32) -> Ranked {
        let mut valid: Vec<(usize, Standing)> = self
            .valid_of(round_no)
            .map(|(i, row, v)| (i, self.standing(row, v)))
            .collect();
        let mut set_aside = Vec::new();
        if let Some((key, keep)) = self.options.one_per_person {
            // Phones left empty do not make people the same.
            let keyed =
                |i: usize| key != PersonKey::Phone || phone_digits(self.text(self.rows[i].phone)).next().is_some();
            let mut groups: Vec<(u64, usize, Standing)> = valid
                .iter()
                .filter(|(i, _)| keyed(*i))
                .map(|&(i, s)| {
                    let Outcome::Valid(v) = self.rows[i].outcome else {
                        unreachable!("valid_of gives valid rows")
                    };
                    (self.person_hash(&self.rows[i], v), i, s)
                })
                .collect();
            // Within a person, the entry to keep comes first.
            groups.sort_by(|a, b| {
                a.0.cmp(&b.0)
                    .then_with(|| self.preference(keep, (a.1, a.2), (b.1, b.2), actual))
            });
            let mut dropped = vec![false; self.rows.len()];
            let mut start = 0;
            while start < groups.len() {
                let end = start + groups[start..].iter().take_while(|g| g.0 == groups[start].0).count();
                for later in start + 1..end {
                    // A hash collision between two people is not a repeat.
                    if let Some(kept) = (start..later)
                        .find(|&k| !dropped[groups[k].1] && self.same_person(groups[k].1, groups[later].1))
                    {
                        dropped[groups[later].1] = true;
                        set_aside.push((
                            self.rows[groups[later].1].line as usize,
                            self.rows[groups[kept].1].line as usize,
                        ));
                    }
                }
                start = end;
            }
            valid.retain(|(i, _)| !dropped[*i]);
            set_aside.sort_unstable();
        }
        let standings: Vec<Standing> = valid.iter().map(|(_, s)| *s).collect();
        let order: Vec<(u32, u32)> = super::ranking::rank(&standings, &self.ranking, actual)
            .into_iter()
            .map(|(k, place)| (valid[k].0 as u32, place as u32))
            .collect();
        let without_timestamp = match self.options.time {
            TimeSource::Submitted => order
                .iter()
                .filter(|(row, _)| self.rows[*row as usize].submitted.is_none())
                .count(),
            TimeSource::Device => 0,
        };
        Ranked {
            order,
            set_aside,
            units: Vec::new(),
            without_timestamp,
        }
    }

    /// Counts the ranked players per unit into `ranked` (what
    /// [`Verified::rank`] does after [`Verified::rank_order`]).
    pub fn count_units(&self, ranked: &mut Ranked) {
        // A contest has tens or hundreds of units: a small map counts them
        // with one hash of the unit's name a row (the standard library's
        // keyed hash: unit names come from players). Each unit is kept as its
        // first ranked row, which names it.
        let mut counts: HashMap<&str, (u32, usize)> = HashMap::new();
        for &(row, _) in &ranked.order {
            counts
                .entry(self.text(self.rows[row as usize].unit))
                .or_insert((row, 0))
                .1 += 1;
        }
        let mut units: Vec<(&str, (u32, usize))> = counts.into_iter().collect();
        units.sort_by(|a, b| b.1 .1.cmp(&a.1 .1).then_with(|| a.0.cmp(b.0)));
        ranked.units = units.into_iter().map(|(_, unit)| unit).collect();
    }

    /// The ranked entries from the `from`th on (0-based), up to `count` of them.
    #[must_use]
    pub fn placed(&self, ranked: &Ranked, from: usize, count: usize) -> Vec<Placed<'_>> {
        let end = from.saturating_add(count).min(ranked.order.len());
        let slice = ranked.order.get(from..end).unwrap_or(&[]);
        slice
            .iter()
            .map(|&(row, place)| {
                let row = &self.rows[row as usize];
                let Outcome::Valid(v) = row.outcome else {
                    unreachable!("only valid rows are ranked")
                };
                Placed {
                    place: place as usize,
                    entry: self.view(row),
                    correct: usize::from(v.correct),
                    total: usize::from(v.total),
                    prediction: v.prediction,
                    seconds: v.seconds,
                    day: v.day,
                    birth_year: v.birth_year,
                    round_no: v.round_no,
                }
            })
            .collect()
    }

    /// Ranked players per unit, most first.
    #[must_use]
    pub fn units(&self, ranked: &Ranked) -> Vec<(&str, usize)> {
        ranked
            .units
            .iter()
            .map(|&(row, n)| (self.text(self.rows[row as usize].unit), n))
            .collect()
    }

    /// A ranking as [`Standings`], every entry at once (for the downloads).
    #[must_use]
    pub fn standings_of(&self, ranked: &Ranked) -> Standings<'_> {
        Standings {
            placed: self.placed(ranked, 0, ranked.order.len()),
            set_aside: ranked.set_aside.clone(),
            units: self.units(ranked),
            without_timestamp: ranked.without_timestamp,
        }
    }

    /// Which of two entries of one person to keep: `Less` keeps `a`.
    fn preference(&self, keep: Keep, a: (usize, Standing), b: (usize, Standing), actual: u32) -> Ordering {
        let sent = |i: usize| (self.rows[i].submitted.unwrap_or(u32::MAX), self.rows[i].line);
        match keep {
            Keep::First => sent(a.0).cmp(&sent(b.0)),
            Keep::Best => {
                a.1.compare(&b.1, &self.ranking, actual)
                    .then_with(|| sent(a.0).cmp(&sent(b.0)))
            }
        }
    }
}

/// Letters folded to lower case, runs of spaces as one.
fn folded(text: &str) -> impl Iterator<Item = char> + '_ {
    text.split_whitespace().enumerate().flat_map(|(i, word)| {
        (i > 0)
            .then_some(' ')
            .into_iter()
            .chain(word.chars().flat_map(char::to_lowercase))
    })
}

/// A phone number's digits, the country code +84 read as a leading 0.
fn phone_digits(text: &str) -> impl Iterator<Item = char> + '_ {
    let trimmed = text.trim_start();
    let (lead, rest) = match trimmed
        .strip_prefix("+84")
        .or_else(|| trimmed.strip_prefix("84").filter(|r| r.len() >= 9))
    {
        Some(rest) => (Some('0'), rest),
        None => (None, trimmed),
    };
    lead.into_iter().chain(rest.chars().filter(char::is_ascii_digit))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quiz::fixture;
    use crate::quiz::order::Rng;
    use crate::quiz::result_code::ContestResult;
    use crate::quiz::sample_codes::{sample_codes, Kind};
    use crate::quiz::Millis;

    fn rules() -> ContestRules {
        crate::quiz::fixture::contest_rules(5, 300_000)
    }

    /// A code with `right` right answers out of 5, as a device makes it.
    fn code(bank: &QuestionBank, who: (&str, u16, &str), right: usize, seconds: u16, seed: u32) -> String {
        let round = rules().start(bank, seed, Millis(0));
        let answers = round
            .questions()
            .iter()
            .enumerate()
            .map(|(i, d)| {
                let picked = fixture::answer(d.question(), i < right);
                picked.iter().fold(0u8, |m, c| m | (1 << c.0))
            })
            .collect();
        ContestResult {
            draw: crate::quiz::Draw::OneByOne,
            bank: bank.fingerprint(),
            round_no: 1,
            seed,
            day: 1_059,
            birth_year: Some(who.1),
            answers,
            prediction: 3,
            seconds,
        }
        .encode(who.0, who.2)
    }

    fn entry<'a>(line: usize, code: &'a str, name: &'a str, unit: &'a str) -> Entry<'a> {
        Entry {
            line,
            code,
            name,
            unit,
            ..Entry::default()
        }
    }

    fn names<'a>(standings: &'a Standings<'_>) -> Vec<(&'a str, usize)> {
        standings.placed.iter().map(|p| (p.entry.name, p.place)).collect()
    }

    #[test]
    fn a_generated_batch_is_counted_exactly_and_chunks_do_not_change_it() {
        let bank = fixture::bank(40);
        let lines = sample_codes(&bank, &rules(), 2_000, 20, 20, 7);
        let check = |chunk: usize| {
            let mut verifier = Verifier::new(&bank, &rules(), VerifyOptions::default());
            let mut last = Progress::default();
            for part in lines.chunks(chunk) {
                let progress = verifier.push_chunk(
                    part.iter()
                        .enumerate()
                        .map(|(i, s)| entry(i, &s.code, &s.name, &s.unit)),
                );
                assert!(progress.entries > last.entries, "progress moves on with every chunk");
                last = progress;
            }
            verifier.finish()
        };
        let checked = check(2_000);
        let flags: Vec<Flag> = checked.flagged().map(|(_, f)| f).collect();
        assert_eq!(checked.progress().valid, 1_960);
        assert_eq!(flags.iter().filter(|f| matches!(f, Flag::Duplicate { .. })).count(), 20);
        assert_eq!(
            flags.iter().filter(|f| matches!(f, Flag::BadCode(_))).count(),
            20,
            "every changed symbol is caught"
        );
        let perfect = lines
            .iter()
            .filter(|s| s.kind == Kind::Valid && s.correct == s.total)
            .count();
        assert_eq!(checked.perfect_count(1) as usize, perfect);
        let standings = checked.standings(1, checked.perfect_count(1));
        assert_eq!(standings.placed.len(), 1_960);
        assert_eq!(standings.units.iter().map(|u| u.1).sum::<usize>(), 1_960);
        let chunked = check(333);
        assert_eq!(chunked.progress(), checked.progress());
        assert_eq!(names(&chunked.standings(1, 9)), names(&checked.standings(1, 9)));
        // A page of the ranking is that slice of the whole.
        let ranked = checked.rank(1, 9);
        assert_eq!(ranked.len(), 1_960);
        let page: Vec<(&str, usize)> = checked
            .placed(&ranked, 100, 50)
            .iter()
            .map(|p| (p.entry.name, p.place))
            .collect();
        assert_eq!(page, names(&checked.standings(1, 9))[100..150]);
        assert_eq!(checked.placed(&ranked, 1_950, 50).len(), 10, "the last page is short");
    }

    #[test]
    fn the_tie_break_time_is_the_devices_or_the_forms_as_the_organiser_chooses() {
        let bank = fixture::bank(40);
        // Same score and prediction: An's device says faster, Bình sent first.
        let an = code(&bank, ("An", 1990, "Xã A"), 5, 100, 1);
        let binh = code(&bank, ("Bình", 1991, "Xã A"), 5, 200, 2);
        let chi = code(&bank, ("Chi", 1992, "Xã A"), 5, 50, 3);
        let run = |time: TimeSource| {
            let mut verifier = Verifier::new(
                &bank,
                &rules(),
                VerifyOptions {
                    time,
                    one_per_person: None,
                },
            );
            verifier.push(Entry {
                submitted: Some(5_000),
                ..entry(1, &an, "An", "Xã A")
            });
            verifier.push(Entry {
                submitted: Some(4_000),
                ..entry(2, &binh, "Bình", "Xã A")
            });
            verifier.push(entry(3, &chi, "Chi", "Xã A"));
            let checked = verifier.finish();
            let standings = checked.standings(1, 3);
            (
                names(&standings)
                    .into_iter()
                    .map(|(n, _)| n.to_owned())
                    .collect::<Vec<_>>(),
                standings.without_timestamp,
            )
        };
        assert_eq!(
            run(TimeSource::Device),
            (vec!["Chi".into(), "An".into(), "Bình".into()], 0)
        );
        assert_eq!(
            run(TimeSource::Submitted),
            (vec!["Bình".into(), "An".into(), "Chi".into()], 1),
            "by the form's time; Chi has no timestamp and comes last"
        );
    }

    #[test]
    fn one_entry_per_person_keeps_the_first_or_the_best() {
        let bank = fixture::bank(40);
        let weak = code(&bank, ("Lê An", 1990, "Xã A"), 2, 100, 1);
        let strong = code(&bank, ("Lê  An", 1990, "xã a"), 5, 100, 2);
        let other_year = code(&bank, ("Lê An", 1991, "Xã A"), 4, 100, 3);
        let run = |options: VerifyOptions| {
            let mut verifier = Verifier::new(&bank, &rules(), options);
            verifier.push(Entry {
                submitted: Some(800),
                phone: "0912 345 678",
                ..entry(1, &weak, "Lê An", "Xã A")
            });
            verifier.push(Entry {
                submitted: Some(900),
                phone: "+84912345678",
                ..entry(2, &strong, "Lê  An", "xã a")
            });
            verifier.push(Entry {
                submitted: Some(700),
                ..entry(3, &other_year, "Lê An", "Xã A")
            });
            let checked = verifier.finish();
            let standings = checked.standings(1, 0);
            (
                standings.placed.iter().map(|p| p.entry.line).collect::<Vec<_>>(),
                standings.set_aside,
            )
        };
        let by_person = |keep| VerifyOptions {
            time: TimeSource::Device,
            one_per_person: Some((PersonKey::NameBirthUnit, keep)),
        };
        assert_eq!(
            run(VerifyOptions::default()),
            (vec![2, 3, 1], vec![]),
            "every entry counts by default"
        );
        assert_eq!(
            run(by_person(Keep::First)),
            (vec![3, 1], vec![(2, 1)]),
            "line 1 was sent first (800 < 900); case and spaces do not make another person; another year does"
        );
        assert_eq!(run(by_person(Keep::Best)), (vec![2, 3], vec![(1, 2)]));
        let by_phone = VerifyOptions {
            time: TimeSource::Device,
            one_per_person: Some((PersonKey::Phone, Keep::Best)),
        };
        assert_eq!(
            run(by_phone),
            (vec![2, 3], vec![(1, 2)]),
            "+84 and 0 are the same phone; an empty phone is nobody's twin"
        );
    }

    #[test]
    fn property_the_batch_agrees_with_the_one_by_one_check() {
        let bank = fixture::bank(40);
        let mut rng = Rng::new(4);
        let lines = sample_codes(&bank, &rules(), 300, 30, 30, 11);
        let mut rows: Vec<(usize, &str, &str, &str)> = Vec::new();
        for (i, s) in lines.iter().enumerate() {
            // Now and then no unit, or another unit.
            let unit = match rng.below(20) {
                0 => "",
                1 => "Xã khác",
                _ => &s.unit,
            };
            rows.push((i + 1, s.code.as_str(), s.name.as_str(), unit));
        }
        // The one-by-one check, over the reference replay (`contest::replay`):
        // a good code listed again (case, spaces and dashes aside) is a repeat.
        let mut seen: std::collections::BTreeMap<String, usize> = std::collections::BTreeMap::new();
        let (mut old_valid, mut old_dup) = (0, Vec::new());
        for &(line, code, name, unit) in &rows {
            if name.is_empty() || unit.is_empty() {
                continue;
            }
            let Ok(result) = ContestResult::decode(code, name, unit) else {
                continue;
            };
            if crate::quiz::contest::replay(&bank, &rules(), &result).is_err() {
                continue;
            }
            let key: String = code
                .chars()
                .filter(char::is_ascii_alphanumeric)
                .collect::<String>()
                .to_ascii_uppercase();
            if let Some(&first) = seen.get(&key) {
                old_dup.push(first);
            } else {
                seen.insert(key, line);
                old_valid += 1;
            }
        }
        let mut verifier = Verifier::new(&bank, &rules(), VerifyOptions::default());
        for &(line, code, name, unit) in &rows {
            verifier.push(entry(line, code, name, unit));
        }
        let checked = verifier.finish();
        assert_eq!(checked.progress().valid, old_valid);
        let new_dup: Vec<usize> = checked
            .flagged()
            .filter_map(|(_, f)| match f {
                Flag::Duplicate { first_line } => Some(first_line),
                _ => None,
            })
            .collect();
        assert!(!old_dup.is_empty(), "the batch has repeats to compare");
        assert_eq!(new_dup, old_dup);
    }
}
