//! One key point as a list item: the statement, how well it is checked,
//! its legal reference with a link to a public copy, and how many questions
//! rest on it.

use yew::prelude::*;

use super::text::{cited_by, t, T};
use crate::quiz::{Lang, QuestionBank};
use crate::study::{Fact, Status, StudyBook};

/// How a key point is shown where it appears.
#[derive(Clone, Copy, Default)]
pub struct Show {
    /// Marked and focusable: the point a "Learn more" link asked for.
    pub highlight: bool,
    /// With a link to its topic page (in search results and "Learn more").
    pub topic_link: bool,
    /// The title is an `<h3>` (under a topic's `<h2>` on the print sheet)
    /// rather than an `<h2>`.
    pub nested: bool,
}

/// The element id of a key point, for links to it on its topic page.
#[must_use]
pub fn anchor(fact: &Fact) -> String {
    format!("point-{}", fact.id)
}

/// The host of a link, shown as its text: "thuvienphapluat.vn".
fn host(url: &str) -> &str {
    let rest = url.split_once("//").map_or(url, |(_, rest)| rest);
    rest.split('/').next().unwrap_or(rest).trim_start_matches("www.")
}

fn reference(fact: &Fact, bank: &QuestionBank, lang: Lang) -> Html {
    let document = fact.document.as_ref().and_then(|id| bank.document(id));
    let href = document.and_then(|d| d.url.clone()).or_else(|| fact.url.clone());
    let name = document.map(|d| d.name.get(lang).to_owned());
    if name.is_none() && href.is_none() {
        return Html::default();
    }
    let part = fact
        .part
        .as_ref()
        .map(|p| format!(", {}", p.get(lang)))
        .unwrap_or_default();
    html! {
        <p class="point-ref">
            <strong>{ t(lang, T::Reference) }{ ": " }</strong>
            { name.unwrap_or_default() }{ part }
            if let Some(href) = href {
                { " · " }
                <a href={href.clone()} target="_blank" rel="noopener noreferrer" class="point-link">
                    { t(lang, T::ReadText) }{ " (" }{ host(&href) }{ ")" }
                </a>
            }
        </p>
    }
}

/// A key point as an `<li>`.
pub fn key_point(fact: &Fact, bank: &QuestionBank, lang: Lang, show: Show) -> Html {
    let status = match fact.status {
        Status::Verified => None,
        Status::Partly => Some(t(lang, T::StatusPartly)),
        Status::Known => Some(t(lang, T::StatusKnown)),
    };
    let citing = StudyBook::questions_citing(bank, &fact.id).len();
    let meta = if citing == 0 {
        t(lang, T::ReadingOnly).to_owned()
    } else {
        cited_by(lang, citing)
    };
    let topic = bank.topic(&fact.topic).filter(|_| show.topic_link);
    let class = classes!("key-point", show.highlight.then_some("highlight"));
    html! {
        <li {class} id={anchor(fact)} key={fact.id.clone()} tabindex={show.highlight.then_some("-1")}
            data-focus={show.highlight.then_some("true")}>
            if show.nested {
                <h3 class="point-title">{ fact.title.get(lang) }</h3>
            } else {
                <h2 class="point-title">{ fact.title.get(lang) }</h2>
            }
            <p class="point-text">{ fact.statement.get(lang) }</p>
            if let Some(note) = status {
                <p class="point-status"><span aria-hidden="true">{ "⚠ " }</span>{ note }</p>
            }
            { reference(fact, bank, lang) }
            <p class="point-meta">
                <span class="point-id">{ fact.id.clone() }</span>{ " · " }{ meta }
                if let Some(topic) = topic {
                    { " · " }
                    <a href={format!("#/learn/topic/{}", topic.id)}>{ topic.name.get(lang) }</a>
                }
            </p>
        </li>
    }
}

#[cfg(test)]
mod tests {
    use super::host;

    #[test]
    fn links_are_named_by_their_host() {
        assert_eq!(host("https://www.thuvienphapluat.vn/van-ban/x"), "thuvienphapluat.vn");
        assert_eq!(host("https://vbpl.vn"), "vbpl.vn");
        assert_eq!(host("no-scheme/path"), "no-scheme");
    }
}
