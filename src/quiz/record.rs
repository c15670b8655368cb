//! A round as plain data, to keep it across a reload, and the checks that
//! turn saved data back into a round. Saved data is untrusted: it may be
//! from an older bank, edited by hand or half written. Correctness is never
//! read from it; it is recomputed from the bank.

use std::fmt;
use std::rc::Rc;

use super::bank::QuestionBank;
use super::ids::{ChoiceId, Millis, QuestionId};
use super::question::Kind;
use super::round::{Action, Phase, Round, RoundQuestion};

/// Everything needed to rebuild a round.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RoundRecord {
    pub seed: u64,
    pub started_at: u64,
    /// Question ids in round order, each with its option order.
    pub questions: Vec<(String, Vec<u8>)>,
    /// The options picked for each answered question, and when.
    pub answers: Vec<(Vec<u8>, u64)>,
    /// Whether the last answer's feedback is still on screen.
    pub showing_feedback: bool,
    /// When the round ended, if it did.
    pub finished_at: Option<u64>,
    /// A contest round: answers move on without feedback. (Absent in
    /// rounds saved before contests existed: those showed feedback.)
    pub no_feedback: bool,
    /// The round's time limit, if it has one.
    pub time_limit_ms: Option<u64>,
}

/// Why a saved round cannot be rebuilt.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RestoreError {
    /// A question is no longer in the bank (the organiser replaced it).
    UnknownQuestion(String),
    /// An option order is not a rearrangement of the question's options.
    OptionsChanged(String),
    /// The answers do not fit the questions or the phase.
    Inconsistent(&'static str),
}

impl fmt::Display for RestoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RestoreError::UnknownQuestion(id) => write!(f, "question {id} is no longer in the bank"),
            RestoreError::OptionsChanged(id) => write!(f, "the options of question {id} have changed"),
            RestoreError::Inconsistent(what) => write!(f, "the saved round is inconsistent: {what}"),
        }
    }
}

impl Round {
    /// This round as plain data.
    #[must_use]
    pub fn record(&self) -> RoundRecord {
        RoundRecord {
            seed: self.seed(),
            started_at: self.started_at().0,
            questions: self
                .questions()
                .iter()
                .map(|q| (q.question().id().to_string(), q.order().iter().map(|c| c.0).collect()))
                .collect(),
            answers: self
                .answers()
                .iter()
                .map(|a| (a.picked.iter().map(|c| c.0).collect(), a.at.0))
                .collect(),
            showing_feedback: matches!(self.phase(), Phase::Feedback { .. }),
            finished_at: match self.phase() {
                Phase::Finished { at } => Some(at.0),
                _ => None,
            },
            no_feedback: !self.shows_feedback(),
            time_limit_ms: self.time_limit_ms(),
        }
    }

    /// Rebuilds a round from `record` against `bank`, replaying its answers
    /// through the same rules as live play.
    pub fn restore(bank: &QuestionBank, record: &RoundRecord) -> Result<Round, RestoreError> {
        let mut questions = Vec::with_capacity(record.questions.len());
        for (id, order) in &record.questions {
            let question = bank
                .questions()
                .iter()
                .find(|q| q.id() == &QuestionId::new(id.as_str()))
                .ok_or_else(|| RestoreError::UnknownQuestion(id.clone()))?;
            let order: Vec<ChoiceId> = order.iter().map(|c| ChoiceId(*c)).collect();
            let expected: Vec<ChoiceId> = question.choice_ids().collect();
            // Every option once (checked without sorting: a sort would be
            // the only one left in the players' wasm, for six options).
            let same_options = order.len() == expected.len() && expected.iter().all(|id| order.contains(id));
            let true_false_moved = question.kind() == Kind::TrueFalse && order != expected;
            if !same_options || true_false_moved {
                return Err(RestoreError::OptionsChanged(id.clone()));
            }
            questions.push(RoundQuestion::new(Rc::clone(question), order));
        }
        if questions.is_empty() {
            return Err(RestoreError::Inconsistent("no questions"));
        }
        let mut round = Round::from_parts(
            record.seed,
            Millis(record.started_at),
            questions,
            !record.no_feedback,
            record.time_limit_ms,
        );
        let answered = record.answers.len();
        for (i, (picked, at)) in record.answers.iter().enumerate() {
            let picked = picked.iter().map(|c| ChoiceId(*c)).collect();
            round = round
                .apply(Action::Answer {
                    picked,
                    at: Millis(*at),
                })
                .map_err(|_| RestoreError::Inconsistent("an answer the question does not take"))?;
            let last = i + 1 == answered;
            if matches!(round.phase(), Phase::Feedback { .. }) && (!last || !record.showing_feedback) {
                let next_at = record.finished_at.filter(|_| last).unwrap_or(*at);
                round = round
                    .apply(Action::Next { at: Millis(next_at) })
                    .map_err(|_| RestoreError::Inconsistent("more answers than questions"))?;
            }
        }
        // A round that ended on its time limit before every answer was given.
        if let (Some(at), false) = (record.finished_at, matches!(round.phase(), Phase::Finished { .. })) {
            round = round
                .apply(Action::TimeUp { at: Millis(at) })
                .map_err(|_| RestoreError::Inconsistent("the round ended before its time was up"))?;
        }
        let finished = matches!(round.phase(), Phase::Finished { .. });
        if finished != record.finished_at.is_some() || (record.showing_feedback && answered == 0) {
            return Err(RestoreError::Inconsistent("the phase does not match the answers"));
        }
        Ok(round)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quiz::{fixture, RoundConfig};
    use crate::storage::ToJson;

    fn played(answers: usize, then_next: bool) -> Round {
        let bank = fixture::bank(30);
        let mut round = Round::start(&bank, &RoundConfig::default(), 17, Millis(1_000));
        for i in 0..answers {
            let index = round.current_index().unwrap();
            let q = round.questions()[index].question();
            let pick = fixture::answer(q, i % 2 == 0);
            round = round
                .apply(Action::Answer {
                    picked: pick,
                    at: Millis(2_000 + i as u64 * 1_000),
                })
                .unwrap();
            if i + 1 < answers || then_next {
                round = round
                    .apply(Action::Next {
                        at: Millis(2_500 + i as u64 * 1_000),
                    })
                    .unwrap();
            }
        }
        round
    }

    #[test]
    fn every_phase_survives_a_round_trip_through_json() {
        let bank = fixture::bank(30);
        for (answers, then_next) in [
            (0, false),
            (1, false),
            (1, true),
            (4, false),
            (9, true),
            (10, false),
            (10, true),
        ] {
            let round = played(answers, then_next);
            let json = crate::json::to_string(&round.record().to_json());
            let record: RoundRecord = crate::json::from_str(&json).unwrap();
            let restored = Round::restore(&bank, &record).unwrap();
            assert_eq!(restored.phase(), round.phase(), "{answers} answers, next: {then_next}");
            assert_eq!(restored.answers(), round.answers());
            assert_eq!(restored.questions(), round.questions());
            assert_eq!(restored.summary(), round.summary());
        }
    }

    #[test]
    fn a_contest_round_ended_by_the_clock_survives_a_round_trip() {
        let bank = fixture::bank(30);
        let config = RoundConfig {
            length: 6,
            feedback: false,
            time_limit_ms: Some(10_000),
            ..RoundConfig::default()
        };
        let mut round = Round::start(&bank, &config, 3, Millis(0));
        for at in [1_000, 2_000] {
            let q = round.questions()[round.current_index().unwrap()].question();
            round = round
                .apply(Action::Answer {
                    picked: q.correct_choices(),
                    at: Millis(at),
                })
                .unwrap();
        }
        for r in [
            round.clone(),
            round.apply(Action::TimeUp { at: Millis(12_000) }).unwrap(),
        ] {
            let json = crate::json::to_string(&r.record().to_json());
            let restored = Round::restore(&bank, &crate::json::from_str(&json).unwrap()).unwrap();
            assert_eq!(restored, r);
        }
    }

    #[test]
    fn correctness_is_recomputed_not_trusted() {
        let bank = fixture::bank(30);
        let round = played(3, false);
        let mut record = round.record();
        // A hand-edited record cannot claim a wrong answer was right: the
        // record has no "correct" field, and the bank decides.
        record.answers[1].0 = vec![round.questions()[1].question().correct_choices()[0].0];
        let restored = Round::restore(&bank, &record).unwrap();
        assert!(restored.answer(1).unwrap().correct);
        assert_eq!(restored.answers().iter().filter(|a| a.correct).count(), 3);
    }

    #[test]
    fn a_changed_bank_or_a_damaged_record_is_refused_with_a_reason() {
        let bank = fixture::bank(30);
        let good = played(3, false).record();

        let mut r = good.clone();
        r.questions[2].0 = "gone".into();
        assert_eq!(
            Round::restore(&bank, &r),
            Err(RestoreError::UnknownQuestion("gone".into()))
        );

        let mut r = good.clone();
        r.questions[0].1 = vec![0, 1, 2];
        assert!(matches!(
            Round::restore(&bank, &r),
            Err(RestoreError::OptionsChanged(_))
        ));

        let mut r = good.clone();
        r.questions[0].1 = vec![0, 0, 1, 2];
        assert!(matches!(
            Round::restore(&bank, &r),
            Err(RestoreError::OptionsChanged(_))
        ));

        let mut r = good.clone();
        r.answers[0].0 = vec![9];
        assert!(matches!(Round::restore(&bank, &r), Err(RestoreError::Inconsistent(_))));

        let mut r = good.clone();
        r.finished_at = Some(99);
        assert!(matches!(Round::restore(&bank, &r), Err(RestoreError::Inconsistent(_))));

        let mut r = good.clone();
        r.answers = (0..11).map(|_| (vec![0], 5)).collect();
        assert!(matches!(Round::restore(&bank, &r), Err(RestoreError::Inconsistent(_))));

        let mut r = good;
        r.questions.clear();
        r.answers.clear();
        r.showing_feedback = false;
        assert!(matches!(Round::restore(&bank, &r), Err(RestoreError::Inconsistent(_))));
    }

    #[test]
    fn records_from_another_layout_do_not_parse() {
        assert!(crate::json::from_str::<RoundRecord>(r#"{"seed":1}"#).is_err());
        assert!(crate::json::from_str::<RoundRecord>(
            r#"{"seed":"x","started_at":0,"questions":[],"answers":[],"showing_feedback":false,"finished_at":null}"#
        )
        .is_err());
        assert!(crate::json::from_str::<RoundRecord>("[]").is_err());
    }
}
