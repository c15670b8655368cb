//! A player's progress on this device: rounds played, best and average
//! score, accuracy by topic, recent rounds, and the review boxes.

use std::collections::BTreeMap;

use super::review::ReviewBoxes;
use super::round::Round;

fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// How many recent rounds the history keeps.
pub const HISTORY: usize = 20;

/// What kind of round was played.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Practice,
    Review,
    Challenge,
    Contest,
}

/// One finished round, as the history lists it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Played {
    pub mode: Mode,
    /// When it ended, milliseconds since 1970.
    pub at: u64,
    pub correct: u32,
    pub total: u32,
    pub seconds: u32,
}

/// Everything kept about the player's progress.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Progress {
    pub rounds: u32,
    /// The best score as a percentage.
    pub best_percent: u32,
    /// Sum of every round's percentage, for the average.
    pub percent_sum: u64,
    /// Right and asked, by topic id.
    pub topics: BTreeMap<String, (u32, u32)>,
    /// Most recent first.
    pub history: Vec<Played>,
    pub review: ReviewBoxes,
}

impl Progress {
    /// Adds a finished round; does nothing for an unfinished one.
    pub fn add(&mut self, round: &Round, mode: Mode) {
        let Some(summary) = round.summary() else { return };
        let percent = count(summary.percent());
        self.rounds = self.rounds.saturating_add(1);
        self.best_percent = self.best_percent.max(percent);
        self.percent_sum = self.percent_sum.saturating_add(u64::from(percent));
        for t in &summary.by_topic {
            let entry = self.topics.entry(t.topic.to_string()).or_default();
            entry.0 = entry.0.saturating_add(count(t.correct));
            entry.1 = entry.1.saturating_add(count(t.total));
        }
        let end = match round.phase() {
            super::round::Phase::Finished { at } => at.0,
            _ => 0,
        };
        self.history.insert(
            0,
            Played {
                mode,
                at: end,
                correct: count(summary.correct),
                total: count(summary.total),
                seconds: u32::try_from(summary.seconds()).unwrap_or(u32::MAX),
            },
        );
        self.history.truncate(HISTORY);
        self.review.record(round);
    }

    /// The average score as a whole percentage (0 before any round).
    #[must_use]
    pub fn average_percent(&self) -> u32 {
        u32::try_from(self.percent_sum.checked_div(u64::from(self.rounds)).unwrap_or(0)).unwrap_or(100)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quiz::{fixture, Action, Millis, RoundConfig};

    fn round(right: usize) -> Round {
        let bank = fixture::bank(20);
        let config = RoundConfig {
            length: 4,
            ..RoundConfig::default()
        };
        let mut round = Round::start(&bank, &config, 5, Millis(1_000));
        let mut n = 0;
        while let Some(i) = round.current_index() {
            let q = round.questions()[i].question();
            let picked = fixture::answer(q, n < right);
            n += 1;
            round = round
                .apply(Action::Answer {
                    picked,
                    at: Millis(2_000),
                })
                .unwrap();
            round = round.apply(Action::Next { at: Millis(5_000) }).unwrap();
        }
        round
    }

    #[test]
    fn rounds_add_up_to_best_average_topics_and_history() {
        let mut p = Progress::default();
        p.add(&round(4), Mode::Practice);
        p.add(&round(1), Mode::Review);
        assert_eq!((p.rounds, p.best_percent, p.average_percent()), (2, 100, 62));
        assert_eq!(
            p.topics
                .values()
                .map(|(r, a)| (r, a))
                .fold((0, 0), |s, (r, a)| (s.0 + r, s.1 + a)),
            (5, 8)
        );
        assert_eq!(p.history[0].mode, Mode::Review, "most recent first");
        assert_eq!(
            (p.history[0].correct, p.history[0].total, p.history[0].seconds),
            (1, 4, 4)
        );
        assert_eq!(p.review.rounds, 2);
    }

    #[test]
    fn the_history_keeps_the_latest_rounds_only_and_unfinished_rounds_are_not_counted() {
        let mut p = Progress::default();
        for _ in 0..30 {
            p.add(&round(2), Mode::Practice);
        }
        assert_eq!(p.history.len(), HISTORY);
        assert_eq!(p.rounds, 30);
        let unfinished = Round::start(&fixture::bank(20), &RoundConfig::default(), 1, Millis(0));
        p.add(&unfinished, Mode::Practice);
        assert_eq!(p.rounds, 30);
        assert_eq!(Progress::default().average_percent(), 0);
    }
}
