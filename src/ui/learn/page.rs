//! The Learn page's addresses: which page a `#/learn…` hash asks for, and
//! the links between `learn.html` and the players' page. Pure, so it is
//! tested natively.

/// The Learn page's own file: its wasm is not the players' (`src/bin/learn.rs`).
pub const LEARN_PAGE: &str = "learn.html";

/// The players' start screen, for the Learn page's "Home" links.
pub const PLAYERS_HOME: &str = "index.html#/";

/// A page of the Learn area.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Page {
    /// `#/learn`: topics, search, links to the comparison and print sheet.
    Home,
    /// `#/learn/topic/<topic-id>`: one topic's key points.
    Topic(String),
    /// `#/learn/compare`: the 2012 and 2023 laws side by side.
    Compare,
    /// `#/learn/print`: every key point on one page, for printing.
    Print,
    /// `#/learn/fact/<id>[,<id>…]`: the key points a question rests on,
    /// highlighted ("Learn more").
    Facts(Vec<String>),
    /// Any other `#/learn/…` address.
    NotFound,
}

/// The page a hash asks for. Percent-escapes are not decoded: topic and
/// fact ids are plain ASCII (the loaders check that).
#[must_use]
pub fn page_for(hash: &str) -> Page {
    let path = hash.strip_prefix("#/learn").unwrap_or("");
    let path = path.split('?').next().unwrap_or("").trim_end_matches('/');
    let mut parts = path.trim_start_matches('/').splitn(2, '/');
    match (parts.next().unwrap_or(""), parts.next()) {
        ("", None) => Page::Home,
        ("compare", None) => Page::Compare,
        ("print", None) => Page::Print,
        ("topic", Some(id)) if !id.is_empty() && !id.contains('/') => Page::Topic(id.to_owned()),
        ("fact", Some(ids)) if !ids.is_empty() && !ids.contains('/') => {
            Page::Facts(ids.split(',').filter(|id| !id.is_empty()).map(str::to_owned).collect())
        }
        _ => Page::NotFound,
    }
}

/// The search typed on the home page, as kept in its address
/// (`#/learn?q=…`, still percent-encoded), so Back from a result finds it.
#[must_use]
pub fn query_in(hash: &str) -> Option<&str> {
    let (path, query) = hash.split_once('?')?;
    (page_for(path) == Page::Home).then_some(())?;
    query.split('&').find_map(|pair| pair.strip_prefix("q="))
}

/// The address of the page showing `ids` ("Learn more").
#[must_use]
pub fn facts_hash(ids: &[String]) -> String {
    format!("#/learn/fact/{}", ids.join(","))
}

/// A link from the players' page to `hash` on the Learn page.
#[must_use]
pub fn learn_link(hash: &str) -> String {
    format!("{LEARN_PAGE}{hash}")
}

/// A link from the Learn page to a round: `hash` on the players' page.
#[must_use]
pub fn players_link(hash: &str) -> String {
    format!("index.html{hash}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_map_to_pages() {
        assert_eq!(page_for("#/learn"), Page::Home);
        assert_eq!(page_for("#/learn/"), Page::Home);
        assert_eq!(page_for("#/learn?q=hop"), Page::Home);
        assert_eq!(page_for("#/learn/compare"), Page::Compare);
        assert_eq!(page_for("#/learn/print"), Page::Print);
        assert_eq!(page_for("#/learn/topic/law2023"), Page::Topic("law2023".into()));
        assert_eq!(
            page_for("#/learn/fact/F-2023-01,F-VN-04"),
            Page::Facts(vec!["F-2023-01".into(), "F-VN-04".into()])
        );
        for other in [
            "#/learn/topic",
            "#/learn/topic/",
            "#/learn/topic/a/b",
            "#/learn/nope",
            "#/learn/fact/",
        ] {
            assert_eq!(page_for(other), Page::NotFound, "{other}");
        }
    }

    #[test]
    fn the_home_page_keeps_its_search_in_the_address() {
        assert_eq!(query_in("#/learn?q=hop%20tac"), Some("hop%20tac"));
        assert_eq!(query_in("#/learn/?x=1&q=abc"), Some("abc"));
        assert_eq!(query_in("#/learn"), None);
        assert_eq!(query_in("#/learn/compare?q=abc"), None);
    }

    #[test]
    fn a_question_links_to_the_page_of_its_facts() {
        let ids = vec!["F-2023-01".to_owned(), "F-VN-04".to_owned()];
        assert_eq!(page_for(&facts_hash(&ids)), Page::Facts(ids.clone()));
        let link = learn_link(&facts_hash(&ids));
        assert_eq!(link, "learn.html#/learn/fact/F-2023-01,F-VN-04");
        let (file, hash) = link.split_once('#').expect("a link with a hash");
        assert_eq!(file, LEARN_PAGE);
        assert_eq!(page_for(&format!("#{hash}")), Page::Facts(ids));
    }

    #[test]
    fn links_back_to_play_open_the_players_page() {
        assert_eq!(
            players_link("#/practice?topics=law2023"),
            "index.html#/practice?topics=law2023"
        );
        assert!(PLAYERS_HOME.starts_with("index.html#/"));
    }
}
