//! Spaced review of mistakes, Leitner-box style. Every answered question
//! has a box: a wrong answer sends it to box 1, a right one moves it up a
//! box (to 5 at most). A question in box `b` is due again after 1, 2, 4, 8
//! or 16 more rounds, so mistakes come back soon and known answers rarely.
//! Counted in rounds, not days: people play in bursts, and a due question
//! should be waiting the next time they play, whenever that is.

use std::collections::BTreeMap;
use std::rc::Rc;

use super::bank::QuestionBank;
use super::question::Question;
use super::round::Round;

pub const BOXES: u8 = 5;

/// Where one question stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Card {
    /// 1 (just missed) to 5 (known); saved as `box`.
    pub box_no: u8,
    /// The round count from which it is due again.
    pub due: u32,
}

/// The boxes of every question answered on this device.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ReviewBoxes {
    /// Rounds finished so far.
    pub rounds: u32,
    /// By question id.
    pub cards: BTreeMap<String, Card>,
}

fn interval(box_no: u8) -> u32 {
    1 << (box_no.clamp(1, BOXES) - 1)
}

impl ReviewBoxes {
    /// Moves every answered question of a finished `round` to its new box.
    /// Unanswered questions (time ran out) count as missed.
    pub fn record(&mut self, round: &Round) {
        self.rounds = self.rounds.saturating_add(1);
        for (i, drawn) in round.questions().iter().enumerate() {
            let right = round.answer(i).is_some_and(|a| a.correct);
            let id = drawn.question().id().to_string();
            let box_no = match (self.cards.get(&id), right) {
                (_, false) => 1,
                (Some(card), true) => (card.box_no + 1).min(BOXES),
                (None, true) => 2,
            };
            let due = self.rounds.saturating_add(interval(box_no));
            self.cards.insert(id, Card { box_no, due });
        }
    }

    /// Questions due now, lowest box first, then the longest overdue.
    #[must_use]
    pub fn due(&self, bank: &QuestionBank) -> Vec<Rc<Question>> {
        self.ordered(bank, &|card| card.due <= self.rounds)
    }

    /// A review round's questions: those due first, then the ones not yet
    /// known (boxes 1 to 4) soonest due, up to `length`.
    #[must_use]
    pub fn draw(&self, bank: &QuestionBank, length: usize) -> Vec<Rc<Question>> {
        let mut picks = self.due(bank);
        let rest = self.ordered(bank, &|card| card.due > self.rounds && card.box_no < BOXES);
        picks.extend(rest);
        super::draw::one_per_family(picks, length)
    }

    /// How many of the bank's questions sit in each box (index 0 = box 1).
    #[must_use]
    pub fn box_counts(&self, bank: &QuestionBank) -> [usize; BOXES as usize] {
        let mut counts = [0; BOXES as usize];
        for q in bank.questions() {
            if let Some(card) = self.cards.get(q.id().as_str()) {
                counts[usize::from(card.box_no.clamp(1, BOXES) - 1)] += 1;
            }
        }
        counts
    }

    // `keep` is a `dyn`: one copy of this function for both callers, not
    // one per closure.
    fn ordered(&self, bank: &QuestionBank, keep: &dyn Fn(&Card) -> bool) -> Vec<Rc<Question>> {
        // Each card goes in after those that come before or with it (a
        // stable order, bank order among equals): a sort would link
        // another sort into the players' wasm, for a few hundred cards.
        let mut found: Vec<(Card, Rc<Question>)> = Vec::new();
        for q in bank.questions() {
            if let Some(card) = self.cards.get(q.id().as_str()).filter(|card| keep(card)) {
                let key = (card.box_no, card.due);
                let at = found.partition_point(|(other, _)| (other.box_no, other.due) <= key);
                found.insert(at, (*card, Rc::clone(q)));
            }
        }
        found.into_iter().map(|(_, q)| q).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quiz::{fixture, Action, Millis, RoundConfig};

    /// Plays a round of `questions`, answering right those in `right`.
    fn play(bank: &QuestionBank, questions: &[Rc<Question>], right: &[&str]) -> Round {
        let mut round = Round::with_questions(questions.to_vec(), &RoundConfig::default(), 1, Millis(0));
        while let Some(i) = round.current_index() {
            let q = round.questions()[i].question();
            let picked = fixture::answer(q, right.contains(&q.id().as_str()));
            round = round.apply(Action::Answer { picked, at: Millis(1) }).unwrap();
            round = round.apply(Action::Next { at: Millis(2) }).unwrap();
        }
        let _ = bank;
        round
    }

    fn ids(questions: &[Rc<Question>]) -> Vec<&str> {
        questions.iter().map(|q| q.id().as_str()).collect()
    }

    #[test]
    fn a_missed_question_is_due_in_the_next_round_and_a_known_one_later() {
        let bank = fixture::bank(10);
        let drawn: Vec<_> = bank.questions()[..4].to_vec();
        let mut boxes = ReviewBoxes::default();
        boxes.record(&play(&bank, &drawn, &["q000", "q001"]));
        assert_eq!(
            ids(&boxes.due(&bank)),
            Vec::<&str>::new(),
            "nothing is due in the same round"
        );
        assert_eq!(boxes.cards["q002"], Card { box_no: 1, due: 2 });
        assert_eq!(boxes.cards["q000"], Card { box_no: 2, due: 3 });

        boxes.record(&play(&bank, &bank.questions()[6..7], &[]));
        assert_eq!(ids(&boxes.due(&bank)), ["q002", "q003"], "the misses come back first");
        assert_eq!(boxes.box_counts(&bank), [3, 2, 0, 0, 0]);
    }

    #[test]
    fn right_answers_climb_one_box_at_a_time_and_a_miss_drops_to_box_one() {
        let bank = fixture::bank(10);
        let one = &bank.questions()[..1];
        let mut boxes = ReviewBoxes::default();
        let mut seen = Vec::new();
        for _ in 0..6 {
            boxes.record(&play(&bank, one, &["q000"]));
            seen.push(boxes.cards["q000"].box_no);
        }
        assert_eq!(seen, [2, 3, 4, 5, 5, 5]);
        assert_eq!(boxes.cards["q000"].due, boxes.rounds + 16);
        boxes.record(&play(&bank, one, &[]));
        assert_eq!(
            boxes.cards["q000"],
            Card {
                box_no: 1,
                due: boxes.rounds + 1
            }
        );
    }

    #[test]
    fn a_review_round_puts_due_questions_first_then_unknown_ones_and_never_known_ones() {
        let bank = fixture::bank(10);
        let mut boxes = ReviewBoxes::default();
        boxes.record(&play(&bank, &bank.questions()[..3], &["q001", "q002"]));
        for _ in 0..4 {
            boxes.record(&play(&bank, &bank.questions()[2..3], &["q002"]));
        }
        // q000 box 1 (due), q001 box 2 (due: 2 rounds passed), q002 box 5.
        assert_eq!(ids(&boxes.draw(&bank, 10)), ["q000", "q001"]);
        assert_eq!(ids(&boxes.draw(&bank, 1)), ["q000"]);
        assert!(
            ReviewBoxes::default().draw(&bank, 10).is_empty(),
            "nothing to review yet"
        );
    }

    #[test]
    fn questions_no_longer_in_the_bank_are_left_out() {
        let bank = fixture::bank(10);
        let mut boxes = ReviewBoxes::default();
        boxes.cards.insert("gone".into(), Card { box_no: 1, due: 0 });
        assert!(boxes.due(&bank).is_empty());
        assert_eq!(boxes.box_counts(&bank), [0; 5]);
    }
}
