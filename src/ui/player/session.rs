//! The player's session: which screen is shown, the round being played and
//! its kind, progress, contest attempts. Its transitions are pure
//! (`Session::step`, tested natively); `Reducible` is the one place the
//! engine meets Yew.

use std::rc::Rc;

use yew::Reducible;

use crate::content::contest::Schedule;
use crate::quiz::challenge::Challenge;
use crate::quiz::contest::{result_of, Player};
use crate::quiz::play::{Attempt, PlayKind, Setup};
use crate::quiz::progress::Progress;
use crate::quiz::{Action, ChoiceId, Millis, Phase, QuestionBank, RestoreError, Round, RoundRecord};
use crate::ui::refs::{BankRef, ContestRef};

/// The screen the player asked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    Start,
    /// The current round: a question, its feedback, the tie-break, or the results.
    Round,
    /// Choosing topics, difficulty and length.
    Practice,
    /// The contest: rules, registration, or the attempt already made.
    Contest,
    Progress,
    /// A friend's challenge, waiting to be accepted.
    Invite,
}

/// A round with its kind and the settings it was drawn with.
#[derive(Clone, Debug, PartialEq)]
pub struct Play {
    pub kind: PlayKind,
    pub setup: Setup,
    pub round: Round,
}

impl Play {
    /// A contest round finished whose tie-break is not answered yet.
    #[must_use]
    pub fn awaits_prediction(&self) -> bool {
        matches!(self.kind, PlayKind::Contest { prediction: None, .. })
            && matches!(self.round.phase(), Phase::Finished { .. })
    }

    fn is_unfinished_contest(&self) -> bool {
        matches!(self.kind, PlayKind::Contest { .. }) && !matches!(self.round.phase(), Phase::Finished { .. })
    }
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
    /// A counted contest round, for the round open on `day`.
    StartContest {
        player: Player,
        seed: u32,
        day: u16,
        at: Millis,
    },
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
    /// The contest's tie-break answer.
    Predict(u32),
    /// Another round of the same kind and settings.
    PlayAgain { seed: u64, at: Millis },
    /// A challenge link was opened.
    Invite(Challenge),
    /// Show a screen (from navigation: the back button, a link).
    Show(Screen),
    /// Forget rounds played, scores and review boxes (not contest attempts).
    ResetProgress,
    /// The organiser's contest settings arrived.
    ContestLoaded(ContestRef),
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
            SessionAction::StartContest { .. } => "StartContest",
            SessionAction::Answer { .. } => "Answer",
            SessionAction::Round(_) => "Round",
            SessionAction::Predict(_) => "Predict",
            SessionAction::PlayAgain { .. } => "PlayAgain",
            SessionAction::Invite(_) => "Invite",
            SessionAction::Show(_) => "Show",
            SessionAction::ResetProgress => "ResetProgress",
            SessionAction::ContestLoaded(_) => "ContestLoaded",
        }
    }
}

/// Everything one player's visit holds.
#[derive(Clone, Debug, PartialEq)]
pub struct Session {
    pub bank: BankRef,
    pub contest: Option<ContestRef>,
    pub play: Option<Play>,
    pub screen: Screen,
    pub progress: Progress,
    pub attempts: Vec<Attempt>,
    pub invite: Option<Challenge>,
}

impl Session {
    #[must_use]
    pub fn new(bank: Rc<QuestionBank>) -> Self {
        Self {
            bank: BankRef(bank),
            contest: None,
            play: None,
            screen: Screen::Start,
            progress: Progress::default(),
            attempts: Vec::new(),
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

    /// The contest attempt made on this device for contest round `round_no`.
    #[must_use]
    pub fn attempt(&self, round_no: u8) -> Option<&Attempt> {
        self.attempt_index(round_no).map(|i| &self.attempts[i])
    }

    /// Where that attempt is in `attempts`. Contests are told apart by
    /// their Vietnamese title.
    fn attempt_index(&self, round_no: u8) -> Option<usize> {
        let title = self.contest.as_ref()?.0.title.get(crate::quiz::Lang::Vi);
        self.attempts
            .iter()
            .position(|a| a.contest == title && a.round_no == round_no)
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
                if picks.is_empty() || self.play.as_ref().is_some_and(Play::is_unfinished_contest) {
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
            SessionAction::StartContest { player, seed, day, at } => next.begin_contest(player, seed, day, at)?,
            SessionAction::Answer { index, picked, at } => {
                if self.play.as_ref().map(|p| p.round.phase()) != Some(&Phase::Asking { index }) {
                    return None;
                }
                return self.step(SessionAction::Round(Action::Answer { picked, at }));
            }
            SessionAction::Round(action) => {
                let play = next.play.as_mut()?;
                let was_finished = matches!(play.round.phase(), Phase::Finished { .. });
                play.round = play.round.apply(action).ok()?;
                if !was_finished && matches!(play.round.phase(), Phase::Finished { .. }) {
                    let (round, mode) = (play.round.clone(), play.kind.mode());
                    next.progress.add(&round, mode);
                    next.settle_contest();
                }
            }
            SessionAction::Predict(value) => {
                let play = next.play.as_mut()?;
                if !play.awaits_prediction() {
                    return None;
                }
                if let PlayKind::Contest { prediction, .. } = &mut play.kind {
                    *prediction = Some(value);
                }
                next.settle_contest();
            }
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
            SessionAction::ContestLoaded(contest) => {
                next.contest = Some(contest);
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

    /// Starts a round of `kind`, unless a contest round is under way: it
    /// must not be lost by starting something else.
    fn begin(&mut self, kind: PlayKind, setup: Setup, seed: u64, at: Millis) -> Option<()> {
        if self.play.as_ref().is_some_and(Play::is_unfinished_contest) {
            return None;
        }
        let round = Round::start(&self.bank.0, &setup.config(), seed, at);
        if round.is_empty() {
            return None;
        }
        self.play = Some(Play { kind, setup, round });
        self.screen = Screen::Round;
        Some(())
    }

    fn begin_contest(&mut self, player: Player, seed: u32, day: u16, at: Millis) -> Option<()> {
        let contest = Rc::clone(&self.contest.as_ref()?.0);
        let Schedule::Open { number } = contest.schedule(i64::from(day)) else {
            return None;
        };
        if self.attempt(number).is_some() || self.play.as_ref().is_some_and(Play::is_unfinished_contest) {
            return None; // one counted attempt per round on a device
        }
        let round = contest.rules.start(&self.bank.0, seed, at);
        // The attempt counts from the first question: leaving and starting
        // again would otherwise give a second look at the questions.
        self.attempts.push(Attempt {
            contest: contest.title.get(crate::quiz::Lang::Vi).to_owned(),
            round_no: number,
            code: String::new(),
            name: player.name.clone(),
            unit: player.unit.clone(),
            correct: 0,
            total: round.len(),
            seconds: 0,
            day,
        });
        self.play = Some(Play {
            kind: PlayKind::Contest {
                round_no: number,
                day,
                player,
                prediction: None,
            },
            setup: Setup::default(),
            round,
        });
        self.screen = Screen::Round;
        Some(())
    }

    /// Writes the finished contest round's score and code into its attempt
    /// (again after the tie-break answer, which the code carries).
    fn settle_contest(&mut self) {
        let Some(Play {
            kind:
                PlayKind::Contest {
                    round_no,
                    day,
                    player,
                    prediction,
                },
            round,
            ..
        }) = &self.play
        else {
            return;
        };
        let Some(contest) = &self.contest else {
            return; // no attempt to write into either (`attempt_index`)
        };
        let rules = &contest.0.rules;
        let Some(result) = result_of(
            &self.bank.0,
            rules,
            round,
            *round_no,
            *day,
            player,
            prediction.unwrap_or(0),
        ) else {
            return;
        };
        let summary = round.summary();
        if let Some(i) = self.attempt_index(*round_no) {
            let attempt = &mut self.attempts[i];
            attempt.code = result.encode(&player.name, &player.unit);
            attempt.correct = summary.as_ref().map_or(0, |s| s.correct);
            attempt.seconds = u32::from(result.seconds);
        }
    }

    /// Why a player's answer or move was not taken, if `step` refused it:
    /// a second tap on a question already answered, or an answer after the
    /// time ran out. Other refusals (a screen already shown) are not news.
    #[must_use]
    pub fn refusal(&self, action: &SessionAction) -> Option<String> {
        let round = &self.play.as_ref()?.round;
        let action = match action {
            SessionAction::Answer { index, .. } if round.phase() != &Phase::Asking { index: *index } => {
                return Some(format!("question {} is not waiting for an answer", index + 1));
            }
            SessionAction::Answer { picked, at, .. } => Action::Answer {
                picked: picked.clone(),
                at: *at,
            },
            SessionAction::Round(action) => action.clone(),
            _ => return None,
        };
        round.apply(action).err().map(|why| why.to_string())
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
