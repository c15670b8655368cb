//! The contest page's session: the organiser's contest, the counted round
//! under way (its tie-break, its result), the attempts made on this device,
//! and progress (a contest round counts there too). Its transitions are
//! pure (`ContestSession::step`, tested natively); `Reducible` is the one
//! place the engine meets Yew.

use std::rc::Rc;

use yew::Reducible;

use crate::content::contest::Schedule;
use crate::quiz::contest::{result_of, Player};
use crate::quiz::play::{Attempt, PlayKind, Setup};
use crate::quiz::progress::Progress;
use crate::quiz::{Action, ChoiceId, Lang, Millis, QuestionBank, RestoreError, RoundRecord};
use crate::ui::play::{Move, Play};
use crate::ui::refs::{BankRef, ContestRef};

/// The screen the contest page shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    /// The rules and dates, then registration, the round under way to
    /// continue, or the attempt already made.
    Rules,
    /// The counted round: a question, the tie-break, or the result.
    Round,
}

/// What the contest page can ask of its session.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ContestAction {
    /// The organiser's contest settings arrived.
    Loaded(ContestRef),
    /// A counted round, for the contest round open on `day`.
    Start {
        player: Player,
        seed: u32,
        day: u16,
        at: Millis,
    },
    /// Answer question `index` (counting from 0); see `Move::Answer`.
    Answer {
        index: usize,
        picked: Vec<ChoiceId>,
        at: Millis,
    },
    /// Pass an action to the round.
    Round(Action),
    /// The tie-break answer.
    Predict(u32),
    /// Show a screen (from navigation: the back button, a link).
    Show(Screen),
}

impl ContestAction {
    /// The action's name for the console (no Debug formatting in the wasm).
    #[must_use]
    pub fn name(&self) -> &'static str {
        match self {
            ContestAction::Loaded(_) => "Loaded",
            ContestAction::Start { .. } => "Start",
            ContestAction::Answer { .. } => "Answer",
            ContestAction::Round(_) => "Round",
            ContestAction::Predict(_) => "Predict",
            ContestAction::Show(_) => "Show",
        }
    }

    /// The move on the round this action carries, if any.
    fn as_move(&self) -> Option<Move<'_>> {
        match self {
            ContestAction::Answer { index, picked, at } => Some(Move::Answer {
                index: *index,
                picked,
                at: *at,
            }),
            ContestAction::Round(action) => Some(Move::Round(action)),
            _ => None,
        }
    }
}

/// Everything one contest player's visit holds.
#[derive(Clone, Debug, PartialEq)]
pub struct ContestSession {
    pub bank: BankRef,
    pub contest: Option<ContestRef>,
    /// The counted round, under way or finished.
    pub play: Option<Play>,
    pub screen: Screen,
    pub progress: Progress,
    pub attempts: Vec<Attempt>,
}

impl ContestSession {
    #[must_use]
    pub fn new(bank: Rc<QuestionBank>) -> Self {
        Self {
            bank: BankRef(bank),
            contest: None,
            play: None,
            screen: Screen::Rules,
            progress: Progress::default(),
            attempts: Vec::new(),
        }
    }

    /// The contest round saved before a reload, rebuilt against the bank,
    /// on the screen the address asks for.
    pub fn resume(mut self, kind: PlayKind, saved: &RoundRecord, screen: Screen) -> Result<Self, RestoreError> {
        let round = crate::quiz::Round::restore(&self.bank.0, saved)?;
        self.play = Some(Play {
            kind,
            setup: Setup::default(),
            round,
        });
        self.screen = screen;
        Ok(self)
    }

    /// The attempt made on this device for contest round `round_no`.
    #[must_use]
    pub fn attempt(&self, round_no: u8) -> Option<&Attempt> {
        self.attempt_index(round_no).map(|i| &self.attempts[i])
    }

    /// Where that attempt is in `attempts`. Contests are told apart by
    /// their Vietnamese title.
    fn attempt_index(&self, round_no: u8) -> Option<usize> {
        let title = self.contest.as_ref()?.0.title.get(Lang::Vi);
        self.attempts
            .iter()
            .position(|a| a.contest == title && a.round_no == round_no)
    }

    /// A counted round started and not yet finished (the tie-break
    /// included): the rules screen offers to continue it.
    #[must_use]
    pub fn under_way(&self) -> bool {
        self.play
            .as_ref()
            .is_some_and(|p| !p.is_finished() || p.awaits_prediction())
    }

    /// The session after `action`, or `None` if nothing changes.
    #[must_use]
    pub fn step(&self, action: ContestAction) -> Option<ContestSession> {
        let mut next = self.clone();
        match action {
            ContestAction::Loaded(contest) => next.contest = Some(contest),
            ContestAction::Start { player, seed, day, at } => next.begin(player, seed, day, at)?,
            ContestAction::Answer { .. } | ContestAction::Round(_) => next.apply(action.as_move()?)?,
            ContestAction::Predict(value) => {
                let play = next.play.as_mut()?;
                if !play.awaits_prediction() {
                    return None;
                }
                if let PlayKind::Contest { prediction, .. } = &mut play.kind {
                    *prediction = Some(value);
                }
                next.settle();
            }
            ContestAction::Show(screen) => {
                if screen == self.screen || (screen == Screen::Round && self.play.is_none()) {
                    return None;
                }
                next.screen = screen;
            }
        }
        Some(next)
    }

    /// Passes `step` to the round; a round it finished counts in progress
    /// and gets its score and code.
    fn apply(&mut self, step: Move) -> Option<()> {
        let play = self.play.as_mut()?;
        if play.take(step)? {
            self.progress.add(&play.round, play.kind.mode());
            self.settle();
        }
        Some(())
    }

    fn begin(&mut self, player: Player, seed: u32, day: u16, at: Millis) -> Option<()> {
        let contest = Rc::clone(&self.contest.as_ref()?.0);
        let Schedule::Open { number } = contest.schedule(i64::from(day)) else {
            return None;
        };
        if self.attempt(number).is_some() || self.under_way() {
            return None; // one counted attempt per round on a device
        }
        let round = contest.rules.start(&self.bank.0, seed, at);
        // The attempt counts from the first question: leaving and starting
        // again would otherwise give a second look at the questions.
        self.attempts.push(Attempt {
            contest: contest.title.get(Lang::Vi).to_owned(),
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

    /// Writes the finished round's score and code into its attempt (again
    /// after the tie-break answer, which the code carries).
    fn settle(&mut self) {
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
        let Some(result) = result_of(
            &self.bank.0,
            &contest.0.rules,
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

    /// Why a player's answer or move was not taken, if `step` refused it.
    #[must_use]
    pub fn refusal(&self, action: &ContestAction) -> Option<String> {
        self.play.as_ref()?.refusal(action.as_move()?)
    }
}

impl Reducible for ContestSession {
    type Action = ContestAction;

    fn reduce(self: Rc<Self>, action: ContestAction) -> Rc<Self> {
        if let Some(next) = self.step(action.clone()) {
            return Rc::new(next);
        }
        // A refused tap leaves a trace for whoever investigates a report.
        if let Some(why) = self.refusal(&action) {
            gloo::console::info!(format!("not taken: {}: {why}", action.name()));
        }
        self
    }
}

#[cfg(test)]
mod tests;
