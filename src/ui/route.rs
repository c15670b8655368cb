//! The players' page's first routing step: which area an address belongs
//! to. The player area routes further by itself (`player/route.rs`); Learn,
//! the contest and the tools have pages of their own, and their old
//! addresses here are sent on to them.

/// The part of the site an address of the players' page belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Area {
    /// Rounds: start, play, results (and the modes built on them).
    Player,
    /// An address of the Learn page from before it had its own page
    /// (`#/learn`, `#/learn/<...>`, `#/learn?q=`: bookmarks, links already
    /// shared): sent on to `learn.html` at the same hash.
    Learn,
    /// The contest's address from before it had its own page (`#/contest`:
    /// links organisers shared, bookmarks): sent on to `contest.html`.
    Contest,
    /// An address of the tools page from before it had its own page
    /// (`#/host`, `#/organiser`, `#/verify`: bookmarks, printed
    /// instructions, links already shared): sent on to `tools.html`.
    Tools,
}

/// The area a hash belongs to: its first path segment.
#[must_use]
pub fn area_for(hash: &str) -> Area {
    let path = hash.strip_prefix("#/").unwrap_or("");
    let first = path.split(['/', '?']).next().unwrap_or("");
    match first {
        "learn" => Area::Learn,
        "contest" => Area::Contest,
        "host" | "organiser" | "verify" => Area::Tools,
        _ => Area::Player,
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
        assert_eq!(area_for("#/contest"), Area::Contest);
        assert_eq!(area_for("#/contest?x=1"), Area::Contest);
        assert_eq!(area_for("#/host"), Area::Tools);
        assert_eq!(area_for("#/organiser"), Area::Tools);
        assert_eq!(area_for("#/verify"), Area::Tools);
        assert_eq!(area_for("#/verify?x=1"), Area::Tools);
        for other in [
            "",
            "#",
            "#/",
            "#/play",
            "#/results",
            "#/learner",
            "#learn",
            "#/contests",
        ] {
            assert_eq!(area_for(other), Area::Player, "{other}");
        }
    }
}
