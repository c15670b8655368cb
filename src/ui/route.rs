//! The players' page's first routing step: which area an address belongs
//! to. Each area routes further by itself (`player/route.rs`,
//! `learn/page.rs`).

/// The part of the players' page an address belongs to. Each area is one
/// component under the root; the player area routes further by itself.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Area {
    /// Rounds: start, play, results (and the modes built on them).
    Player,
    /// Study material by topic (`#/learn`, `#/learn/...`).
    Learn,
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
        assert_eq!(area_for("#/host"), Area::Tools);
        assert_eq!(area_for("#/organiser"), Area::Tools);
        assert_eq!(area_for("#/verify"), Area::Tools);
        assert_eq!(area_for("#/verify?x=1"), Area::Tools);
        for other in ["", "#", "#/", "#/play", "#/results", "#/learner", "#learn"] {
            assert_eq!(area_for(other), Area::Player, "{other}");
        }
    }
}
