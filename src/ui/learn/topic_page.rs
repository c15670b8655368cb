//! `#/learn/topic/<id>`: one topic's key points and a way to practise it.

use yew::prelude::*;

use super::key_point::{key_point, Show};
use super::page::players_link;
use super::text::{points_count, t, T};
use crate::quiz::{Lang, QuestionBank, Topic};
use crate::study::StudyBook;

/// The page of `topic`.
pub fn topic_page(topic: &Topic, bank: &QuestionBank, book: &StudyBook, lang: Lang) -> Html {
    let t = |key| t(lang, key);
    let points: Vec<Html> = book
        .facts_in(&topic.id)
        .map(|f| key_point(f, bank, lang, Show::default()))
        .collect();
    html! {
        <section class="screen learn learn-topic" aria-labelledby="topic-title">
            <p class="learn-nav"><a href="#/learn">{ t(T::AllTopics) }</a></p>
            <h1 id="topic-title" tabindex="-1" data-focus="true">{ topic.name.get(lang) }</h1>
            <p class="muted">{ points_count(lang, points.len()) }</p>
            <ol class="key-points">{ for points }</ol>
            <div class="actions">
                <a class="button button-primary" href={players_link(&format!("#/practice?topics={}", topic.id))}>{ t(T::Practise) }</a>
                <a class="button" href="#/learn">{ t(T::AllTopics) }</a>
            </div>
        </section>
    }
}
