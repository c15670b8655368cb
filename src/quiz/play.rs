//! What kind of round is being played and with which settings, as plain
//! data that survives a reload beside the round itself.

use super::challenge::{difficulty_code, parse_difficulty};
use super::contest::Player;
use super::ids::TopicId;
use super::progress::Mode;
use super::round::RoundConfig;

/// Seconds per question when a practice round is timed.
pub const SECONDS_PER_QUESTION: u64 = 30;

/// The settings of a practice round, as the practice screen offers them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Setup {
    pub length: usize,
    /// Topic ids; all topics when empty.
    pub topics: Vec<String>,
    /// "mixed", "easy", "medium" or "hard".
    pub difficulty: String,
    /// A time limit of 30 seconds per question for the whole round.
    pub timed: bool,
}

impl Default for Setup {
    fn default() -> Self {
        Self {
            length: 10,
            topics: Vec::new(),
            difficulty: "mixed".into(),
            timed: false,
        }
    }
}

impl Setup {
    /// The round config these settings ask for.
    #[must_use]
    pub fn config(&self) -> RoundConfig {
        RoundConfig {
            length: self.length,
            topics: self.topics.iter().map(|t| TopicId::new(t.as_str())).collect(),
            difficulty: parse_difficulty(&self.difficulty).flatten(),
            feedback: true,
            time_limit_ms: self.timed.then_some(self.length as u64 * SECONDS_PER_QUESTION * 1000),
        }
    }

    /// The settings that give `config` (a challenge link's).
    #[must_use]
    pub fn of(config: &RoundConfig) -> Setup {
        Setup {
            length: config.length,
            topics: config.topics.iter().map(ToString::to_string).collect(),
            difficulty: difficulty_code(config.difficulty).into(),
            timed: config.time_limit_ms.is_some(),
        }
    }
}

/// The kind of round, with what each kind needs to know.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PlayKind {
    /// Practice with the chosen settings (the start screen's quick round
    /// is practice with the default settings).
    Practice,
    /// Mistakes due for review.
    Review,
    /// A friend's link: the same round, and their score if it came along.
    Challenge { score: Option<usize> },
    /// A counted contest round.
    Contest {
        round_no: u8,
        /// Day of the attempt, counted from 2024-01-01.
        day: u16,
        player: Player,
        /// The tie-break answer, once given.
        prediction: Option<u32>,
    },
}

impl PlayKind {
    /// How the progress screen files the round.
    #[must_use]
    pub fn mode(&self) -> Mode {
        match self {
            PlayKind::Practice => Mode::Practice,
            PlayKind::Review => Mode::Review,
            PlayKind::Challenge { .. } => Mode::Challenge,
            PlayKind::Contest { .. } => Mode::Contest,
        }
    }
}

/// A contest round already played on this device: its code and score, so
/// the player can see them again and cannot count a second attempt.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Attempt {
    /// The contest's title (Vietnamese), telling contests apart.
    pub contest: String,
    pub round_no: u8,
    pub code: String,
    pub name: String,
    pub unit: String,
    pub correct: usize,
    pub total: usize,
    pub seconds: u32,
    pub day: u16,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::ToJson;

    #[test]
    fn settings_and_config_agree_both_ways() {
        let setup = Setup {
            length: 5,
            topics: vec!["ocop".into()],
            difficulty: "hard".into(),
            timed: true,
        };
        let config = setup.config();
        assert_eq!(
            config.time_limit_ms,
            Some(150_000),
            "30 seconds for each of 5 questions"
        );
        assert!(config.feedback);
        assert_eq!(Setup::of(&config), setup);
        assert_eq!(Setup::default().config(), RoundConfig::default());
    }

    #[test]
    fn a_saved_kind_reads_back_and_a_strange_one_is_refused() {
        for kind in [PlayKind::Practice, PlayKind::Challenge { score: Some(7) }] {
            let json = crate::json::to_string(&kind.to_json());
            assert_eq!(crate::json::from_str::<PlayKind>(&json).unwrap(), kind);
        }
        assert!(crate::json::from_str::<PlayKind>(r#"{"mode":"cheat"}"#).is_err());
    }
}
