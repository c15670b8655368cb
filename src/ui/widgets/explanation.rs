//! A question's explanation, or why it is not there yet. A built site
//! sends the explanations apart from the bank (`content::notes`); a
//! feedback screen may come before they do, and fills in when they come.
//! A function, not a component (one more component type weighs about a
//! kilobyte in the players' wasm): its caller reads `Loaded::notes` from
//! the context, which re-renders it when the explanations arrive.

use yew::prelude::*;

use crate::i18n::{text, Lang, Text};
use crate::quiz::Question;
use crate::ui::shell::Notes;

/// The explanation of `question` in `lang`, after `label` and ": " if
/// given; while the explanations are on their way or missing (`notes`),
/// a line that says so.
pub fn explanation(question: &Question, lang: Lang, notes: Notes, label: Option<&'static str>) -> Html {
    // Vietnamese shown on the English page (its English is missing) is
    // marked as such, so a screen reader reads it with a Vietnamese voice.
    let body_lang = (lang == Lang::En && !question.explanation().has_english()).then_some("vi");
    let (class, body, role, body_lang) = match (question.explanation().get(lang), notes) {
        (Some(explanation), _) => ("explanation", explanation, None, body_lang),
        (None, Notes::Unavailable) => (
            "explanation explanation-missing",
            text(lang, Text::ExplanationUnavailable),
            None,
            None,
        ),
        // A status: screen readers hear the explanation replace it.
        (None, _) => (
            "explanation explanation-loading",
            text(lang, Text::LoadingExplanation),
            Some("status"),
            None,
        ),
    };
    html! {
        <p {class} {role}>
            if let Some(label) = label { <strong>{ label }{ ": " }</strong> }
            <span lang={body_lang}>{ body.to_owned() }</span>
        </p>
    }
}

/// What `Loaded::notes` says, for a component that shows explanations
/// (and so re-renders when they arrive).
#[hook]
pub fn use_notes() -> Notes {
    use_context::<crate::ui::shell::Loaded>().map_or(Notes::Here, |loaded| loaded.notes)
}
