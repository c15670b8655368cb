//! The player area's hash routes (`#/`, `#/play`, `#/results`), so any
//! static server works without rewrite rules. The session decides the
//! screen; the hash follows it, and the back button asks for a screen
//! through `Screen`.

use super::session::{Screen, Session};
use crate::quiz::challenge::Challenge;
use crate::quiz::play::Setup;
use crate::quiz::Phase;

/// The hash that shows the session's screen.
#[must_use]
pub fn hash_for(session: &Session) -> String {
    let fixed = match session.screen {
        Screen::Start => "#/",
        Screen::Round => match session.play.as_ref().map(|p| p.round.phase()) {
            Some(Phase::Finished { .. }) => "#/results",
            _ => "#/play",
        },
        Screen::Practice => "#/practice",
        Screen::Progress => "#/progress",
        Screen::Invite => {
            return session
                .invite
                .as_ref()
                .map_or_else(|| "#/".to_owned(), |c| format!("#/challenge?{}", c.to_query()))
        }
    };
    fixed.to_owned()
}

/// The screen a hash asks for.
#[must_use]
pub fn screen_for(hash: &str) -> Screen {
    let path = hash.split('?').next().unwrap_or("");
    match path {
        "#/play" | "#/results" => Screen::Round,
        "#/practice" => Screen::Practice,
        "#/progress" => Screen::Progress,
        "#/challenge" => Screen::Invite,
        _ => Screen::Start,
    }
}

/// Something a link asks the session to do, beyond showing a screen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinkAction {
    /// `#/practice?topics=a,b`: start practising these topics at once
    /// (the Learn pages' "Practise this topic").
    Practise(Setup),
    /// `#/challenge?s=…`: a friend's challenge to accept.
    Challenge(Challenge),
}

/// The action a hash carries, if any.
#[must_use]
pub fn link_action(hash: &str) -> Option<LinkAction> {
    let (path, query) = hash.split_once('?')?;
    match path {
        "#/practice" => {
            let topics = query
                .split('&')
                .find_map(|pair| pair.strip_prefix("topics="))?
                .split(',')
                .filter(|t| !t.is_empty())
                .map(str::to_owned)
                .collect();
            Some(LinkAction::Practise(Setup {
                topics,
                ..Setup::default()
            }))
        }
        "#/challenge" => Challenge::from_query(query).map(LinkAction::Challenge),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_carry_practice_topics_and_challenges() {
        assert_eq!(
            link_action("#/practice?topics=ocop,law2023"),
            Some(LinkAction::Practise(Setup {
                topics: vec!["ocop".into(), "law2023".into()],
                ..Setup::default()
            }))
        );
        assert!(matches!(link_action("#/challenge?s=5&n=10&d=mixed"), Some(LinkAction::Challenge(c)) if c.seed == 5));
        for none in [
            "#/practice",
            "#/practice?x=1",
            "#/challenge?s=x",
            "#/play?topics=a",
            "#/",
        ] {
            assert_eq!(link_action(none), None, "{none}");
        }
    }

    #[test]
    fn hashes_map_to_screens() {
        assert_eq!(screen_for("#/play"), Screen::Round);
        assert_eq!(screen_for("#/results"), Screen::Round);
        assert_eq!(screen_for("#/practice?topics=a"), Screen::Practice);
        assert_eq!(screen_for("#/progress"), Screen::Progress);
        assert_eq!(screen_for("#/challenge?s=1"), Screen::Invite);
        for other in ["", "#", "#/", "#/nope", "#/PLAY"] {
            assert_eq!(screen_for(other), Screen::Start, "{other}");
        }
    }
}
