//! `#/learn`: the topics with their number of key points, a search over
//! every key point, and the ways to the comparison and the print sheet.

use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::key_point::{key_point, Show};
use super::page::{query_in, PLAYERS_HOME};
use super::text::{matches_count, points_count, t, T};
use crate::i18n::{text, Text};
use crate::quiz::{Lang, QuestionBank};
use crate::study::StudyBook;

/// Results shown at most: a phone screen's worth of reading, not the book.
const MAX_RESULTS: usize = 20;

/// The search kept in the address, if the page was opened (or went back
/// to) with one.
fn initial_query() -> String {
    let hash = crate::ui::hooks::current_hash();
    query_in(&hash)
        .and_then(|q| js_sys::decode_uri_component(q).ok())
        .map(String::from)
        .unwrap_or_default()
}

/// Keeps the search in the address without a new history entry per key
/// (replaceState fires no hashchange, so the page is not re-routed).
fn remember_query(typed: &str) {
    let encoded = String::from(js_sys::encode_uri_component(typed));
    let hash = if typed.is_empty() {
        "#/learn".to_owned()
    } else {
        format!("#/learn?q={encoded}")
    };
    if let Ok(history) = gloo::utils::window().history() {
        let _ignored = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&hash));
    }
}

#[derive(Properties, PartialEq)]
pub struct LearnHomeProps {
    pub bank: Rc<QuestionBank>,
    pub book: Rc<StudyBook>,
}

#[component]
pub fn LearnHome(props: &LearnHomeProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let t = |key| t(lang, key);
    let query = use_state(initial_query);
    let oninput = {
        let query = query.clone();
        Callback::from(move |e: InputEvent| {
            let typed = e.target_unchecked_into::<HtmlInputElement>().value();
            remember_query(&typed);
            query.set(typed);
        })
    };
    let found = props.book.search(&query);
    let topics = props.bank.topics().iter().map(|topic| {
        let n = props.book.facts_in(&topic.id).count();
        html! {
            <li key={topic.id.to_string()}>
                <a href={format!("#/learn/topic/{}", topic.id)}>{ topic.name.get(lang) }</a>
                <span class="muted">{ points_count(lang, n) }</span>
            </li>
        }
    });
    html! {
        <section class="screen learn" aria-labelledby="learn-title">
            <h1 id="learn-title" tabindex="-1" data-focus="true">{ text(lang, Text::LearnPage) }</h1>
            <p class="lead">{ t(T::Intro) }</p>
            <div class="learn-search" role="search">
                <label for="learn-query">{ t(T::SearchLabel) }</label>
                <input id="learn-query" type="search" value={(*query).clone()} {oninput}
                    placeholder={t(T::SearchHint)} autocomplete="off" spellcheck="false" />
            </div>
            if !query.trim().is_empty() {
                <p class="learn-count" role="status">{ matches_count(lang, found.len()) }</p>
                <ol class="key-points search-results">
                    { for found.iter().take(MAX_RESULTS).map(|f| key_point(f, &props.bank, lang, Show { topic_link: true, ..Show::default() })) }
                </ol>
            }
            <h2>{ t(T::Topics) }</h2>
            <ul class="learn-topics">{ for topics }</ul>
            <ul class="learn-more-links">
                <li><a href="#/learn/compare">{ t(T::CompareLink) }</a></li>
                <li><a href="#/learn/print">{ t(T::PrintLink) }</a></li>
            </ul>
            <p class="learn-nav"><a href={PLAYERS_HOME}>{ t(T::Home) }</a></p>
        </section>
    }
}
