//! Hash routes (`#/`, `#/play`, `#/results`), so any static server works
//! without rewrite rules. The session decides the screen; the hash follows
//! it, and the back button asks for a screen through `Screen`.

use super::session::{Screen, Session};
use crate::quiz::Phase;

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
    fn hashes_map_to_screens() {
        assert_eq!(screen_for("#/play"), Screen::Round);
        assert_eq!(screen_for("#/results"), Screen::Round);
        for other in ["", "#", "#/", "#/nope", "#/PLAY"] {
            assert_eq!(screen_for(other), Screen::Start, "{other}");
        }
    }
}
