//! `#/learn/compare`: the 2012 and 2023 laws side by side, one row per
//! subject the public confuses, each cell citing its key points. A real
//! table on wide screens; on phones the CSS stacks each row as a card.

use yew::prelude::*;

use super::text::{t, T};
use crate::quiz::Lang;
use crate::study::{CompareCell, Status, StudyBook};

fn cell(cell: &CompareCell, label: &'static str, book: &StudyBook, lang: Lang) -> Html {
    let cites = cell.facts.iter().map(|id| {
        let status_note = match book.fact(id).map(|f| f.status) {
            Some(Status::Partly) => Some(t(lang, T::StatusPartly)),
            Some(Status::Known) => Some(t(lang, T::StatusKnown)),
            _ => None,
        };
        html! {
            <li key={id.clone()}>
                <a href={format!("#/learn/fact/{id}")}>{ id.clone() }</a>
                if let Some(text) = status_note { <span class="cite-flag">{ " ⚠ " }{ text }</span> }
            </li>
        }
    });
    html! {
        <td data-label={label}>
            <p>{ cell.text.get(lang) }</p>
            <ul class="cites" aria-label={t(lang, T::Reference)}>{ for cites }</ul>
        </td>
    }
}

/// The comparison table, also part of the print sheet.
pub fn compare_table(book: &StudyBook, lang: Lang) -> Html {
    let t = |key| t(lang, key);
    let rows = book.comparison().iter().map(|row| {
        html! {
            <tr key={row.id.clone()}>
                <th scope="row">{ row.label.get(lang) }</th>
                { cell(&row.law2012, t(T::Law2012), book, lang) }
                { cell(&row.law2023, t(T::Law2023), book, lang) }
            </tr>
        }
    });
    html! {
        <table class="compare">
            <thead>
                <tr><th scope="col">{ t(T::Subject) }</th><th scope="col">{ t(T::Law2012) }</th><th scope="col">{ t(T::Law2023) }</th></tr>
            </thead>
            <tbody>{ for rows }</tbody>
        </table>
    }
}

/// The comparison page.
pub fn compare_page(book: &StudyBook, lang: Lang) -> Html {
    let t = |key| t(lang, key);
    html! {
        <section class="screen learn learn-compare" aria-labelledby="compare-title">
            <p class="learn-nav"><a href="#/learn">{ t(T::AllTopics) }</a></p>
            <h1 id="compare-title" tabindex="-1" data-focus="true">{ t(T::CompareTitle) }</h1>
            <p>{ t(T::CompareIntro) }</p>
            { compare_table(book, lang) }
        </section>
    }
}
