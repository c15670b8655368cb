//! A question, its options and how an answer is checked.

use std::cell::OnceCell;

use super::ids::{ChoiceId, DocumentId, QuestionId, TopicId};
use super::lang::{Explanation, Localized};

/// How hard a question is meant to be.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Difficulty {
    Easy,
    Medium,
    Hard,
}

/// What kind of answer a question takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Kind {
    /// Exactly one option is correct; the player picks one.
    Single,
    /// One or more options are correct; the player ticks every correct one.
    Multiple,
    /// A statement: the player judges it true (option 0) or false (option 1).
    TrueFalse,
}

/// One option of a question.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Choice {
    text: Localized,
    correct: bool,
}

impl Choice {
    pub(crate) fn new(text: Localized, correct: bool) -> Self {
        Self { text, correct }
    }

    /// The two options of a true/false question: "True" first, "False"
    /// second, never shuffled, so players always find them in one place.
    pub(crate) fn true_false(statement_is_true: bool) -> Vec<Choice> {
        vec![
            Choice::new(Localized::new("Đúng", "True"), statement_is_true),
            Choice::new(Localized::new("Sai", "False"), !statement_is_true),
        ]
    }

    /// The option's text.
    #[must_use]
    pub fn text(&self) -> &Localized {
        &self.text
    }

    /// Whether this option belongs to the right answer.
    #[must_use]
    pub fn is_correct(&self) -> bool {
        self.correct
    }
}

/// Where the answer can be read: a document of the bank and, where there is
/// one, the article or clause.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Source {
    /// A document listed in the bank.
    pub document: DocumentId,
    /// Where in the document, e.g. "Điều 56, khoản 1" / "Article 56(1)".
    pub part: Option<Localized>,
}

/// A validated question. Only the content loader builds one, after checking
/// that the options fit the kind (exactly one correct option for `Single`
/// and `TrueFalse`, at least one for `Multiple`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Question {
    pub(crate) id: QuestionId,
    pub(crate) topic: TopicId,
    pub(crate) difficulty: Difficulty,
    pub(crate) kind: Kind,
    pub(crate) prompt: Localized,
    pub(crate) choices: Vec<Choice>,
    pub(crate) explanation: Explanation,
    /// Set once, like the explanation: a built site sends the sources and
    /// facts with the explanations (`content::notes`), since a player
    /// reads them only after answering.
    pub(crate) source: OnceCell<Source>,
    pub(crate) facts: OnceCell<Vec<String>>,
    /// Questions of one family give each other away or ask nearly the
    /// same thing; a round holds at most one of them.
    pub(crate) family: Option<String>,
}

impl Question {
    #[must_use]
    pub fn id(&self) -> &QuestionId {
        &self.id
    }

    #[must_use]
    pub fn topic(&self) -> &TopicId {
        &self.topic
    }

    #[must_use]
    pub fn difficulty(&self) -> Difficulty {
        self.difficulty
    }

    #[must_use]
    pub fn kind(&self) -> Kind {
        self.kind
    }

    #[must_use]
    pub fn prompt(&self) -> &Localized {
        &self.prompt
    }

    /// The options in the order of the bank file.
    #[must_use]
    pub fn choices(&self) -> &[Choice] {
        &self.choices
    }

    /// The option with this id, if the question has it.
    #[must_use]
    pub fn choice(&self, id: ChoiceId) -> Option<&Choice> {
        self.choices.get(usize::from(id.0))
    }

    /// Why the answer is right; on a built site, empty until the notes
    /// file arrives (`Explanation`).
    #[must_use]
    pub fn explanation(&self) -> &Explanation {
        &self.explanation
    }

    /// Where the answer can be read; on a built site, `None` until the
    /// notes file arrives.
    #[must_use]
    pub fn source(&self) -> Option<&Source> {
        self.source.get()
    }

    /// Ids of the facts (in `static/facts.json`) the answer rests on; on a
    /// built site, none until the notes file arrives.
    #[must_use]
    pub fn facts(&self) -> &[String] {
        self.facts.get().map_or(&[], Vec::as_slice)
    }

    /// Whether the source and facts are still to come (`content::notes`).
    #[must_use]
    pub fn awaits_references(&self) -> bool {
        self.source.get().is_none()
    }

    /// Adds the source and facts, once: a question that has them keeps them.
    pub(crate) fn set_references(&self, source: Source, facts: Vec<String>) {
        let _kept = self.source.set(source);
        let _kept = self.facts.set(facts);
    }

    /// The family this question belongs to, if any: a round never draws
    /// two questions of one family (see `draw::one_per_family`).
    #[must_use]
    pub fn family(&self) -> Option<&str> {
        self.family.as_deref()
    }

    /// The ids of the correct options, in bank order.
    #[must_use]
    pub fn correct_choices(&self) -> Vec<ChoiceId> {
        self.choice_ids()
            .filter(|id| self.choice(*id).is_some_and(Choice::is_correct))
            .collect()
    }

    /// Every option id, in bank order.
    pub fn choice_ids(&self) -> impl Iterator<Item = ChoiceId> {
        // A question has at most six options (checked by the content
        // loader), so the index always fits in a u8.
        (0..self.choices.len()).filter_map(|i| u8::try_from(i).ok().map(ChoiceId))
    }

    /// Whether `picked` is exactly the set of correct options: for a
    /// multiple-select question, every correct option and no other.
    #[must_use]
    pub fn is_answered_by(&self, picked: &[ChoiceId]) -> bool {
        // Compared as sets of bits, not as sorted lists: sorting would link
        // a sort for `ChoiceId` into the players' wasm.
        let picked = choice_set(picked.iter().copied());
        picked.is_some() && picked == choice_set(self.correct_choices())
    }
}

/// The ids as a set of bits, or `None` for an id past 63 (no question has
/// that many options, so such an id is never correct).
fn choice_set(ids: impl IntoIterator<Item = ChoiceId>) -> Option<u64> {
    ids.into_iter()
        .try_fold(0_u64, |set, id| 1_u64.checked_shl(u32::from(id.0)).map(|bit| set | bit))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quiz::fixture;

    #[test]
    fn single_choice_is_right_only_with_the_correct_option() {
        let q = fixture::single("q1", "t", 4, 2);
        assert!(q.is_answered_by(&[ChoiceId(2)]));
        for wrong in [0, 1, 3] {
            assert!(!q.is_answered_by(&[ChoiceId(wrong)]));
        }
        assert!(!q.is_answered_by(&[]));
    }

    #[test]
    fn multiple_select_needs_every_correct_option_and_no_other() {
        let q = fixture::multiple("q1", "t", 5, &[0, 3]);
        assert!(q.is_answered_by(&[ChoiceId(0), ChoiceId(3)]));
        assert!(q.is_answered_by(&[ChoiceId(3), ChoiceId(0)]), "order does not matter");
        assert!(!q.is_answered_by(&[ChoiceId(0)]), "one missing");
        assert!(
            !q.is_answered_by(&[ChoiceId(0), ChoiceId(3), ChoiceId(1)]),
            "one too many"
        );
        assert!(!q.is_answered_by(&[]));
    }

    #[test]
    fn true_false_has_true_first_and_false_second() {
        let q = fixture::true_false("q1", "t", false);
        assert_eq!(q.correct_choices(), vec![ChoiceId(1)]);
        assert_eq!(q.choices()[0].text().get(crate::quiz::Lang::En), "True");
        assert!(q.is_answered_by(&[ChoiceId(1)]));
    }

    #[test]
    fn unknown_option_ids_are_not_found() {
        let q = fixture::single("q1", "t", 4, 0);
        assert!(q.choice(ChoiceId(4)).is_none());
        assert_eq!(q.choice_ids().count(), 4);
    }
}
