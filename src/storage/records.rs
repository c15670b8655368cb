//! The saved records as JSON, both ways, in the exact layout the serde
//! derives wrote before (field order, names, `null`s), so every player's
//! saved data still loads. Strict where the derives denied unknown fields,
//! lenient where they ignored them.

use std::collections::BTreeMap;

use super::SavedPlay;
use crate::json::{variant, DecodeError, Fields, FromJson, Map, Value};
use crate::quiz::contest::Player;
use crate::quiz::play::{Attempt, PlayKind, Setup};
use crate::quiz::progress::{Mode, Played, Progress};
use crate::quiz::review::{Card, ReviewBoxes};
use crate::quiz::RoundRecord;

/// A value written as JSON the way it is saved.
pub trait ToJson {
    fn to_json(&self) -> Value;
}

fn object<const N: usize>(fields: [(&str, Value); N]) -> Value {
    Value::Object(fields.into_iter().collect::<Map>())
}

impl ToJson for SavedPlay {
    fn to_json(&self) -> Value {
        object([
            ("kind", self.kind.to_json()),
            ("setup", self.setup.to_json()),
            ("round", self.round.to_json()),
        ])
    }
}

impl FromJson for SavedPlay {
    fn from_json(value: &Value) -> Result<Self, DecodeError> {
        let f = Fields::strict(value, "a saved play", &["kind", "setup", "round"])?;
        Ok(SavedPlay {
            kind: f.get("kind")?,
            setup: f.get("setup")?,
            round: f.get("round")?,
        })
    }
}

const MODES: [&str; 4] = ["practice", "review", "challenge", "contest"];

impl ToJson for PlayKind {
    fn to_json(&self) -> Value {
        let mode = |i: usize| ("mode", Value::from(MODES[i]));
        match self {
            PlayKind::Practice => object([mode(0)]),
            PlayKind::Review => object([mode(1)]),
            PlayKind::Challenge { score } => object([mode(2), ("score", Value::from(*score))]),
            PlayKind::Contest {
                round_no,
                day,
                player,
                prediction,
            } => object([
                mode(3),
                ("round_no", Value::from(*round_no)),
                ("day", Value::from(*day)),
                ("player", player.to_json()),
                ("prediction", Value::from(*prediction)),
            ]),
        }
    }
}

impl FromJson for PlayKind {
    fn from_json(value: &Value) -> Result<Self, DecodeError> {
        let expected = "a play kind";
        let mode = Fields::lenient(value, expected)?.with("mode", |m| variant(m, &MODES, &[0, 1, 2, 3]))?;
        Ok(match mode {
            0 => {
                Fields::strict(value, expected, &["mode"])?;
                PlayKind::Practice
            }
            1 => {
                Fields::strict(value, expected, &["mode"])?;
                PlayKind::Review
            }
            2 => PlayKind::Challenge {
                score: Fields::strict(value, expected, &["mode", "score"])?.get("score")?,
            },
            _ => {
                let f = Fields::strict(value, expected, &["mode", "round_no", "day", "player", "prediction"])?;
                PlayKind::Contest {
                    round_no: f.get("round_no")?,
                    day: f.get("day")?,
                    player: f.get("player")?,
                    prediction: f.get("prediction")?,
                }
            }
        })
    }
}

impl ToJson for Player {
    fn to_json(&self) -> Value {
        object([
            ("name", Value::from(self.name.as_str())),
            ("birth_year", Value::from(self.birth_year)),
            ("unit", Value::from(self.unit.as_str())),
            ("phone", Value::from(self.phone.as_str())),
        ])
    }
}

impl FromJson for Player {
    fn from_json(value: &Value) -> Result<Self, DecodeError> {
        let f = Fields::lenient(value, "a player")?;
        Ok(Player {
            name: f.get("name")?,
            birth_year: f.get("birth_year")?,
            unit: f.get("unit")?,
            phone: f.get("phone")?,
        })
    }
}

impl ToJson for Setup {
    fn to_json(&self) -> Value {
        object([
            ("length", Value::from(self.length)),
            ("topics", Value::from(self.topics.clone())),
            ("difficulty", Value::from(self.difficulty.as_str())),
            ("timed", Value::from(self.timed)),
        ])
    }
}

impl FromJson for Setup {
    fn from_json(value: &Value) -> Result<Self, DecodeError> {
        let f = Fields::strict(value, "a setup", &["length", "topics", "difficulty", "timed"])?;
        Ok(Setup {
            length: f.get("length")?,
            topics: f.get("topics")?,
            difficulty: f.get("difficulty")?,
            timed: f.get("timed")?,
        })
    }
}

impl ToJson for RoundRecord {
    fn to_json(&self) -> Value {
        let questions = self
            .questions
            .iter()
            .map(|(id, order)| Value::Array(vec![Value::from(id.as_str()), Value::from(order.clone())]))
            .collect();
        let answers = self
            .answers
            .iter()
            .map(|(picked, at)| Value::Array(vec![Value::from(picked.clone()), Value::from(*at)]))
            .collect();
        object([
            ("seed", Value::from(self.seed)),
            ("started_at", Value::from(self.started_at)),
            ("questions", Value::Array(questions)),
            ("answers", Value::Array(answers)),
            ("showing_feedback", Value::from(self.showing_feedback)),
            ("finished_at", Value::from(self.finished_at)),
            ("no_feedback", Value::from(self.no_feedback)),
            ("time_limit_ms", Value::from(self.time_limit_ms)),
        ])
    }
}

impl FromJson for RoundRecord {
    fn from_json(value: &Value) -> Result<Self, DecodeError> {
        let f = Fields::strict(
            value,
            "a saved round",
            &[
                "seed",
                "started_at",
                "questions",
                "answers",
                "showing_feedback",
                "finished_at",
                "no_feedback",
                "time_limit_ms",
            ],
        )?;
        Ok(RoundRecord {
            seed: f.get("seed")?,
            started_at: f.get("started_at")?,
            questions: f.get("questions")?,
            answers: f.get("answers")?,
            showing_feedback: f.get("showing_feedback")?,
            finished_at: f.get("finished_at")?,
            no_feedback: f.or_default("no_feedback")?,
            time_limit_ms: f.or_default("time_limit_ms")?,
        })
    }
}

const PLAYED_MODES: [&str; 4] = ["practice", "review", "challenge", "contest"];
const PLAYED_MODE_VALUES: [Mode; 4] = [Mode::Practice, Mode::Review, Mode::Challenge, Mode::Contest];

impl ToJson for Progress {
    fn to_json(&self) -> Value {
        let topics = self
            .topics
            .iter()
            .map(|(id, (right, asked))| (id.as_str(), Value::from(vec![*right, *asked])))
            .collect::<Map>();
        object([
            ("rounds", Value::from(self.rounds)),
            ("best_percent", Value::from(self.best_percent)),
            ("percent_sum", Value::from(self.percent_sum)),
            ("topics", Value::Object(topics)),
            (
                "history",
                Value::Array(self.history.iter().map(ToJson::to_json).collect()),
            ),
            ("review", self.review.to_json()),
        ])
    }
}

impl FromJson for Progress {
    fn from_json(value: &Value) -> Result<Self, DecodeError> {
        let f = Fields::strict(
            value,
            "saved progress",
            &["rounds", "best_percent", "percent_sum", "topics", "history", "review"],
        )?;
        Ok(Progress {
            rounds: f.get("rounds")?,
            best_percent: f.get("best_percent")?,
            percent_sum: f.get("percent_sum")?,
            topics: f.get("topics")?,
            history: f.get("history")?,
            review: f.get("review")?,
        })
    }
}

impl ToJson for Played {
    fn to_json(&self) -> Value {
        let mode = PLAYED_MODE_VALUES.iter().position(|m| *m == self.mode).unwrap_or(0);
        object([
            ("mode", Value::from(PLAYED_MODES[mode])),
            ("at", Value::from(self.at)),
            ("correct", Value::from(self.correct)),
            ("total", Value::from(self.total)),
            ("seconds", Value::from(self.seconds)),
        ])
    }
}

impl FromJson for Played {
    fn from_json(value: &Value) -> Result<Self, DecodeError> {
        let f = Fields::lenient(value, "a round played")?;
        Ok(Played {
            mode: f.with("mode", |m| variant(m, &PLAYED_MODES, &PLAYED_MODE_VALUES))?,
            at: f.get("at")?,
            correct: f.get("correct")?,
            total: f.get("total")?,
            seconds: f.get("seconds")?,
        })
    }
}

impl ToJson for ReviewBoxes {
    fn to_json(&self) -> Value {
        let cards = self
            .cards
            .iter()
            .map(|(id, card)| {
                let card = object([("box", Value::from(card.box_no)), ("due", Value::from(card.due))]);
                (id.as_str(), card)
            })
            .collect::<Map>();
        object([("rounds", Value::from(self.rounds)), ("cards", Value::Object(cards))])
    }
}

impl FromJson for ReviewBoxes {
    fn from_json(value: &Value) -> Result<Self, DecodeError> {
        let f = Fields::lenient(value, "review boxes")?;
        Ok(ReviewBoxes {
            rounds: f.get("rounds")?,
            cards: f.get::<BTreeMap<String, Card>>("cards")?,
        })
    }
}

impl FromJson for Card {
    fn from_json(value: &Value) -> Result<Self, DecodeError> {
        let f = Fields::lenient(value, "a review card")?;
        Ok(Card {
            box_no: f.get("box")?,
            due: f.get("due")?,
        })
    }
}

const ATTEMPT_FIELDS: [&str; 9] = [
    "contest", "round_no", "code", "name", "unit", "correct", "total", "seconds", "day",
];

impl ToJson for Attempt {
    fn to_json(&self) -> Value {
        object([
            ("contest", Value::from(self.contest.as_str())),
            ("round_no", Value::from(self.round_no)),
            ("code", Value::from(self.code.as_str())),
            ("name", Value::from(self.name.as_str())),
            ("unit", Value::from(self.unit.as_str())),
            ("correct", Value::from(self.correct)),
            ("total", Value::from(self.total)),
            ("seconds", Value::from(self.seconds)),
            ("day", Value::from(self.day)),
        ])
    }
}

impl FromJson for Attempt {
    fn from_json(value: &Value) -> Result<Self, DecodeError> {
        let f = Fields::strict(value, "a contest attempt", &ATTEMPT_FIELDS)?;
        Ok(Attempt {
            contest: f.get("contest")?,
            round_no: f.get("round_no")?,
            code: f.get("code")?,
            name: f.get("name")?,
            unit: f.get("unit")?,
            correct: f.get("correct")?,
            total: f.get("total")?,
            seconds: f.get("seconds")?,
            day: f.get("day")?,
        })
    }
}

impl<T: ToJson> ToJson for [T] {
    fn to_json(&self) -> Value {
        Value::Array(self.iter().map(ToJson::to_json).collect())
    }
}

#[cfg(test)]
mod tests;
