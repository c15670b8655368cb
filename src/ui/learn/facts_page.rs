//! `#/learn/fact/<id>,…`: where "Learn more" lands. The key points a
//! question rests on, highlighted (the first takes focus), with the way
//! back to the question.

use yew::prelude::*;

use super::key_point::{key_point, Show};
use super::text::{t, T};
use crate::quiz::{Lang, QuestionBank};
use crate::study::StudyBook;

/// The page for `ids`; unknown ids are left out (the page says so when
/// none is known).
pub fn facts_page(ids: &[String], bank: &QuestionBank, book: &StudyBook, lang: Lang) -> Html {
    let t = |key| t(lang, key);
    let points: Vec<Html> = ids
        .iter()
        .filter_map(|id| book.fact(id))
        .map(|f| {
            key_point(
                f,
                bank,
                lang,
                Show {
                    highlight: true,
                    topic_link: true,
                    nested: false,
                },
            )
        })
        .collect();
    // Back in history, not to a fixed address: the player came from a
    // question's feedback or from the results, and returns to the same.
    let go_back = Callback::from(|_: MouseEvent| {
        let _ignored = gloo::utils::window().history().map(|h| h.back());
    });
    html! {
        <section class="screen learn learn-facts" aria-labelledby="facts-title">
            <h1 id="facts-title">{ t(T::FactsTitle) }</h1>
            if points.is_empty() {
                <p class="notice" data-focus="true" tabindex="-1">{ t(T::NotFound) }</p>
            }
            <ol class="key-points">{ for points }</ol>
            <div class="actions">
                <button type="button" class="button button-primary" onclick={go_back}>{ t(T::Back) }</button>
                <a class="button" href="#/learn">{ t(T::AllTopics) }</a>
            </div>
        </section>
    }
}
