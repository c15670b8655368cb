//! The player's session on the players' page: which screen is shown, the
//! round being played and its kind, progress. The contest has a page and a
//! session of its own (`ui::contest`). Its transitions are pure
//! (`Session::step`, tested natively); `Reducible` is the one place the
//! engine meets Yew.

use std::rc::Rc;

use yew::Reducible;

use crate::quiz::challenge::Challenge;
use crate::quiz::play::{PlayKind, Setup};
use crate::quiz::progress::Progress;
use crate::quiz::{Action, ChoiceId, Millis, QuestionBank, RestoreError, Round, RoundRecord};
use crate::ui::play::{Move, Play};
use crate::ui::refs::BankRef;

/// The screen the player asked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    Start,
    /// The current round: a question, its feedback, the tie-break, or the results.
    Round,
    /// Choosing topics, difficulty and length.
    Practice,
    Progress,
    /// A friend's challenge, waiting to be accepted.
    Invite,
}

/// What the interface can ask of the session.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SessionAction {
    /// A practice round with these settings (the quick round: the default).
    StartPractice { setup: Setup, seed: u64, at: Millis },
    /// A round of the mistakes due for review.
    StartReview { seed: u64, at: Millis },
    /// Accept the challenge on screen.
    AcceptChallenge { at: Millis },
    /// Answer question `index` (counting from 0) of the current round.
    /// Refused unless that question is the one waiting for an answer, so a
    /// tap on a question that has just been answered never answers the next.
    Answer {
        index: usize,
        picked: Vec<ChoiceId>,
        at: Millis,
    },
    /// Pass an action to the current round.
    Round(Action),
    /// Another round of the same kind and settings.
    PlayAgain { seed: u64, at: Millis },
    /// A challenge link was opened.
    Invite(Challenge),
    /// Show a screen (from navigation: the back button, a link).
    Show(Screen),
    /// Forget rounds played, scores and review boxes (not contest attempts).
    ResetProgress,
}

impl SessionAction {
    /// The action's name for the console. Debug formatting would link
    /// formatting code for every type an action carries into the wasm.
    #[must_use]
    pub fn name(&self) -> &'static str {
        match self {
            SessionAction::StartPractice { .. } => "StartPractice",
            SessionAction::StartReview { .. } => "StartReview",
            SessionAction::AcceptChallenge { .. } => "AcceptChallenge",
            SessionAction::Answer { .. } => "Answer",
            SessionAction::Round(_) => "Round",
            SessionAction::PlayAgain { .. } => "PlayAgain",
            SessionAction::Invite(_) => "Invite",
            SessionAction::Show(_) => "Show",
            SessionAction::ResetProgress => "ResetProgress",
        }
    }

    /// The move on the round this action carries, if any.
    fn as_move(&self) -> Option<Move<'_>> {
        match self {
            SessionAction::Answer { index, picked, at } => Some(Move::Answer {
                index: *index,
                picked,
                at: *at,
            }),
            SessionAction::Round(action) => Some(Move::Round(action)),
            _ => None,
        }
    }
}

/// Everything one player's visit holds.
#[derive(Clone, Debug, PartialEq)]
pub struct Session {
    pub bank: BankRef,
    pub play: Option<Play>,
    pub screen: Screen,
    pub progress: Progress,
    pub invite: Option<Challenge>,
}

impl Session {
    #[must_use]
    pub fn new(bank: Rc<QuestionBank>) -> Self {
        Self {
            bank: BankRef(bank),
            play: None,
            screen: Screen::Start,
            progress: Progress::default(),
            invite: None,
        }
    }

    /// The round saved before a reload, rebuilt against the bank, on the
    /// screen the address asks for.
    pub fn resume(
        mut self,
        kind: PlayKind,
        setup: Setup,
        saved: &RoundRecord,
        screen: Screen,
    ) -> Result<Self, RestoreError> {
        let round = Round::restore(&self.bank.0, saved)?;
        self.play = Some(Play { kind, setup, round });
        self.screen = screen;
        Ok(self)
    }

    /// The session after `action`, or `None` if nothing changes.
    #[must_use]
    pub fn step(&self, action: SessionAction) -> Option<Session> {
        let mut next = self.clone();
        match action {
            SessionAction::StartPractice { setup, seed, at } => {
                next.begin(PlayKind::Practice, setup, seed, at)?;
            }
            SessionAction::StartReview { seed, at } => {
                let picks = self.progress.review.draw(&self.bank.0, 10);
                if picks.is_empty() {
                    return None;
                }
                let setup = Setup::default();
                let round = Round::with_questions(picks, &setup.config(), seed, at);
                next.play = Some(Play {
                    kind: PlayKind::Review,
                    setup,
                    round,
                });
                next.screen = Screen::Round;
            }
            SessionAction::AcceptChallenge { at } => {
                let challenge = next.invite.take()?;
                let setup = Setup::of(&challenge.config);
                next.begin(
                    PlayKind::Challenge { score: challenge.score },
                    setup,
                    challenge.seed,
                    at,
                )?;
            }
            SessionAction::Answer { .. } | SessionAction::Round(_) => next.apply(action.as_move()?)?,
            SessionAction::PlayAgain { seed, at } => {
                let play = self.play.as_ref()?;
                match play.kind {
                    PlayKind::Practice | PlayKind::Challenge { .. } => {
                        next.begin(PlayKind::Practice, play.setup.clone(), seed, at)?;
                    }
                    PlayKind::Review => return self.step(SessionAction::StartReview { seed, at }),
                    PlayKind::Contest { .. } => return None,
                }
            }
            SessionAction::Invite(challenge) => {
                next.invite = Some(challenge);
                next.screen = Screen::Invite;
            }
            SessionAction::Show(screen) => {
                let impossible = match screen {
                    Screen::Round => self.play.is_none(),
                    Screen::Invite => self.invite.is_none(),
                    _ => false,
                };
                if screen == self.screen || impossible {
                    return None;
                }
                next.screen = screen;
            }
            SessionAction::ResetProgress => {
                if self.progress == Progress::default() {
                    return None;
                }
                next.progress = Progress::default();
            }
        }
        Some(next)
    }

    /// Passes `step` to the round; a round it finished counts in progress.
    fn apply(&mut self, step: Move) -> Option<()> {
        let play = self.play.as_mut()?;
        if play.take(step)? {
            self.progress.add(&play.round, play.kind.mode());
        }
        Some(())
    }

    /// Starts a round of `kind`.
    fn begin(&mut self, kind: PlayKind, setup: Setup, seed: u64, at: Millis) -> Option<()> {
        let round = Round::start(&self.bank.0, &setup.config(), seed, at);
        if round.is_empty() {
            return None;
        }
        self.play = Some(Play { kind, setup, round });
        self.screen = Screen::Round;
        Some(())
    }

    /// Why a player's answer or move was not taken, if `step` refused it:
    /// a second tap on a question already answered, or an answer after the
    /// time ran out. Other refusals (a screen already shown) are not news.
    #[must_use]
    pub fn refusal(&self, action: &SessionAction) -> Option<String> {
        self.play.as_ref()?.refusal(action.as_move()?)
    }

    /// The round on screen, if the round screen is shown.
    #[must_use]
    pub fn visible_play(&self) -> Option<&Play> {
        match self.screen {
            Screen::Round => self.play.as_ref(),
            _ => None,
        }
    }
}

impl Reducible for Session {
    type Action = SessionAction;

    fn reduce(self: Rc<Self>, action: SessionAction) -> Rc<Self> {
        if let Some(next) = self.step(action.clone()) {
            return Rc::new(next);
        }
        // A refused tap leaves a trace for whoever investigates a report.
        if let Some(why) = self.refusal(&action) {
            gloo::console::info!(format!("not taken: {}: {why}", action.name()));
        }
        // Returning the same Rc tells Yew nothing changed: no re-render.
        self
    }
}

#[cfg(test)]
mod tests;
