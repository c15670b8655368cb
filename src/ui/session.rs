//! The player's session: which screen is shown and the current round. Its
//! transitions are pure (`Session::step`, tested natively); `Reducible` is
//! the one place the engine meets Yew.

use std::rc::Rc;

use yew::Reducible;

use crate::quiz::{Action, Millis, QuestionBank, RestoreError, Round, RoundConfig, RoundRecord};

/// A shared, checked bank. Compared by pointer: the bank never changes
/// after loading, and a deep comparison of 250 questions on every render
/// would be waste.
#[derive(Clone, Debug)]
pub struct BankRef(pub Rc<QuestionBank>);

impl PartialEq for BankRef {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// The screen the player asked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    Start,
    /// The current round: a question, its feedback, or the results.
    Round,
}

/// What the interface can ask of the session.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SessionAction {
    /// Draw a new round (from the start screen or "play again").
    Start { seed: u64, at: Millis },
    /// Pass an action to the current round.
    Round(Action),
    /// Show a screen (from navigation: the back button, a link).
    Show(Screen),
}

/// Everything one player's visit holds.
#[derive(Clone, Debug, PartialEq)]
pub struct Session {
    pub bank: BankRef,
    pub round: Option<Round>,
    pub screen: Screen,
}

impl Session {
    #[must_use]
    pub fn new(bank: Rc<QuestionBank>) -> Self {
        Self {
            bank: BankRef(bank),
            round: None,
            screen: Screen::Start,
        }
    }

    /// The session saved before a reload: its round rebuilt against `bank`,
    /// on the screen the address asks for (the start screen if there is no
    /// round to show).
    pub fn resume(bank: Rc<QuestionBank>, saved: &RoundRecord, screen: Screen) -> Result<Self, RestoreError> {
        let round = Round::restore(&bank, saved)?;
        Ok(Self {
            bank: BankRef(bank),
            round: Some(round),
            screen,
        })
    }

    /// The session after `action`, or `None` if nothing changes.
    #[must_use]
    pub fn step(&self, action: SessionAction) -> Option<Session> {
        let mut next = self.clone();
        match action {
            SessionAction::Start { seed, at } => {
                next.round = Some(Round::start(&self.bank.0, &RoundConfig::default(), seed, at));
                next.screen = Screen::Round;
            }
            SessionAction::Round(action) => {
                next.round = Some(self.round.as_ref()?.apply(action).ok()?);
            }
            SessionAction::Show(screen) => {
                if screen == self.screen || (screen == Screen::Round && self.round.is_none()) {
                    return None;
                }
                next.screen = screen;
            }
        }
        Some(next)
    }

    /// The round on screen, if the round screen is shown.
    #[must_use]
    pub fn visible_round(&self) -> Option<&Round> {
        match self.screen {
            Screen::Round => self.round.as_ref(),
            Screen::Start => None,
        }
    }
}

impl Reducible for Session {
    type Action = SessionAction;

    fn reduce(self: Rc<Self>, action: SessionAction) -> Rc<Self> {
        // Returning the same Rc tells Yew nothing changed: no re-render.
        self.step(action).map_or(self, Rc::new)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::parse_bank;

    fn session() -> Session {
        let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/static/questions.json")).unwrap();
        Session::new(Rc::new(parse_bank(&text).unwrap()))
    }

    #[test]
    fn starting_shows_a_fresh_round_and_play_again_draws_another() {
        let s = session();
        assert!(s.visible_round().is_none());
        let playing = s.step(SessionAction::Start { seed: 1, at: Millis(0) }).unwrap();
        assert_eq!(playing.screen, Screen::Round);
        assert_eq!(playing.visible_round().unwrap().len(), 10);
        let again = playing.step(SessionAction::Start { seed: 2, at: Millis(5) }).unwrap();
        assert_ne!(again.round, playing.round);
    }

    #[test]
    fn going_home_keeps_the_round_to_continue() {
        let playing = session().step(SessionAction::Start { seed: 1, at: Millis(0) }).unwrap();
        let home = playing.step(SessionAction::Show(Screen::Start)).unwrap();
        assert!(home.visible_round().is_none());
        assert_eq!(home.round, playing.round);
        let back = home.step(SessionAction::Show(Screen::Round)).unwrap();
        assert_eq!(back.visible_round(), playing.round.as_ref());
    }

    #[test]
    fn a_saved_round_resumes_on_the_same_question_with_the_same_answers() {
        let mut playing = session().step(SessionAction::Start { seed: 4, at: Millis(0) }).unwrap();
        for step in [
            SessionAction::Round(Action::Answer {
                picked: vec![crate::quiz::ChoiceId(0)],
                at: Millis(10),
            }),
            SessionAction::Round(Action::Next { at: Millis(20) }),
            SessionAction::Round(Action::Answer {
                picked: vec![crate::quiz::ChoiceId(1)],
                at: Millis(30),
            }),
        ] {
            playing = playing.step(step).unwrap();
        }
        let record = playing.round.as_ref().unwrap().record();
        let resumed = Session::resume(playing.bank.0.clone(), &record, Screen::Round).unwrap();
        assert_eq!(resumed.round, playing.round);
        assert_eq!(resumed.visible_round().unwrap().current_index(), Some(1));

        let at_home = Session::resume(playing.bank.0.clone(), &record, Screen::Start).unwrap();
        assert!(
            at_home.visible_round().is_none(),
            "the address asked for the start screen"
        );
        assert!(at_home.round.is_some(), "the round waits to be continued");
    }

    #[test]
    fn impossible_steps_change_nothing() {
        let s = session();
        assert!(s.step(SessionAction::Show(Screen::Round)).is_none(), "no round to show");
        assert!(s.step(SessionAction::Show(Screen::Start)).is_none(), "already there");
        assert!(
            s.step(SessionAction::Round(Action::Next { at: Millis(0) })).is_none(),
            "no round"
        );
        let playing = s.step(SessionAction::Start { seed: 1, at: Millis(0) }).unwrap();
        assert!(
            playing
                .step(SessionAction::Round(Action::Next { at: Millis(0) }))
                .is_none(),
            "rejected by the engine"
        );
    }
}
