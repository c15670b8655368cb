//! A contest as plain data, to keep it across a reload: the set-up, the
//! seed, the ids of the drawn questions (to notice a replaced bank) and the
//! actions applied. Restoring replays the actions through the same rules as
//! live hosting, so saved data can never hold a state the rules forbid.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::{draw, HostAction, HostSession, HostSetup, SetupProblem};
use crate::quiz::bank::QuestionBank;

/// Everything needed to rebuild a contest.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HostRecord {
    pub setup: HostSetup,
    pub seed: u64,
    /// Ids of the drawn questions, in contest order.
    pub questions: Vec<String>,
    /// Every action applied, oldest first.
    pub actions: Vec<HostAction>,
}

/// Why a saved contest cannot be rebuilt.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HostRestoreError {
    /// The set-up no longer fits the bank (or was damaged).
    Setup(Vec<SetupProblem>),
    /// The bank now draws other questions (the organiser replaced it).
    BankChanged,
    /// Action number `n` (from 0) does not fit the contest at that point.
    Inconsistent(usize),
}

impl fmt::Display for HostRestoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            HostRestoreError::Setup(problems) => write!(f, "the saved set-up does not fit the bank: {problems:?}"),
            HostRestoreError::BankChanged => f.write_str("the question bank has changed since the contest began"),
            HostRestoreError::Inconsistent(n) => write!(f, "saved action {n} does not fit the contest"),
        }
    }
}

impl HostSession {
    /// This contest as plain data.
    #[must_use]
    pub fn record(&self) -> HostRecord {
        HostRecord {
            setup: self.setup.clone(),
            seed: self.seed,
            questions: self.questions.iter().map(|q| q.question().id().to_string()).collect(),
            actions: self.log.clone(),
        }
    }

    /// Rebuilds a contest from `record` against `bank` by drawing again
    /// with the same seed and replaying every action.
    pub fn restore(bank: &QuestionBank, record: &HostRecord) -> Result<HostSession, HostRestoreError> {
        let mut session =
            HostSession::start(bank, record.setup.clone(), record.seed).map_err(HostRestoreError::Setup)?;
        let drawn: Vec<String> = draw(bank, &record.setup, record.seed)
            .iter()
            .map(|q| q.question().id().to_string())
            .collect();
        if drawn != record.questions {
            return Err(HostRestoreError::BankChanged);
        }
        for (n, action) in record.actions.iter().enumerate() {
            session = session.apply(*action).map_err(|_| HostRestoreError::Inconsistent(n))?;
        }
        Ok(session)
    }
}

/// `Millis` as a plain number in saved data.
pub(super) mod millis {
    use serde::{Deserialize, Deserializer, Serializer};

    use crate::quiz::ids::Millis;

    // serde's `with` passes the field by reference.
    #[allow(clippy::trivially_copy_pass_by_ref)]
    pub fn serialize<S: Serializer>(at: &Millis, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_u64(at.0)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Millis, D::Error> {
        u64::deserialize(deserializer).map(Millis)
    }
}
