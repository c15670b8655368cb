//! "Learn more" under a question's feedback and in the results review: a
//! link to the key points the question rests on. Only a link, so the quiz
//! does not load the fact list; the Learn area fetches it when opened.

use yew::prelude::*;

use super::page::facts_hash;
use super::text::{t, T};
use crate::quiz::{Lang, Question};

pub fn learn_more(question: &Question, lang: Lang) -> Html {
    html! {
        <p class="learn-more">
            <a href={facts_hash(question.facts())}>{ t(lang, T::LearnMore) }{ " →" }</a>
        </p>
    }
}

/// The start screen's way in to the Learn area.
pub fn learn_link(lang: Lang) -> Html {
    html! {
        <p class="learn-entry"><a class="button" href="#/learn">{ t(lang, T::Title) }{ " →" }</a></p>
    }
}
