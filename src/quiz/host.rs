//! An in-person contest run by a host on one projector: teams, a countdown,
//! awards, undo, a scoreboard and a final ranking, as a pure state machine.
//!
//! Like the round, it never reads a clock: every action carries its time,
//! and the countdown is computed from those times (running or paused, with
//! the time already spent), so pause, resume and a reload are exact. The
//! whole contest is its set-up, its seed and the actions applied so far;
//! replaying them rebuilds it (see `record`).
//!
//! Format: one team answers at a time. A correct answer closes the
//! question; a wrong one either passes it to the teams that have not yet
//! answered it or closes it, as the set-up says.
//!
//! This file holds the contest's phases, actions and transitions; the
//! set-up and its limits (`setup.rs`), the countdown (`timer.rs`) and the
//! saved form (`record.rs`) have files of their own, re-exported here.

use std::fmt;
use std::rc::Rc;

use serde::{Deserialize, Serialize};

use super::bank::QuestionBank;
use super::ids::Millis;
use super::order::Rng;
use super::question::Kind;
use super::round::RoundQuestion;

mod record;
mod setup;
#[cfg(test)]
mod tests;
mod timer;

pub use record::{HostRecord, HostRestoreError};
pub use setup::{
    DifficultyFilter, HostSetup, SetupProblem, Team, COLOURS, MAX_NAME_CHARS, MAX_POINTS, MAX_QUESTIONS, MAX_SECONDS,
    MAX_TEAMS, MIN_SECONDS, MIN_TEAMS,
};
pub use timer::Timer;

/// Where the contest is. Each variant states what holds in it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HostPhase {
    /// Question `index` is on screen, its answer hidden.
    Asking { index: usize, timer: Timer },
    /// Question `index` shows its right answer; its timer is paused.
    Revealed { index: usize, timer: Timer },
    /// The scores after question `after`, before the next question.
    Scoreboard { after: usize },
    /// The contest ended at `at` (after the last question, or early).
    Finished { at: Millis },
}

/// What a team's answer to a question earned.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    Correct { points: u32, bonus: u32 },
    Wrong,
}

/// One entry of the awards log.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Award {
    /// The question's position in the contest.
    pub question: usize,
    /// The team's position in the set-up.
    pub team: usize,
    pub outcome: Outcome,
    pub at: Millis,
}

impl Award {
    /// Points this entry adds to its team.
    #[must_use]
    pub fn points(&self) -> u32 {
        match self.outcome {
            Outcome::Correct { points, bonus } => points + bonus,
            Outcome::Wrong => 0,
        }
    }
}

/// What the host can do. Teams are positions in the set-up, from 0.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum HostAction {
    /// Start the countdown, or resume it after a pause.
    StartTimer {
        #[serde(with = "record::millis")]
        at: Millis,
    },
    PauseTimer {
        #[serde(with = "record::millis")]
        at: Millis,
    },
    /// Show the right answer, its explanation and its source.
    Reveal {
        #[serde(with = "record::millis")]
        at: Millis,
    },
    /// The team answered the current question correctly.
    Award {
        team: usize,
        #[serde(with = "record::millis")]
        at: Millis,
    },
    /// The team answered the current question wrongly.
    MarkWrong {
        team: usize,
        #[serde(with = "record::millis")]
        at: Millis,
    },
    /// Take back the last entry of the awards log.
    Undo {
        #[serde(with = "record::millis")]
        at: Millis,
    },
    /// From the answer to the scoreboard (or the final ranking after the
    /// last question); from the scoreboard to the next question.
    Next {
        #[serde(with = "record::millis")]
        at: Millis,
    },
    /// End the contest now and show the final ranking.
    End {
        #[serde(with = "record::millis")]
        at: Millis,
    },
}

/// Why an action was refused. The contest is unchanged.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HostRejected {
    /// The contest has no time limit.
    NoTimer,
    TimerRunning,
    TimerNotRunning,
    /// Timer and reveal act only while a question's answer is hidden.
    NotAsking,
    /// Awards go only to the question on screen.
    NoQuestionShown,
    /// "Next" before the answer was revealed.
    NotRevealed,
    NoSuchTeam(usize),
    /// The team already has a result for this question.
    AlreadyAnswered(usize),
    /// Someone answered correctly, or a wrong answer closed the question.
    QuestionClosed,
    NothingToUndo,
    Finished,
}

impl fmt::Display for HostRejected {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            HostRejected::NoTimer => f.write_str("this contest has no time limit"),
            HostRejected::TimerRunning => f.write_str("the timer is already running"),
            HostRejected::TimerNotRunning => f.write_str("the timer is not running"),
            HostRejected::NotAsking => f.write_str("no question is waiting for its answer"),
            HostRejected::NoQuestionShown => f.write_str("no question is on screen"),
            HostRejected::NotRevealed => f.write_str("reveal the answer first"),
            HostRejected::NoSuchTeam(t) => write!(f, "there is no team {}", t + 1),
            HostRejected::AlreadyAnswered(t) => write!(f, "team {} already answered this question", t + 1),
            HostRejected::QuestionClosed => f.write_str("this question is closed"),
            HostRejected::NothingToUndo => f.write_str("there is nothing to undo"),
            HostRejected::Finished => f.write_str("the contest has ended"),
        }
    }
}

/// A team's place in the ranking.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Standing {
    pub team: usize,
    pub points: u32,
    /// Competition ranking ("1, 1, 3"): one more than the number of teams
    /// with strictly more points, so equal points share a place.
    pub place: usize,
}

/// One contest: its set-up, the drawn questions, the awards log, the phase
/// and every action applied (what a reload replays).
#[derive(Clone, Debug, PartialEq)]
pub struct HostSession {
    setup: HostSetup,
    seed: u64,
    questions: Vec<RoundQuestion>,
    awards: Vec<Award>,
    phase: HostPhase,
    log: Vec<HostAction>,
}

/// Draws the contest's questions: a seeded shuffle of the matching ones,
/// options shuffled too (true/false keeps "True" first), as a round does.
fn draw(bank: &QuestionBank, setup: &HostSetup, seed: u64) -> Vec<RoundQuestion> {
    let mut rng = Rng::new(seed);
    let mut picks = setup.matching(bank);
    rng.shuffle(&mut picks);
    super::draw::one_per_family(picks, setup.questions)
        .into_iter()
        .map(|question| {
            let mut order: Vec<_> = question.choice_ids().collect();
            if question.kind() != Kind::TrueFalse {
                rng.shuffle(&mut order);
            }
            RoundQuestion::new(Rc::clone(question), order)
        })
        .collect()
}

impl HostSession {
    /// A contest on its first question, answer hidden, timer not started;
    /// or every problem with the set-up. Fewer questions than asked are
    /// drawn when fewer match.
    pub fn start(bank: &QuestionBank, setup: HostSetup, seed: u64) -> Result<HostSession, Vec<SetupProblem>> {
        let problems = setup.problems(bank);
        if !problems.is_empty() {
            return Err(problems);
        }
        let questions = draw(bank, &setup, seed);
        Ok(HostSession {
            setup,
            seed,
            questions,
            awards: Vec::new(),
            phase: HostPhase::Asking {
                index: 0,
                timer: Timer::default(),
            },
            log: Vec::new(),
        })
    }

    /// The contest after `action`, or why it does not fit now.
    pub fn apply(&self, action: HostAction) -> Result<HostSession, HostRejected> {
        let phase = self.next_phase(action)?;
        let mut next = self.clone();
        match action {
            HostAction::Award { team, at } => {
                let (question, timer) = self.open_question(team)?;
                let points = self.setup.points;
                let bonus = self.bonus(timer, at);
                next.awards.push(Award {
                    question,
                    team,
                    outcome: Outcome::Correct { points, bonus },
                    at,
                });
            }
            HostAction::MarkWrong { team, at } => {
                let (question, _) = self.open_question(team)?;
                next.awards.push(Award {
                    question,
                    team,
                    outcome: Outcome::Wrong,
                    at,
                });
            }
            HostAction::Undo { .. } => {
                next.awards.pop().ok_or(HostRejected::NothingToUndo)?;
            }
            _ => {}
        }
        next.phase = phase;
        next.log.push(action);
        Ok(next)
    }

    /// The phase after `action`; awards and undo keep the phase.
    // Arms are tried in order (undo works even after the end; the end
    // refuses everything else), so two arms with equal bodies cannot merge.
    #[allow(clippy::match_same_arms)]
    fn next_phase(&self, action: HostAction) -> Result<HostPhase, HostRejected> {
        use HostAction as A;
        use HostPhase as P;
        let phase = self.phase.clone();
        match (action, phase) {
            (A::Undo { .. }, phase) => Ok(phase),
            (_, P::Finished { .. }) => Err(HostRejected::Finished),
            (A::End { at }, _) => Ok(P::Finished { at }),
            (A::StartTimer { .. } | A::PauseTimer { .. }, _) if self.setup.seconds.is_none() => {
                Err(HostRejected::NoTimer)
            }
            (A::StartTimer { .. }, P::Asking { timer, .. }) if timer.is_running() => Err(HostRejected::TimerRunning),
            (A::StartTimer { at }, P::Asking { index, timer }) => Ok(P::Asking {
                index,
                timer: timer.started(at),
            }),
            (A::PauseTimer { at }, P::Asking { index, timer }) if timer.is_running() => Ok(P::Asking {
                index,
                timer: timer.paused(at),
            }),
            (A::PauseTimer { .. }, P::Asking { .. }) => Err(HostRejected::TimerNotRunning),
            (A::Reveal { at }, P::Asking { index, timer }) => Ok(P::Revealed {
                index,
                timer: timer.paused(at),
            }),
            (A::StartTimer { .. } | A::PauseTimer { .. } | A::Reveal { .. }, _) => Err(HostRejected::NotAsking),
            (A::Award { .. } | A::MarkWrong { .. }, phase @ (P::Asking { .. } | P::Revealed { .. })) => Ok(phase),
            (A::Award { .. } | A::MarkWrong { .. }, _) => Err(HostRejected::NoQuestionShown),
            (A::Next { .. }, P::Asking { .. }) => Err(HostRejected::NotRevealed),
            (A::Next { at }, P::Revealed { index, .. }) => Ok(if index + 1 < self.questions.len() {
                P::Scoreboard { after: index }
            } else {
                P::Finished { at }
            }),
            (A::Next { .. }, P::Scoreboard { after }) => Ok(P::Asking {
                index: after + 1,
                timer: Timer::default(),
            }),
        }
    }

    /// The question on screen and its timer, if `team` may still answer it.
    fn open_question(&self, team: usize) -> Result<(usize, Timer), HostRejected> {
        let (HostPhase::Asking { index, timer } | HostPhase::Revealed { index, timer }) = self.phase else {
            return Err(HostRejected::NoQuestionShown);
        };
        if team >= self.setup.teams.len() {
            return Err(HostRejected::NoSuchTeam(team));
        }
        if self.is_closed(index) {
            return Err(HostRejected::QuestionClosed);
        }
        if self.results(index).any(|a| a.team == team) {
            return Err(HostRejected::AlreadyAnswered(team));
        }
        Ok((index, timer))
    }

    /// Extra points for time left, when the set-up gives a speed bonus and
    /// the host ran the timer: `points × time left ÷ time limit`, rounded down.
    fn bonus(&self, timer: Timer, at: Millis) -> u32 {
        let Some(seconds) = self
            .setup
            .seconds
            .filter(|_| self.setup.speed_bonus && timer.has_started())
        else {
            return 0;
        };
        let limit = u64::from(seconds) * 1000;
        let left = limit.saturating_sub(timer.spent(at));
        u32::try_from(u64::from(self.setup.points) * left / limit).unwrap_or(0)
    }

    /// Whether question `index` takes no more answers: a team got it right,
    /// a wrong answer closed it (no passing), or every team has answered.
    #[must_use]
    pub fn is_closed(&self, index: usize) -> bool {
        let results: Vec<&Award> = self.results(index).collect();
        results.iter().any(|a| matches!(a.outcome, Outcome::Correct { .. }))
            || (!self.setup.pass_on_wrong && !results.is_empty())
            || results.len() >= self.setup.teams.len()
    }

    /// The awards log entries for question `index`, oldest first.
    pub fn results(&self, index: usize) -> impl Iterator<Item = &Award> {
        self.awards.iter().filter(move |a| a.question == index)
    }

    /// Each team's points, in set-up order.
    #[must_use]
    pub fn scores(&self) -> Vec<u32> {
        let mut scores = vec![0; self.setup.teams.len()];
        for award in &self.awards {
            if let Some(score) = scores.get_mut(award.team) {
                *score += award.points();
            }
        }
        scores
    }

    /// Teams from most to fewest points (set-up order among equals), each
    /// with its place; equal points share a place ("1, 1, 3").
    #[must_use]
    pub fn standings(&self) -> Vec<Standing> {
        let scores = self.scores();
        let mut standings: Vec<Standing> = scores
            .iter()
            .enumerate()
            .map(|(team, &points)| Standing {
                team,
                points,
                place: 1 + scores.iter().filter(|&&other| other > points).count(),
            })
            .collect();
        standings.sort_by_key(|s| (s.place, s.team));
        standings
    }

    /// Milliseconds left on the current question's countdown at `now`;
    /// `None` with no time limit or no question on screen.
    #[must_use]
    pub fn remaining(&self, now: Millis) -> Option<u64> {
        let limit = u64::from(self.setup.seconds?) * 1000;
        match self.phase {
            HostPhase::Asking { timer, .. } | HostPhase::Revealed { timer, .. } => {
                Some(limit.saturating_sub(timer.spent(now)))
            }
            HostPhase::Scoreboard { .. } | HostPhase::Finished { .. } => None,
        }
    }

    /// The question on screen and its position, if one is.
    #[must_use]
    pub fn current(&self) -> Option<(usize, &RoundQuestion)> {
        match self.phase {
            HostPhase::Asking { index, .. } | HostPhase::Revealed { index, .. } => {
                self.questions.get(index).map(|q| (index, q))
            }
            HostPhase::Scoreboard { .. } | HostPhase::Finished { .. } => None,
        }
    }

    #[must_use]
    pub fn setup(&self) -> &HostSetup {
        &self.setup
    }

    #[must_use]
    pub fn seed(&self) -> u64 {
        self.seed
    }

    #[must_use]
    pub fn phase(&self) -> &HostPhase {
        &self.phase
    }

    #[must_use]
    pub fn questions(&self) -> &[RoundQuestion] {
        &self.questions
    }

    /// The awards log, oldest first.
    #[must_use]
    pub fn awards(&self) -> &[Award] {
        &self.awards
    }
}
