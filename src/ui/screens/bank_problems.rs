//! Shown instead of the quiz when the bank file is broken: every problem,
//! for the organiser who uploaded it.

use yew::prelude::*;

use crate::content::ContentError;
use crate::i18n::{text, Lang, Text};

/// Every problem of the broken bank. A function, not a component: it has
/// no state, and each component costs its own copy of Yew's lifecycle
/// code in the wasm.
pub fn bank_problems(lang: Lang, errors: &[ContentError]) -> Html {
    html! {
        <section class="screen problems" role="alert" aria-labelledby="problems-title">
            <h1 id="problems-title">{ text(lang, Text::BankBrokenTitle) }</h1>
            <p>{ text(lang, Text::BankBrokenIntro) }</p>
            <ol class="problem-list">
                { for errors.iter().map(|e| html! { <li><code>{ e.describe(lang) }</code></li> }) }
            </ol>
        </section>
    }
}
