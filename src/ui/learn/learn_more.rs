//! The players' page's ways in to the Learn page: "Learn more" under a
//! question's feedback and in the results review (the key points the
//! question rests on), and the start screen's link. Only links to
//! `learn.html`, which has a wasm of its own: this file is the whole of
//! Learn that the players' page links, so its words are in `i18n`, not in
//! `learn/text.rs`.

use yew::prelude::*;

use super::page::{facts_hash, learn_link as learn_page_link};
use crate::i18n::{text, Text};
use crate::quiz::{Lang, Question};

/// Nothing while the question's facts are on their way with the
/// explanations (`content::notes`); the caller re-renders when they come.
pub fn learn_more(question: &Question, lang: Lang) -> Html {
    if question.facts().is_empty() {
        return Html::default();
    }
    html! {
        <p class="learn-more">
            <a href={learn_page_link(&facts_hash(question.facts()))}>{ text(lang, Text::LearnMore) }{ " →" }</a>
        </p>
    }
}

/// The start screen's way in to the Learn page.
pub fn learn_link(lang: Lang) -> Html {
    html! {
        <p class="learn-entry">
            <a class="button" href={learn_page_link("#/learn")}>{ text(lang, Text::LearnPage) }{ " →" }</a>
        </p>
    }
}
