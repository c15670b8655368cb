//! "Challenge a friend": a link that gives another player the same round
//! (same seed, topics, difficulty and length) and carries the challenger's
//! score. Read from the address, so it is untrusted text.

use super::ids::TopicId;
use super::question::Difficulty;
use super::round::RoundConfig;

/// What a challenge link holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Challenge {
    pub seed: u64,
    pub config: RoundConfig,
    /// The challenger's score: right answers (of `config.length`).
    pub score: Option<usize>,
}

const LENGTHS: [usize; 3] = [5, 10, 20];

/// The word for a difficulty in links and settings: `easy`, `medium`,
/// `hard`, or `mixed` for any (the inverse of [`parse_difficulty`]).
#[must_use]
pub fn difficulty_code(d: Option<Difficulty>) -> &'static str {
    match d {
        None => "mixed",
        Some(Difficulty::Easy) => "easy",
        Some(Difficulty::Medium) => "medium",
        Some(Difficulty::Hard) => "hard",
    }
}

/// Reads `easy`, `medium`, `hard` or `mixed`.
#[must_use]
pub fn parse_difficulty(code: &str) -> Option<Option<Difficulty>> {
    match code {
        "mixed" => Some(None),
        "easy" => Some(Some(Difficulty::Easy)),
        "medium" => Some(Some(Difficulty::Medium)),
        "hard" => Some(Some(Difficulty::Hard)),
        _ => None,
    }
}

impl Challenge {
    /// The query part of the link, after `#/challenge?`.
    #[must_use]
    pub fn to_query(&self) -> String {
        let topics: Vec<&str> = self.config.topics.iter().map(TopicId::as_str).collect();
        let mut query = format!(
            "s={}&n={}&d={}",
            self.seed,
            self.config.length,
            difficulty_code(self.config.difficulty)
        );
        if !topics.is_empty() {
            query.push_str("&t=");
            query.push_str(&topics.join(","));
        }
        if let Some(score) = self.score {
            query.push_str("&r=");
            query.push_str(&score.to_string());
        }
        query
    }

    /// Reads a link's query; `None` if it is not a usable challenge. Only
    /// lengths the practice screen offers and topic ids made of
    /// `[a-z0-9_-]` are taken.
    #[must_use]
    pub fn from_query(query: &str) -> Option<Challenge> {
        let mut seed = None;
        let mut config = RoundConfig::default();
        let mut score = None;
        for pair in query.split('&').filter(|p| !p.is_empty()) {
            let (key, value) = pair.split_once('=')?;
            match key {
                "s" => seed = Some(value.parse().ok()?),
                "n" => {
                    let n: usize = value.parse().ok()?;
                    config.length = *LENGTHS.iter().find(|l| **l == n)?;
                }
                "d" => config.difficulty = parse_difficulty(value)?,
                "t" => {
                    config.topics = value
                        .split(',')
                        .map(|t| {
                            let ok = !t.is_empty()
                                && t.len() <= 64
                                && t.bytes()
                                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_');
                            ok.then(|| TopicId::new(t))
                        })
                        .collect::<Option<Vec<_>>>()?;
                }
                "r" => score = Some(value.parse().ok()?),
                _ => {} // a later version's extra: ignore
            }
        }
        let score = score.filter(|s| *s <= config.length);
        Some(Challenge {
            seed: seed?,
            config,
            score,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quiz::order::Rng;
    use crate::quiz::{fixture, Millis, Round};

    #[test]
    fn a_link_gives_the_friend_the_same_questions_in_the_same_order() {
        let bank = fixture::bank(60);
        let mut rng = Rng::new(11);
        for _ in 0..200 {
            let challenge = Challenge {
                seed: rng.next_u64(),
                config: RoundConfig {
                    length: LENGTHS[rng.below(3)],
                    topics: [
                        vec![],
                        vec![TopicId::new("a")],
                        vec![TopicId::new("a"), TopicId::new("b")],
                    ][rng.below(3)]
                    .clone(),
                    difficulty: [None, Some(Difficulty::Easy), Some(Difficulty::Hard)][rng.below(3)],
                    ..RoundConfig::default()
                },
                score: Some(rng.below(6)),
            };
            let read = Challenge::from_query(&challenge.to_query()).unwrap();
            assert_eq!(read, challenge);
            let mine = Round::start(&bank, &challenge.config, challenge.seed, Millis(0));
            let theirs = Round::start(&bank, &read.config, read.seed, Millis(99));
            assert_eq!(mine.questions(), theirs.questions());
        }
    }

    #[test]
    fn a_damaged_link_is_refused_not_guessed() {
        for bad in [
            "",
            "n=10",
            "s=abc",
            "s=1&n=7",
            "s=1&d=extreme",
            "s=1&t=Hợp",
            "s=1&t=a,,b",
            "s=1&t=<script>",
            "s=1&n",
        ] {
            assert_eq!(Challenge::from_query(bad), None, "{bad}");
        }
        let odd = Challenge::from_query("s=5&n=5&r=9&x=1").unwrap();
        assert_eq!(odd.score, None, "a score above the length is dropped");
    }
}
