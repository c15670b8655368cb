//! A question's explanation, or why it is not there yet. A built site
//! sends the explanations apart from the bank (`content::notes`); a
//! feedback screen may come before they do, and fills in when they come.

use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::{text, Lang, Text};
use crate::quiz::Question;
use crate::ui::shell::{Loaded, Notes};

#[derive(Properties, PartialEq)]
pub struct ExplanationProps {
    pub question: Rc<Question>,
    /// Starts with "Explanation:" (the review list goes without).
    #[prop_or(true)]
    pub labelled: bool,
    /// Another label than the players' "Giải thích" / "Why" (host mode's).
    #[prop_or_default]
    pub label: Option<AttrValue>,
}

#[component]
pub fn ExplanationText(props: &ExplanationProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    // Read for its changes: the explanation is set in place in the
    // question, and the shell's `notes` tells when.
    let notes = use_context::<Loaded>().map_or(Notes::Here, |loaded| loaded.notes);
    let label = props.labelled.then(|| {
        let label = props
            .label
            .clone()
            .unwrap_or(AttrValue::Static(text(lang, Text::Explanation)));
        html! { <strong>{ label }{ ": " }</strong> }
    });
    match (props.question.explanation().get(lang), notes) {
        (Some(explanation), _) => html! { <p class="explanation">{ label }{ explanation.to_owned() }</p> },
        (None, Notes::Unavailable) => html! {
            <p class="explanation explanation-missing">{ label }{ text(lang, Text::ExplanationUnavailable) }</p>
        },
        (None, _) => html! {
            <p class="explanation explanation-loading" role="status">{ label }{ text(lang, Text::LoadingExplanation) }</p>
        },
    }
}
