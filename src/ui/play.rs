//! A round with its kind and the settings it was drawn with: what the
//! players' session (`player/session.rs`) and the contest's
//! (`contest/session.rs`) both hold, and the moves they pass to it in the
//! same way.

use crate::quiz::play::{PlayKind, Setup};
use crate::quiz::{Action, ChoiceId, Millis, Phase, Round};
use crate::storage::SavedPlay;

/// A round with its kind and the settings it was drawn with.
#[derive(Clone, Debug, PartialEq)]
pub struct Play {
    pub kind: PlayKind,
    pub setup: Setup,
    pub round: Round,
}

/// A player's move on the round, as both sessions' actions carry it.
#[derive(Clone, Copy, Debug)]
pub enum Move<'a> {
    /// Answer question `index` (counting from 0). Refused unless that
    /// question is the one waiting for an answer, so a tap on a question
    /// that has just been answered never answers the next.
    Answer {
        index: usize,
        picked: &'a [ChoiceId],
        at: Millis,
    },
    /// Any other action of the round (next question, time up).
    Round(&'a Action),
}

impl Play {
    #[must_use]
    pub fn is_finished(&self) -> bool {
        matches!(self.round.phase(), Phase::Finished { .. })
    }

    /// The play as it is kept on the device (`storage`).
    #[must_use]
    pub fn saved(&self) -> SavedPlay {
        SavedPlay {
            kind: self.kind.clone(),
            setup: self.setup.clone(),
            round: self.round.record(),
        }
    }

    /// A contest round finished whose tie-break is not answered yet.
    #[must_use]
    pub fn awaits_prediction(&self) -> bool {
        matches!(self.kind, PlayKind::Contest { prediction: None, .. }) && self.is_finished()
    }

    /// The round's action for `step`, or why the round cannot take it.
    fn action_for(&self, step: Move) -> Result<Action, String> {
        match step {
            Move::Answer { index, .. } if self.round.phase() != &Phase::Asking { index } => {
                Err(format!("question {} is not waiting for an answer", index + 1))
            }
            Move::Answer { picked, at, .. } => Ok(Action::Answer {
                picked: picked.to_vec(),
                at,
            }),
            Move::Round(action) => Ok(action.clone()),
        }
    }

    /// Passes `step` to the round: whether it finished the round, or
    /// `None` (nothing changed) if the round refused it.
    pub fn take(&mut self, step: Move) -> Option<bool> {
        let was_finished = self.is_finished();
        self.round = self.round.apply(self.action_for(step).ok()?).ok()?;
        Some(!was_finished && self.is_finished())
    }

    /// Why `step` is refused, if it is: a second tap on a question already
    /// answered, or an answer after the time ran out.
    #[must_use]
    pub fn refusal(&self, step: Move) -> Option<String> {
        match self.action_for(step) {
            Err(why) => Some(why),
            Ok(action) => self.round.apply(action).err().map(|why| why.to_string()),
        }
    }
}
