//! Study material by topic (issue 11): the Learn page, `learn.html`, a
//! page of its own with its own wasm (`src/bin/learn.rs`), so the players'
//! page links none of it but the links in `learn_more.rs` (issue 17). Its
//! addresses are `learn.html#/learn…` (the players' page sends its old
//! `#/learn…` addresses here). It fetches `static/facts.json` when opened
//! (the quiz never waits for it), once the bank's notes are there (a built
//! site sends the documents and the questions' facts in them), checks it
//! against the bank with `study::parse_facts`, and shows the page the
//! address asks for.

mod compare_page;
mod facts_page;
mod home;
mod key_point;
pub mod learn_more;
mod page;
mod print_page;
pub mod text;
mod topic_page;

use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use self::compare_page::compare_page;
use self::facts_page::facts_page;
use self::home::LearnHome;
use self::page::{page_for, Page, PLAYERS_HOME};
use self::print_page::print_page;
use self::text::{t, T};
use self::topic_page::topic_page;
use super::bank_loader::{fetch_text, BankState};
use super::hooks::{use_hash, use_hash_change};
use super::shell::{bank_not_ready, Loaded, Notes, Page as ShellPage, Shell};
use crate::content::ContentError;
use crate::quiz::{Lang, QuestionBank, TopicId};
use crate::study::{parse_facts, StudyBook};

/// Where loading the fact list got to.
#[derive(Clone, PartialEq)]
enum BookState {
    Loading,
    Ready(Rc<StudyBook>),
    /// The file arrived but is broken: every problem, for the organiser.
    Broken(Rc<Vec<ContentError>>),
    /// The file could not be fetched (offline before it was cached, missing).
    Unavailable(String),
}

async fn load_book(bank: &QuestionBank) -> BookState {
    match fetch_text("static/facts.json").await {
        Err(reason) => BookState::Unavailable(reason),
        Ok(text) => match parse_facts(&text, bank) {
            Ok(book) => BookState::Ready(Rc::new(book)),
            Err(errors) => BookState::Broken(Rc::new(errors)),
        },
    }
}

/// Moves focus to the page's `data-focus` element (its heading, or the
/// point "Learn more" asked for), so a new page is announced and shown
/// from its start.
fn focus_page() {
    let target = gloo::utils::document().query_selector("[data-focus]").ok().flatten();
    if let Some(element) = target.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ignored = element.focus();
    }
}

/// The Learn page's root (`learn.html`): the shared frame around the area.
#[component]
pub fn LearnApp() -> Html {
    html! {
        <Shell page={ShellPage::Learn}>
            <LearnWithBank />
        </Shell>
    }
}

/// The area once the shell has the bank and its notes (Learn names each
/// fact's topic and document, and counts the questions citing it; a built
/// site sends the documents and each question's facts in
/// `questions.notes.json`, `content::notes`).
#[component]
fn LearnWithBank() -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    // A new Learn page opens at its top, as on the players' page; the
    // search replaces the address without this event.
    use_hash_change(Callback::from(|_| {
        gloo::utils::window().scroll_to_with_x_and_y(0.0, 0.0);
    }));
    let Some(loaded) = use_context::<Loaded>() else {
        return Html::default();
    };
    if let Some(waiting) = bank_not_ready(&loaded.bank, lang) {
        return waiting;
    }
    match loaded.bank {
        BankState::Ready(bank) if !bank.awaits_notes() => html! { <LearnArea {bank} /> },
        // The shell tries again when the device is back online, and this
        // re-renders when they come.
        BankState::Ready(_) if loaded.notes == Notes::Unavailable => html! {
            <div class="notice notice-error" role="alert">
                <p>{ t(lang, T::Unavailable) }</p>
                <p class="detail">{ "static/questions.notes.json" }</p>
                <a class="button" href={PLAYERS_HOME}>{ t(lang, T::Home) }</a>
            </div>
        },
        BankState::Ready(_) => html! { <p class="notice" role="status">{ t(lang, T::Loading) }</p> },
        _ => Html::default(),
    }
}

#[derive(Properties, PartialEq)]
pub struct LearnAreaProps {
    pub bank: Rc<QuestionBank>,
}

#[component]
pub fn LearnArea(props: &LearnAreaProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let page = page_for(&use_hash());
    let book = use_state(|| BookState::Loading);
    let attempt = use_state(|| 0_u32);
    {
        let (book, bank) = (book.clone(), props.bank.clone());
        use_effect_with(*attempt, move |_| {
            book.set(BookState::Loading);
            yew::platform::spawn_local(async move { book.set(load_book(&bank).await) });
        });
    }
    let ready = matches!(*book, BookState::Ready(_));
    use_effect_with((page.clone(), ready), |_| focus_page());
    let t = |key| t(lang, key);
    match &*book {
        BookState::Loading => html! { <p class="notice" role="status">{ t(T::Loading) }</p> },
        BookState::Unavailable(reason) => {
            let retry = {
                let attempt = attempt.clone();
                Callback::from(move |_: MouseEvent| attempt.set(*attempt + 1))
            };
            html! {
                <div class="notice notice-error" role="alert">
                    <p>{ t(T::Unavailable) }</p>
                    <p class="detail">{ reason.clone() }</p>
                    <div class="actions">
                        <button type="button" class="button" onclick={retry}>{ t(T::Retry) }</button>
                        <a class="button" href={PLAYERS_HOME}>{ t(T::Home) }</a>
                    </div>
                </div>
            }
        }
        BookState::Broken(errors) => html! {
            <section class="screen problems" role="alert" aria-labelledby="facts-problems-title">
                <h1 id="facts-problems-title">{ t(T::BrokenTitle) }</h1>
                <p>{ t(T::BrokenIntro) }</p>
                <ol class="problem-list">
                    { for errors.iter().map(|e| html! { <li><code>{ e.describe(lang) }</code></li> }) }
                </ol>
                <p><a href={PLAYERS_HOME}>{ t(T::Home) }</a></p>
            </section>
        },
        BookState::Ready(book) => {
            let bank = &props.bank;
            match &page {
                Page::Home => html! { <LearnHome bank={bank.clone()} book={book.clone()} /> },
                Page::Topic(id) => match bank.topic(&TopicId::new(id.clone())) {
                    Some(topic) => topic_page(topic, bank, book, lang),
                    None => not_found(lang),
                },
                Page::Compare => compare_page(book, lang),
                Page::Print => print_page(bank, book, lang),
                Page::Facts(ids) => facts_page(ids, bank, book, lang),
                Page::NotFound => not_found(lang),
            }
        }
    }
}

fn not_found(lang: Lang) -> Html {
    html! {
        <section class="screen learn" aria-labelledby="learn-missing">
            <h1 id="learn-missing" tabindex="-1" data-focus="true">{ t(lang, T::NotFound) }</h1>
            <p><a href="#/learn">{ t(lang, T::AllTopics) }</a></p>
        </section>
    }
}
