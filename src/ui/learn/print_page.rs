//! `#/learn/print`: every topic's key points and the comparison on one
//! page. With the print styles (styles/learn.css) it is the study sheet an
//! organiser prints for a meeting hall.

use yew::prelude::*;

use super::compare_page::compare_table;
use super::key_point::{key_point, Show};
use super::text::{t, T};
use crate::quiz::{Lang, QuestionBank};
use crate::study::StudyBook;

pub fn print_page(bank: &QuestionBank, book: &StudyBook, lang: Lang) -> Html {
    let t = |key| t(lang, key);
    let print = Callback::from(|_: MouseEvent| {
        let _ignored = gloo::utils::window().print();
    });
    let topics = bank.topics().iter().map(|topic| {
        html! {
            <section class="print-topic" key={topic.id.to_string()}>
                <h2>{ topic.name.get(lang) }</h2>
                <ol class="key-points">
                    { for book.facts_in(&topic.id).map(|f| key_point(f, bank, lang, Show { nested: true, ..Show::default() })) }
                </ol>
            </section>
        }
    });
    html! {
        <section class="screen learn learn-print" aria-labelledby="print-title">
            <p class="learn-nav no-print"><a href="#/learn">{ t(T::AllTopics) }</a></p>
            <h1 id="print-title" tabindex="-1" data-focus="true">{ t(T::PrintTitle) }</h1>
            <p class="no-print">{ t(T::PrintIntro) }</p>
            <div class="actions no-print">
                <button type="button" class="button button-primary" onclick={print}>{ t(T::PrintButton) }</button>
            </div>
            { for topics }
            <section class="print-topic print-compare">
                <h2>{ t(T::CompareTitle) }</h2>
                { compare_table(book, lang) }
            </section>
        </section>
    }
}
