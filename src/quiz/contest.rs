//! A contest round (hội thi): its rules as data, the result code of a
//! finished round, and the replay that checks a pasted code against the
//! bank.

// Calendar arithmetic and code fields: the casts narrow values whose
// range the algorithm bounds (months, days, years of a human lifetime).
#![allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]

use super::bank::QuestionBank;
use super::ids::{ChoiceId, Millis, TopicId};
use super::question::Difficulty;
use super::ranking::RankRule;
use super::result_code::ContestResult;
use super::round::{Draw, Round, RoundConfig};

/// How every player's contest round is drawn and timed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ContestRules {
    pub questions: usize,
    pub time_limit_ms: u64,
    pub topics: Vec<TopicId>,
    pub difficulty: Option<Difficulty>,
    pub ranking: Vec<RankRule>,
}

impl ContestRules {
    /// The round config: no feedback, one time limit for the whole round.
    #[must_use]
    pub fn round_config(&self) -> RoundConfig {
        RoundConfig {
            length: self.questions,
            topics: self.topics.clone(),
            difficulty: self.difficulty,
            feedback: false,
            time_limit_ms: Some(self.time_limit_ms),
        }
    }

    /// A contest round drawn with a 32-bit seed (what the code carries),
    /// one question at a time ([`Draw::OneByOne`]).
    #[must_use]
    pub fn start(&self, bank: &QuestionBank, seed: u32, at: Millis) -> Round {
        self.start_drawn(bank, seed, at, Draw::OneByOne)
    }

    /// A contest round drawn the `draw` way: [`Draw::Shuffled`] is how
    /// rounds were drawn before (codes `HTX1`, rounds saved then).
    #[must_use]
    pub fn start_drawn(&self, bank: &QuestionBank, seed: u32, at: Millis, draw: Draw) -> Round {
        let config = self.round_config();
        let picks = Round::draw(bank, &config, u64::from(seed), draw);
        Round::with_questions(picks, &config, u64::from(seed), at)
    }

    /// Which way `round` was drawn: [`Draw::OneByOne`] when its questions
    /// are that draw of its seed, else [`Draw::Shuffled`] (a round begun
    /// before contests drew one by one, saved and resumed since).
    #[must_use]
    pub fn draw_of(&self, bank: &QuestionBank, round: &Round) -> Draw {
        let one_by_one = Round::draw(bank, &self.round_config(), round.seed(), Draw::OneByOne);
        let same = one_by_one.len() == round.len()
            && one_by_one
                .iter()
                .zip(round.questions())
                .all(|(drawn, asked)| drawn.id() == asked.question().id());
        if same {
            Draw::OneByOne
        } else {
            Draw::Shuffled
        }
    }
}

/// Who played, as the registration form took it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Player {
    pub name: String,
    pub birth_year: Option<u16>,
    pub unit: String,
    pub phone: String,
}

/// The result of a finished contest `round` of `rules` as a code's
/// contents, with the draw it was made by. `None` while the round is still
/// being played.
#[must_use]
pub fn result_of(
    bank: &QuestionBank,
    rules: &ContestRules,
    round: &Round,
    round_no: u8,
    day: u16,
    player: &Player,
    prediction: u32,
) -> Option<ContestResult> {
    let summary = round.summary()?;
    let answers = (0..round.len())
        .map(|i| {
            round
                .answer(i)
                .map_or(0, |a| a.picked.iter().fold(0u8, |m, c| m | (1 << c.0)))
        })
        .collect();
    Some(ContestResult {
        draw: rules.draw_of(bank, round),
        bank: bank.fingerprint(),
        round_no,
        seed: u32::try_from(round.seed()).unwrap_or(u32::MAX),
        day,
        birth_year: player.birth_year,
        answers,
        prediction,
        seconds: u16::try_from(summary.seconds()).unwrap_or(u16::MAX),
    })
}

/// A code's score, recomputed from the bank.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Replayed {
    pub correct: usize,
    pub total: usize,
}

/// Why a code that decodes still does not check out against this contest.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReplayError {
    /// Made with another question bank (or another version of it).
    OtherBank,
    /// Its number of answers does not fit this contest's draw.
    WrongLength,
    /// An answer picks an option the question does not have, or several
    /// options where one is allowed.
    ImpossibleAnswer,
    /// More time than the contest allows.
    OverTime,
}

/// Draws the code's round again from its seed and marks its answers.
pub fn replay(bank: &QuestionBank, rules: &ContestRules, code: &ContestResult) -> Result<Replayed, ReplayError> {
    if code.bank != bank.fingerprint() {
        return Err(ReplayError::OtherBank);
    }
    // A little slack over the limit: the code rounds seconds up.
    if u64::from(code.seconds) * 1000 > rules.time_limit_ms + 1000 {
        return Err(ReplayError::OverTime);
    }
    let round = rules.start_drawn(bank, code.seed, Millis(0), code.draw);
    if round.len() != code.answers.len() {
        return Err(ReplayError::WrongLength);
    }
    let mut correct = 0;
    for (drawn, mask) in round.questions().iter().zip(&code.answers) {
        let picked: Vec<ChoiceId> = (0..6u8).filter(|i| mask & (1 << i) != 0).map(ChoiceId).collect();
        if picked.is_empty() {
            continue; // unanswered: wrong
        }
        let question = drawn.question();
        let fits = picked.iter().all(|c| question.choice(*c).is_some())
            && (picked.len() == 1 || question.kind() == super::question::Kind::Multiple);
        if !fits {
            return Err(ReplayError::ImpossibleAnswer);
        }
        correct += usize::from(question.is_answered_by(&picked));
    }
    Ok(Replayed {
        correct,
        total: round.len(),
    })
}

/// Days from 2024-01-01 to the civil date `y-m-d` (negative before it).
#[must_use]
pub fn day_number(year: i32, month: u32, day: u32) -> i64 {
    // Howard Hinnant's days_from_civil.
    let y = i64::from(year) - i64::from(month <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468 - 19_723
}

/// The civil date of a day number (inverse of [`day_number`]).
#[must_use]
pub fn civil_date(days: i64) -> (i32, u32, u32) {
    let z = days + 19_723 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y as i32, m as u32, d as u32)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quiz::order::Rng;
    use crate::quiz::{fixture, Action};

    fn rules() -> ContestRules {
        crate::quiz::fixture::contest_rules(8, 120_000)
    }

    fn player() -> Player {
        Player {
            name: "Phạm Thị Lan".into(),
            birth_year: Some(1975),
            unit: "Xã Yên Lạc".into(),
            phone: String::new(),
        }
    }

    /// A contest round answered at random, some left unanswered by a time-up.
    fn played(bank: &QuestionBank, rng: &mut Rng) -> Round {
        let mut round = rules().start(bank, rng.next_u64() as u32, Millis(0));
        let stop = rng.below(round.len() + 1);
        let mut at = 0;
        while let Some(i) = round.current_index() {
            if i == stop {
                return round.apply(Action::TimeUp { at: Millis(130_000) }).unwrap();
            }
            at += 1 + rng.below(10_000) as u64;
            let q = round.questions()[i].question();
            let picked = if rng.below(2) == 0 {
                q.correct_choices()
            } else {
                vec![ChoiceId(rng.below(q.choices().len()) as u8)]
            };
            round = round.apply(Action::Answer { picked, at: Millis(at) }).unwrap();
        }
        round
    }

    #[test]
    fn a_pasted_code_replays_to_the_score_the_player_saw() {
        let bank = fixture::bank(60);
        let mut rng = Rng::new(9);
        for _ in 0..300 {
            let round = played(&bank, &mut rng);
            let summary = round.summary().unwrap();
            let result = result_of(&bank, &rules(), &round, 1, 1_000, &player(), 42).unwrap();
            let code = result.encode(&player().name, &player().unit);
            let decoded = ContestResult::decode(&code, &player().name, &player().unit).unwrap();
            let replayed = replay(&bank, &rules(), &decoded).unwrap();
            assert_eq!((replayed.correct, replayed.total), (summary.correct, summary.total));
        }
    }

    #[test]
    fn a_code_says_which_way_its_round_was_drawn_and_replays_that_draw() {
        // A contest round drawn now goes one by one (HTX2); one drawn the
        // old way (shuffled, HTX1: a round saved before and resumed) must
        // still replay to its own questions.
        let bank = fixture::bank(60);
        let mut rng = Rng::new(14);
        for _ in 0..200 {
            let seed = rng.next_u64() as u32;
            assert_eq!(
                rules().start(&bank, seed, Millis(0)),
                rules().start_drawn(&bank, seed, Millis(0), Draw::OneByOne)
            );
            for draw in [Draw::Shuffled, Draw::OneByOne] {
                let mut round = rules().start_drawn(&bank, seed, Millis(0), draw);
                while let Some(i) = round.current_index() {
                    let picked = fixture::answer(round.questions()[i].question(), (seed as usize + i) % 3 != 0);
                    round = round
                        .apply(Action::Answer {
                            picked,
                            at: Millis(1_000),
                        })
                        .unwrap();
                }
                assert_eq!(rules().draw_of(&bank, &round), draw, "seed {seed}");
                let result = result_of(&bank, &rules(), &round, 1, 0, &player(), 0).unwrap();
                assert_eq!(result.draw, draw);
                let code = result.encode(&player().name, &player().unit);
                let decoded = ContestResult::decode(&code, &player().name, &player().unit).unwrap();
                let replayed = replay(&bank, &rules(), &decoded).unwrap();
                let summary = round.summary().unwrap();
                assert_eq!((replayed.correct, replayed.total), (summary.correct, summary.total));
            }
        }
    }

    #[test]
    fn a_code_from_another_bank_or_with_impossible_answers_is_flagged() {
        let bank = fixture::bank(60);
        let round = played(&bank, &mut Rng::new(3));
        let result = result_of(&bank, &rules(), &round, 1, 0, &player(), 0).unwrap();
        assert_eq!(
            replay(&fixture::bank(61), &rules(), &result),
            Err(ReplayError::OtherBank)
        );
        let mut bad = result.clone();
        bad.answers[0] = 0b11;
        assert_eq!(replay(&bank, &rules(), &bad), Err(ReplayError::ImpossibleAnswer));
        let mut bad = result.clone();
        bad.answers.pop();
        assert_eq!(replay(&bank, &rules(), &bad), Err(ReplayError::WrongLength));
        let mut slow = result;
        slow.seconds = 3_000;
        assert_eq!(replay(&bank, &rules(), &slow), Err(ReplayError::OverTime));
    }

    #[test]
    fn no_result_before_the_round_is_finished() {
        let bank = fixture::bank(20);
        let round = rules().start(&bank, 1, Millis(0));
        assert_eq!(result_of(&bank, &rules(), &round, 1, 0, &player(), 0), None);
        assert!(!round.shows_feedback());
    }

    #[test]
    fn day_numbers_match_the_calendar() {
        assert_eq!(day_number(2024, 1, 1), 0);
        assert_eq!(day_number(2024, 3, 1), 60, "2024 is a leap year");
        assert_eq!(day_number(2026, 11, 25), 1_059);
        for days in -800..20_000 {
            let (y, m, d) = civil_date(days);
            assert_eq!(day_number(y, m, d), days);
        }
    }
}
