//! Shown instead of the quiz when the bank file is broken: every problem,
//! for the organiser who uploaded it.

use std::rc::Rc;

use yew::prelude::*;

use crate::content::ContentError;
use crate::i18n::{text, Lang, Text};

#[derive(Properties, PartialEq)]
pub struct BankProblemsProps {
    pub errors: Rc<Vec<ContentError>>,
}

#[component]
pub fn BankProblems(props: &BankProblemsProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    html! {
        <section class="screen problems" role="alert" aria-labelledby="problems-title">
            <h1 id="problems-title">{ text(lang, Text::BankBrokenTitle) }</h1>
            <p>{ text(lang, Text::BankBrokenIntro) }</p>
            <ol class="problem-list">
                { for props.errors.iter().map(|e| html! { <li><code>{ e.describe(lang) }</code></li> }) }
            </ol>
        </section>
    }
}
