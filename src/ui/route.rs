//! Hash routes (`#/`, `#/play`, `#/results`), so any static server works
//! without rewrite rules. The session decides the screen; the hash follows
//! it, and the back button asks for a screen through `Screen`.

use super::session::{Screen, Session};
use crate::quiz::Phase;

/// The part of the app an address belongs to. Each area is one component
/// under the root; the quiz area routes further by itself.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Area {
    /// Rounds: start, play, results (and the modes built on them).
    Quiz,
    /// Study material by topic (`#/learn`, `#/learn/...`).
    Learn,
    /// An in-person contest on a projector (`#/host`).
    Host,
    /// Organiser tools: import questions, check a bank (`#/organiser`).
    Organiser,
}

/// The area a hash belongs to: its first path segment.
#[must_use]
pub fn area_for(hash: &str) -> Area {
    let path = hash.strip_prefix("#/").unwrap_or("");
    let first = path.split(['/', '?']).next().unwrap_or("");
    match first {
        "learn" => Area::Learn,
        "host" => Area::Host,
        "organiser" => Area::Organiser,
        _ => Area::Quiz,
    }
}

/// The hash that shows the session's screen.
#[must_use]
pub fn hash_for(session: &Session) -> &'static str {
    match session.visible_round().map(super::super::quiz::round::Round::phase) {
        None => "#/",
        Some(Phase::Finished { .. }) => "#/results",
        Some(_) => "#/play",
    }
}

/// The screen a hash asks for.
#[must_use]
pub fn screen_for(hash: &str) -> Screen {
    match hash {
        "#/play" | "#/results" => Screen::Round,
        _ => Screen::Start,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_map_to_areas() {
        assert_eq!(area_for("#/learn"), Area::Learn);
        assert_eq!(area_for("#/learn/F-2023-01"), Area::Learn);
        assert_eq!(area_for("#/learn?q=hop"), Area::Learn);
        assert_eq!(area_for("#/host"), Area::Host);
        assert_eq!(area_for("#/organiser"), Area::Organiser);
        for other in ["", "#", "#/", "#/play", "#/results", "#/learner", "#learn"] {
            assert_eq!(area_for(other), Area::Quiz, "{other}");
        }
    }

    #[test]
    fn hashes_map_to_screens() {
        assert_eq!(screen_for("#/play"), Screen::Round);
        assert_eq!(screen_for("#/results"), Screen::Round);
        for other in ["", "#", "#/", "#/nope", "#/PLAY"] {
            assert_eq!(screen_for(other), Screen::Start, "{other}");
        }
    }
}
