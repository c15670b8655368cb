//! A question's countdown in host mode: paused and resumed by the host,
//! computed from the times actions carry, never from a clock.

use crate::quiz::ids::Millis;

/// A question's countdown: time already spent, and since when it has been
/// running, if it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Timer {
    spent_ms: u64,
    running_since: Option<Millis>,
}

impl Timer {
    /// Milliseconds spent on the question by `now`.
    #[must_use]
    pub fn spent(&self, now: Millis) -> u64 {
        self.spent_ms + self.running_since.map_or(0, |since| now.since(since))
    }

    #[must_use]
    pub fn is_running(&self) -> bool {
        self.running_since.is_some()
    }

    /// Whether the host has started it at least once.
    #[must_use]
    pub fn has_started(&self) -> bool {
        self.spent_ms > 0 || self.is_running()
    }

    /// Running from `at`, with the time already spent kept.
    pub(super) fn started(self, at: Millis) -> Timer {
        Timer {
            spent_ms: self.spent_ms,
            running_since: Some(at),
        }
    }

    /// Stopped at `at`, the time run so far added to the time spent.
    pub(super) fn paused(self, at: Millis) -> Timer {
        Timer {
            spent_ms: self.spent(at),
            running_since: None,
        }
    }
}
