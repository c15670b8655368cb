//! One round of the quiz as an explicit state machine.
//!
//! A round is drawn from a bank with a seed, then moves only through
//! [`Round::apply`]: answer the current question, see feedback, go on, until
//! every question is answered. Time arrives inside the actions.

use std::fmt;
use std::rc::Rc;

use super::bank::QuestionBank;
use super::ids::TopicId;
use super::ids::{ChoiceId, Millis};
use super::order::Rng;
use super::question::{Difficulty, Kind, Question};

/// How a round is drawn and played.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RoundConfig {
    /// How many questions; fewer if the bank has fewer that fit.
    pub length: usize,
    /// Draw only from these topics; all topics when empty.
    pub topics: Vec<TopicId>,
    /// Draw only questions of this difficulty; any when `None` (mixed).
    pub difficulty: Option<Difficulty>,
    /// Show right or wrong after each answer (practice). A contest shows
    /// nothing until the end: an answer moves straight to the next question.
    pub feedback: bool,
    /// The whole round must end within this many milliseconds of its start;
    /// questions unanswered then count as wrong. No limit when `None`.
    pub time_limit_ms: Option<u64>,
}

impl Default for RoundConfig {
    fn default() -> Self {
        Self {
            length: 10,
            topics: Vec::new(),
            difficulty: None,
            feedback: true,
            time_limit_ms: None,
        }
    }
}

impl RoundConfig {
    /// Whether `question` may be drawn under this config.
    #[must_use]
    pub fn admits(&self, question: &Question) -> bool {
        (self.topics.is_empty() || self.topics.contains(question.topic()))
            && self.difficulty.is_none_or(|d| d == question.difficulty())
    }
}

/// How a round's questions are drawn from those its config admits. Each
/// is fixed for ever by what it must redraw: challenge links and result
/// codes already sent carry only a seed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Draw {
    /// Every candidate shuffled ([`Rng::shuffle`]), then taken in order:
    /// practice, quick and challenge rounds (a challenge link redraws its
    /// round this way from the link's seed), and contest rounds whose
    /// codes start `HTX1`.
    #[default]
    Shuffled,
    /// Candidates drawn one place at a time ([`Rng::one_by_one`]) until the
    /// round is full: contest rounds whose codes start `HTX2`. The
    /// organiser's check replays each code's draw, and this one takes as
    /// many draws as the round needed (about 20–30) instead of one per
    /// candidate (452 with the bundled bank).
    OneByOne,
}

/// A drawn question with the order its options are shown in.
#[derive(Clone, Debug, PartialEq)]
pub struct RoundQuestion {
    question: Rc<Question>,
    order: Vec<ChoiceId>,
}

impl RoundQuestion {
    pub(crate) fn new(question: Rc<Question>, order: Vec<ChoiceId>) -> Self {
        Self { question, order }
    }

    #[must_use]
    pub fn question(&self) -> &Question {
        &self.question
    }

    /// Option ids in display order: the first is shown first (key 1).
    #[must_use]
    pub fn order(&self) -> &[ChoiceId] {
        &self.order
    }
}

/// The player's answer to one question.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Answer {
    /// The options picked, in the order the player picked them.
    pub picked: Vec<ChoiceId>,
    pub correct: bool,
    pub at: Millis,
}

/// Where the round is. Each variant states what holds in it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Phase {
    /// Question `index` is shown and not yet answered; `index` answers exist.
    Asking { index: usize },
    /// Question `index` was just answered and its feedback is shown;
    /// `index + 1` answers exist.
    Feedback { index: usize },
    /// Every question has an answer; the round ended at `at`.
    Finished { at: Millis },
}

/// What a player can do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// Answer the current question with these options.
    Answer { picked: Vec<ChoiceId>, at: Millis },
    /// Leave the feedback for the next question, or the results.
    Next { at: Millis },
    /// The clock passed the round's time limit: end the round now.
    TimeUp { at: Millis },
}

/// Why an action was refused. The round is unchanged.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Rejected {
    /// An answer came while no question was waiting for one.
    NotAsking,
    /// "Next" came while no feedback was shown.
    NotShowingFeedback,
    /// An answer came after the round's time limit; the round must end.
    TimeIsUp,
    /// "Time up" came before the limit, or in a round without one.
    TimeNotUp,
    /// An answer with no option picked.
    NothingPicked,
    /// Several options picked for a question that takes one.
    OnlyOneAllowed,
    /// An option the question does not have.
    UnknownChoice(ChoiceId),
    /// The same option picked twice in one answer.
    PickedTwice(ChoiceId),
}

impl fmt::Display for Rejected {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Rejected::NotAsking => f.write_str("no question is waiting for an answer"),
            Rejected::NotShowingFeedback => f.write_str("there is no feedback to move on from"),
            Rejected::TimeIsUp => f.write_str("the time for this round is up"),
            Rejected::TimeNotUp => f.write_str("the time for this round is not up"),
            Rejected::NothingPicked => f.write_str("no option was picked"),
            Rejected::OnlyOneAllowed => f.write_str("this question takes only one option"),
            Rejected::UnknownChoice(c) => write!(f, "the question has no option {}", c.letter()),
            Rejected::PickedTwice(c) => write!(f, "option {} was picked twice", c.letter()),
        }
    }
}

/// One round: the drawn questions, the answers so far and the phase.
#[derive(Clone, Debug, PartialEq)]
pub struct Round {
    seed: u64,
    started_at: Millis,
    feedback: bool,
    time_limit_ms: Option<u64>,
    questions: Vec<RoundQuestion>,
    answers: Vec<Answer>,
    phase: Phase,
}

impl Round {
    /// Draws `config.length` questions at random from those of `bank` the
    /// config admits, and shuffles their options. The same bank, config and
    /// seed always give the same round.
    #[must_use]
    pub fn start(bank: &QuestionBank, config: &RoundConfig, seed: u64, at: Millis) -> Round {
        Round::with_questions(Round::draw(bank, config, seed, Draw::Shuffled), config, seed, at)
    }

    /// The questions `start` would ask, in order, drawn the `draw` way
    /// (a contest draws [`Draw::OneByOne`]).
    #[must_use]
    pub fn draw(bank: &QuestionBank, config: &RoundConfig, seed: u64, draw: Draw) -> Vec<Rc<Question>> {
        let mut rng = Rng::new(seed);
        let mut candidates: Vec<Rc<Question>> = bank.questions().iter().filter(|q| config.admits(q)).cloned().collect();
        match draw {
            Draw::Shuffled => {
                rng.shuffle(&mut candidates);
                super::draw::one_per_family(candidates, config.length)
            }
            // `one_per_family` stops pulling once the round is full.
            Draw::OneByOne => super::draw::one_per_family(rng.one_by_one(&mut candidates), config.length),
        }
    }

    /// A round of exactly these questions in this order (a review round
    /// chooses them itself); only their options are shuffled, by `seed`.
    #[must_use]
    pub fn with_questions(picks: Vec<Rc<Question>>, config: &RoundConfig, seed: u64, at: Millis) -> Round {
        // A stream apart from the draw's, so the same question gets the same
        // option order whichever way it was chosen.
        let mut rng = Rng::new(seed ^ 0x9E37_79B9_7F4A_7C15);
        let questions: Vec<RoundQuestion> = picks
            .into_iter()
            .map(|question| {
                let mut order: Vec<ChoiceId> = question.choice_ids().collect();
                if question.kind() != Kind::TrueFalse {
                    rng.shuffle(&mut order);
                }
                RoundQuestion::new(question, order)
            })
            .collect();
        Round::from_parts(seed, at, questions, config.feedback, config.time_limit_ms)
    }

    /// A round about to ask its first question (finished at once if empty).
    pub(crate) fn from_parts(
        seed: u64,
        at: Millis,
        questions: Vec<RoundQuestion>,
        feedback: bool,
        time_limit_ms: Option<u64>,
    ) -> Round {
        let phase = if questions.is_empty() {
            Phase::Finished { at }
        } else {
            Phase::Asking { index: 0 }
        };
        Round {
            seed,
            started_at: at,
            feedback,
            time_limit_ms,
            questions,
            answers: Vec::new(),
            phase,
        }
    }

    /// The round after `action`, or why the action does not fit now.
    pub fn apply(&self, action: Action) -> Result<Round, Rejected> {
        match (action, &self.phase) {
            (Action::Answer { picked, at }, &Phase::Asking { index }) => {
                if self.deadline().is_some_and(|deadline| at >= deadline) {
                    return Err(Rejected::TimeIsUp);
                }
                let question = self.questions[index].question();
                check_pick(question, &picked)?;
                let correct = question.is_answered_by(&picked);
                let mut next = self.clone();
                next.answers.push(Answer { picked, correct, at });
                next.phase = if self.feedback {
                    Phase::Feedback { index }
                } else {
                    next.after(index, at)
                };
                Ok(next)
            }
            (Action::Answer { .. }, _) => Err(Rejected::NotAsking),
            (Action::Next { at }, &Phase::Feedback { index }) => {
                let mut next = self.clone();
                next.phase = self.after(index, at);
                Ok(next)
            }
            (Action::Next { .. }, _) => Err(Rejected::NotShowingFeedback),
            (Action::TimeUp { at }, Phase::Asking { .. } | Phase::Feedback { .. }) => match self.deadline() {
                Some(deadline) if at >= deadline => {
                    let mut next = self.clone();
                    next.phase = Phase::Finished { at: deadline };
                    Ok(next)
                }
                _ => Err(Rejected::TimeNotUp),
            },
            (Action::TimeUp { .. }, Phase::Finished { .. }) => Err(Rejected::TimeNotUp),
        }
    }

    /// The phase after question `index` is done with.
    fn after(&self, index: usize, at: Millis) -> Phase {
        if index + 1 < self.questions.len() {
            Phase::Asking { index: index + 1 }
        } else {
            Phase::Finished { at }
        }
    }

    /// When the round must end, if it has a time limit.
    #[must_use]
    pub fn deadline(&self) -> Option<Millis> {
        self.time_limit_ms
            .map(|limit| Millis(self.started_at.0.saturating_add(limit)))
    }

    /// Milliseconds left at `now` (zero once the limit has passed), if the
    /// round has a limit and is still being played.
    #[must_use]
    pub fn remaining_ms(&self, now: Millis) -> Option<u64> {
        match self.phase {
            Phase::Finished { .. } => None,
            _ => self.deadline().map(|deadline| deadline.0.saturating_sub(now.0)),
        }
    }

    /// Whether each answer is followed by its feedback.
    #[must_use]
    pub fn shows_feedback(&self) -> bool {
        self.feedback
    }

    #[must_use]
    pub fn time_limit_ms(&self) -> Option<u64> {
        self.time_limit_ms
    }

    /// Right answers in a row, counted back from the latest answer.
    #[must_use]
    pub fn streak(&self) -> usize {
        self.answers.iter().rev().take_while(|a| a.correct).count()
    }

    #[must_use]
    pub fn phase(&self) -> &Phase {
        &self.phase
    }

    #[must_use]
    pub fn seed(&self) -> u64 {
        self.seed
    }

    #[must_use]
    pub fn started_at(&self) -> Millis {
        self.started_at
    }

    #[must_use]
    pub fn questions(&self) -> &[RoundQuestion] {
        &self.questions
    }

    #[must_use]
    pub fn answers(&self) -> &[Answer] {
        &self.answers
    }

    /// How many questions the round has.
    #[must_use]
    pub fn len(&self) -> usize {
        self.questions.len()
    }

    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.questions.is_empty()
    }

    /// The index of the question on screen (asked or in feedback).
    #[must_use]
    pub fn current_index(&self) -> Option<usize> {
        match self.phase {
            Phase::Asking { index } | Phase::Feedback { index } => Some(index),
            Phase::Finished { .. } => None,
        }
    }

    /// The answer given to question `index`, if any.
    #[must_use]
    pub fn answer(&self, index: usize) -> Option<&Answer> {
        self.answers.get(index)
    }
}

fn check_pick(question: &Question, picked: &[ChoiceId]) -> Result<(), Rejected> {
    if picked.is_empty() {
        return Err(Rejected::NothingPicked);
    }
    if question.kind() != Kind::Multiple && picked.len() > 1 {
        return Err(Rejected::OnlyOneAllowed);
    }
    for (i, choice) in picked.iter().enumerate() {
        if question.choice(*choice).is_none() {
            return Err(Rejected::UnknownChoice(*choice));
        }
        if picked[..i].contains(choice) {
            return Err(Rejected::PickedTwice(*choice));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quiz::fixture;

    const T0: Millis = Millis(1_700_000_000_000);

    fn correct_pick(round: &Round) -> Vec<ChoiceId> {
        let index = round.current_index().expect("a question is on screen");
        round.questions()[index].question().correct_choices()
    }

    fn wrong_pick(round: &Round) -> Vec<ChoiceId> {
        let index = round.current_index().expect("a question is on screen");
        fixture::answer(round.questions()[index].question(), false)
    }

    #[test]
    fn a_round_draws_ten_distinct_questions() {
        let bank = fixture::bank(40);
        let round = Round::start(&bank, &RoundConfig::default(), 1, T0);
        assert_eq!(round.len(), 10);
        let mut ids: Vec<_> = round.questions().iter().map(|q| q.question().id().clone()).collect();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), 10);
        assert_eq!(round.phase(), &Phase::Asking { index: 0 });
    }

    #[test]
    fn the_shuffled_draw_is_the_one_every_challenge_link_and_practice_round_was_made_with() {
        // The draw as it was written before there were two: shuffle every
        // candidate, then take them one per family. Challenge links redraw
        // from their seed, so this must never change.
        let bank = fixture::bank(60);
        let config = RoundConfig {
            topics: vec![TopicId::new("a"), TopicId::new("b")],
            ..RoundConfig::default()
        };
        for seed in 0..100 {
            let mut rng = Rng::new(seed);
            let mut candidates: Vec<Rc<Question>> =
                bank.questions().iter().filter(|q| config.admits(q)).cloned().collect();
            rng.shuffle(&mut candidates);
            let before = crate::quiz::draw::one_per_family(candidates, config.length);
            let round = Round::start(&bank, &config, seed, T0);
            let drawn: Vec<&Question> = round.questions().iter().map(RoundQuestion::question).collect();
            let expected: Vec<&Question> = before.iter().map(AsRef::as_ref).collect();
            assert_eq!(drawn, expected, "seed {seed}");
        }
    }

    #[test]
    fn the_one_by_one_draw_keeps_the_rules_and_draws_another_round() {
        // Families, topics and length hold as in the shuffled draw; the
        // questions differ (another use of the seed).
        let questions = (0..40)
            .map(|i| {
                let mut q = fixture::single(&format!("q{i:02}"), if i % 2 == 0 { "a" } else { "b" }, 4, 0);
                q.family = (i % 3 == 0).then(|| format!("f{}", i % 4));
                q
            })
            .collect();
        let bank = fixture::bank_of(questions);
        let config = RoundConfig {
            topics: vec![TopicId::new("a")],
            ..RoundConfig::default()
        };
        let mut differing = 0;
        for seed in 0..100 {
            let picks = Round::draw(&bank, &config, seed, Draw::OneByOne);
            assert_eq!(picks.len(), 10, "seed {seed}");
            assert!(picks.iter().all(|q| q.topic().as_str() == "a"));
            let mut families: Vec<&str> = picks.iter().filter_map(|q| q.family()).collect();
            let with_family = families.len();
            families.sort_unstable();
            families.dedup();
            assert_eq!(families.len(), with_family, "seed {seed}: two of one family");
            differing += usize::from(picks != Round::draw(&bank, &config, seed, Draw::Shuffled));
        }
        assert!(differing >= 95, "only {differing} of 100 seeds drew another round");
    }

    #[test]
    fn a_round_never_holds_two_questions_of_one_family() {
        // 40 questions in 8 families of 5: a 10-question round can hold at
        // most 8, one of each, whatever the seed.
        let questions = (0..40)
            .map(|i| {
                let mut q = fixture::single(&format!("q{i:02}"), "a", 4, 0);
                q.family = Some(format!("f{}", i % 8));
                q
            })
            .collect();
        let bank = fixture::bank_of(questions);
        for seed in 0..200 {
            let round = Round::start(&bank, &RoundConfig::default(), seed, T0);
            let mut families: Vec<_> = round.questions().iter().map(|q| q.question().family()).collect();
            assert_eq!(round.len(), 8, "seed {seed}");
            families.sort_unstable();
            families.dedup();
            assert_eq!(families.len(), 8, "seed {seed}: two of one family");
        }
    }

    #[test]
    fn the_same_seed_and_bank_give_the_same_round_and_other_seeds_differ() {
        let bank = fixture::bank(40);
        let a = Round::start(&bank, &RoundConfig::default(), 99, T0);
        let b = Round::start(&bank, &RoundConfig::default(), 99, T0);
        assert_eq!(a, b);
        let differing = (0..20)
            .filter(|seed| Round::start(&bank, &RoundConfig::default(), *seed, T0).questions() != a.questions())
            .count();
        assert!(differing >= 19, "only {differing} of 20 seeds drew another round");
    }

    #[test]
    fn options_are_shuffled_but_true_false_keeps_true_first() {
        let bank = fixture::bank(40);
        let shuffled = (0..50)
            .flat_map(|seed| {
                Round::start(&bank, &RoundConfig::default(), seed, T0)
                    .questions()
                    .to_vec()
            })
            .filter(|q| q.order() != [ChoiceId(0), ChoiceId(1), ChoiceId(2), ChoiceId(3)])
            .count();
        assert!(
            shuffled > 400,
            "options were left in bank order too often: {shuffled}/500 shuffled"
        );

        let tf = fixture::bank_of(
            (0..12)
                .map(|i| fixture::true_false(&format!("t{i}"), "a", i % 2 == 0))
                .collect(),
        );
        for seed in 0..20 {
            for q in Round::start(&tf, &RoundConfig::default(), seed, T0).questions() {
                assert_eq!(q.order(), [ChoiceId(0), ChoiceId(1)]);
            }
        }
    }

    #[test]
    fn a_small_bank_gives_a_shorter_round_and_an_empty_bank_a_finished_one() {
        let round = Round::start(&fixture::bank(3), &RoundConfig::default(), 5, T0);
        assert_eq!(round.len(), 3);
        let empty = Round::start(&fixture::bank(0), &RoundConfig::default(), 5, T0);
        assert!(empty.is_empty());
        assert_eq!(empty.summary().map(|s| s.total), Some(0));
    }

    #[test]
    fn a_full_round_moves_through_every_phase_and_counts_the_right_answers() {
        let bank = fixture::bank(40);
        let mut round = Round::start(&bank, &RoundConfig::default(), 3, T0);
        for i in 0..10 {
            assert_eq!(round.phase(), &Phase::Asking { index: i });
            let pick = if i % 3 == 0 {
                wrong_pick(&round)
            } else {
                correct_pick(&round)
            };
            let at = Millis(T0.0 + 1_000 * (i as u64 + 1));
            round = round.apply(Action::Answer { picked: pick, at }).unwrap();
            assert_eq!(round.phase(), &Phase::Feedback { index: i });
            assert_eq!(round.answer(i).unwrap().correct, i % 3 != 0);
            assert!(round.summary().is_none(), "no summary before the end");
            round = round.apply(Action::Next { at: Millis(at.0 + 500) }).unwrap();
        }
        let end = Millis(T0.0 + 10_500);
        assert_eq!(round.phase(), &Phase::Finished { at: end });
        let summary = round.summary().unwrap();
        assert_eq!(summary.correct, 6, "questions 0, 3, 6, 9 were answered wrong");
        assert_eq!(summary.total, 10);
        assert_eq!(summary.duration_ms, 10_500);
    }

    #[test]
    fn actions_that_do_not_fit_the_phase_are_rejected_and_change_nothing() {
        let bank = fixture::bank(12);
        let asking = Round::start(&bank, &RoundConfig::default(), 8, T0);
        assert_eq!(asking.apply(Action::Next { at: T0 }), Err(Rejected::NotShowingFeedback));

        let feedback = asking
            .apply(Action::Answer {
                picked: correct_pick(&asking),
                at: T0,
            })
            .unwrap();
        let again = feedback.apply(Action::Answer {
            picked: vec![ChoiceId(0)],
            at: T0,
        });
        assert_eq!(again, Err(Rejected::NotAsking), "a second answer to the same question");

        let mut finished = asking.clone();
        while finished.summary().is_none() {
            let pick = correct_pick(&finished);
            finished = finished.apply(Action::Answer { picked: pick, at: T0 }).unwrap();
            finished = finished.apply(Action::Next { at: T0 }).unwrap();
        }
        assert_eq!(
            finished.apply(Action::Next { at: T0 }),
            Err(Rejected::NotShowingFeedback)
        );
        assert_eq!(
            finished.apply(Action::Answer {
                picked: vec![ChoiceId(0)],
                at: T0
            }),
            Err(Rejected::NotAsking)
        );
    }

    #[test]
    fn malformed_answers_are_rejected_with_a_reason() {
        let single = fixture::bank_of((0..10).map(|i| fixture::single(&format!("s{i}"), "a", 4, 1)).collect());
        let round = Round::start(&single, &RoundConfig::default(), 1, T0);
        let cases = [
            (vec![], Rejected::NothingPicked),
            (vec![ChoiceId(0), ChoiceId(1)], Rejected::OnlyOneAllowed),
            (vec![ChoiceId(4)], Rejected::UnknownChoice(ChoiceId(4))),
            (vec![ChoiceId(200)], Rejected::UnknownChoice(ChoiceId(200))),
        ];
        for (picked, reason) in cases {
            assert_eq!(round.apply(Action::Answer { picked, at: T0 }), Err(reason));
        }

        let multi = fixture::bank_of(
            (0..10)
                .map(|i| fixture::multiple(&format!("m{i}"), "a", 5, &[0, 2]))
                .collect(),
        );
        let round = Round::start(&multi, &RoundConfig::default(), 1, T0);
        assert_eq!(
            round.apply(Action::Answer {
                picked: vec![ChoiceId(2), ChoiceId(2)],
                at: T0
            }),
            Err(Rejected::PickedTwice(ChoiceId(2)))
        );
        let right = round
            .apply(Action::Answer {
                picked: vec![ChoiceId(2), ChoiceId(0)],
                at: T0,
            })
            .unwrap();
        assert!(right.answer(0).unwrap().correct);
        let partial = round
            .apply(Action::Answer {
                picked: vec![ChoiceId(0)],
                at: T0,
            })
            .unwrap();
        assert!(!partial.answer(0).unwrap().correct, "half the correct options is wrong");
    }

    #[test]
    fn a_practice_config_draws_only_its_topics_and_difficulty() {
        let bank = fixture::bank(60);
        let config = RoundConfig {
            length: 5,
            topics: vec![TopicId::new("b")],
            difficulty: Some(Difficulty::Hard),
            ..RoundConfig::default()
        };
        for seed in 0..20 {
            let round = Round::start(&bank, &config, seed, T0);
            assert_eq!(round.len(), 5);
            for q in round.questions() {
                assert_eq!(q.question().topic().as_str(), "b");
                assert_eq!(q.question().difficulty(), Difficulty::Hard);
            }
        }
        // 60 questions: 10 are both topic b and hard, so a round of 20 has 10.
        let long = RoundConfig { length: 20, ..config };
        assert_eq!(Round::start(&bank, &long, 1, T0).len(), 10);
    }

    #[test]
    fn a_contest_round_moves_on_without_feedback_and_ends_by_itself_when_time_is_up() {
        let bank = fixture::bank(40);
        let config = RoundConfig {
            length: 5,
            feedback: false,
            time_limit_ms: Some(60_000),
            ..RoundConfig::default()
        };
        let round = Round::start(&bank, &config, 7, T0);
        assert_eq!(round.deadline(), Some(Millis(T0.0 + 60_000)));
        assert_eq!(round.remaining_ms(Millis(T0.0 + 15_000)), Some(45_000));
        let one = round
            .apply(Action::Answer {
                picked: correct_pick(&round),
                at: Millis(T0.0 + 1_000),
            })
            .unwrap();
        assert_eq!(one.phase(), &Phase::Asking { index: 1 }, "no feedback in a contest");
        assert_eq!(
            one.apply(Action::TimeUp {
                at: Millis(T0.0 + 59_999)
            }),
            Err(Rejected::TimeNotUp)
        );
        assert_eq!(
            one.apply(Action::Answer {
                picked: correct_pick(&one),
                at: Millis(T0.0 + 60_000)
            }),
            Err(Rejected::TimeIsUp),
            "an answer after the limit is not counted"
        );
        let ended = one
            .apply(Action::TimeUp {
                at: Millis(T0.0 + 61_234),
            })
            .unwrap();
        assert_eq!(
            ended.phase(),
            &Phase::Finished {
                at: Millis(T0.0 + 60_000)
            },
            "the round ends at the limit, however late the clock noticed"
        );
        let summary = ended.summary().unwrap();
        assert_eq!(
            (summary.correct, summary.total),
            (1, 5),
            "unanswered questions count as wrong"
        );
        assert_eq!(summary.by_topic.iter().map(|t| t.total).sum::<usize>(), 5);
        assert_eq!(summary.duration_ms, 60_000);
        assert_eq!(ended.remaining_ms(Millis(T0.0 + 70_000)), None);
    }

    #[test]
    fn time_up_is_refused_in_a_round_without_a_limit() {
        let round = Round::start(&fixture::bank(12), &RoundConfig::default(), 1, T0);
        assert_eq!(round.deadline(), None);
        assert_eq!(
            round.apply(Action::TimeUp { at: Millis(u64::MAX) }),
            Err(Rejected::TimeNotUp)
        );
    }

    #[test]
    fn the_streak_counts_right_answers_in_a_row_back_from_the_latest() {
        let bank = fixture::bank(40);
        let mut round = Round::start(&bank, &RoundConfig::default(), 2, T0);
        let mut streaks = Vec::new();
        for right in [true, true, false, true, true, true] {
            let picked = if right {
                correct_pick(&round)
            } else {
                wrong_pick(&round)
            };
            round = round.apply(Action::Answer { picked, at: T0 }).unwrap();
            streaks.push(round.streak());
            round = round.apply(Action::Next { at: T0 }).unwrap();
        }
        assert_eq!(streaks, [1, 2, 0, 1, 2, 3]);
    }

    #[test]
    fn rejections_read_as_sentences() {
        assert_eq!(
            Rejected::UnknownChoice(ChoiceId(4)).to_string(),
            "the question has no option E"
        );
        assert_eq!(
            Rejected::OnlyOneAllowed.to_string(),
            "this question takes only one option"
        );
    }
}
