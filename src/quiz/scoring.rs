//! The score of a finished round: how many right, how long, and by topic.

use super::ids::{Millis, TopicId};
use super::round::{Phase, Round};

/// Right answers in one topic.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TopicScore {
    pub topic: TopicId,
    pub correct: usize,
    pub total: usize,
}

/// Whole seconds of a duration, the one rounding rule for time the player
/// reads anywhere (results, certificate, result code, verify page, history):
/// a started second counts, as the result code has always counted it, so a
/// round of 11.2 s reads 12 s on every screen and in every code.
#[must_use]
pub fn whole_seconds(millis: u64) -> u64 {
    millis.div_ceil(1000)
}

/// The outcome of a finished round.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Summary {
    pub correct: usize,
    pub total: usize,
    /// From the start of the round to the last "next".
    pub duration_ms: u64,
    /// One entry per topic drawn, in the order topics first appeared.
    pub by_topic: Vec<TopicScore>,
}

// Kept here, not in round.rs, so that scoring reads the round and the round
// knows nothing of scoring: imports go one way inside the engine.
impl Round {
    /// The score, time and breakdown, once the round is finished.
    #[must_use]
    pub fn summary(&self) -> Option<Summary> {
        match self.phase() {
            Phase::Finished { at } => Some(Summary::of(self, *at)),
            _ => None,
        }
    }
}

impl Summary {
    pub(crate) fn of(round: &Round, finished_at: Millis) -> Summary {
        let mut by_topic: Vec<TopicScore> = Vec::new();
        // A question left unanswered when time ran out counts as wrong.
        for (i, drawn) in round.questions().iter().enumerate() {
            let right = round.answer(i).is_some_and(|a| a.correct);
            let topic = drawn.question().topic();
            let entry = if let Some(i) = by_topic.iter().position(|t| &t.topic == topic) {
                &mut by_topic[i]
            } else {
                by_topic.push(TopicScore {
                    topic: topic.clone(),
                    correct: 0,
                    total: 0,
                });
                by_topic.last_mut().expect("just pushed")
            };
            entry.total += 1;
            entry.correct += usize::from(right);
        }
        Summary {
            correct: round.answers().iter().filter(|a| a.correct).count(),
            total: round.len(),
            duration_ms: finished_at.since(round.started_at()),
            by_topic,
        }
    }

    /// The round's time in whole seconds (see [`whole_seconds`]).
    #[must_use]
    pub fn seconds(&self) -> u64 {
        whole_seconds(self.duration_ms)
    }

    /// The score as a whole percentage, rounded down (0 for an empty round).
    #[must_use]
    pub fn percent(&self) -> usize {
        (self.correct * 100).checked_div(self.total).unwrap_or(0)
    }
}

#[cfg(test)]
mod tests {
    use crate::quiz::{fixture, Action, Millis, Round, RoundConfig};

    #[test]
    fn the_breakdown_by_topic_adds_up_to_the_score() {
        let bank = fixture::bank(40);
        let mut round = Round::start(&bank, &RoundConfig::default(), 11, Millis(0));
        let mut expected_a = (0, 0);
        let mut i = 0;
        while round.summary().is_none() {
            let index = round.current_index().unwrap();
            let q = round.questions()[index].question();
            // Answer topic "a" right, topic "b" wrong.
            let right = q.topic().as_str() == "a";
            if right {
                expected_a.1 += 1;
                expected_a.0 += 1;
            }
            let pick = fixture::answer(q, right);
            i += 1;
            round = round
                .apply(Action::Answer {
                    picked: pick,
                    at: Millis(i * 1000),
                })
                .unwrap();
            round = round
                .apply(Action::Next {
                    at: Millis(i * 1000 + 1),
                })
                .unwrap();
        }
        let summary = round.summary().unwrap();
        let a = summary.by_topic.iter().find(|t| t.topic.as_str() == "a").unwrap();
        let b = summary.by_topic.iter().find(|t| t.topic.as_str() == "b").unwrap();
        assert_eq!((a.correct, a.total), expected_a);
        assert_eq!(b.correct, 0);
        assert_eq!(a.total + b.total, 10);
        assert_eq!(summary.correct, expected_a.0);
        assert_eq!(summary.percent(), expected_a.0 * 10);
    }
}
