//! Right or wrong, why, where it is written, and the way on.

use yew::prelude::*;

use crate::i18n::{text, Lang, Text};

/// What the feedback panel shows.
pub struct FeedbackPanelProps {
    pub correct: bool,
    /// The right answer's text, shown when the player was wrong.
    pub right_answer: AttrValue,
    /// `Some("vi")` when the options are shown in Vietnamese on the English
    /// page (their English is missing), so screen readers voice them right.
    pub right_answer_lang: Option<&'static str>,
    /// The explanation, or the line that stands in for it (`widgets::explanation`).
    pub explanation: Html,
    pub source: Html,
    pub is_last: bool,
    pub on_next: Callback<()>,
    /// Receives focus when the panel appears, so screen readers read it.
    pub focus: NodeRef,
}

/// The panel. A function, not a component: it has no state, and each
/// component costs its own copy of Yew's lifecycle code in the wasm.
pub fn feedback_panel(lang: Lang, props: &FeedbackPanelProps) -> Html {
    let t = |key| text(lang, key);
    let (class, icon, verdict) = if props.correct {
        ("feedback feedback-right", "✓", t(Text::Correct))
    } else {
        ("feedback feedback-wrong", "✗", t(Text::Wrong))
    };
    let next = if props.is_last {
        t(Text::SeeResults)
    } else {
        t(Text::NextQuestion)
    };
    let onclick = props.on_next.reform(|_: MouseEvent| ());
    html! {
        <section {class} aria-live="polite">
            <h2 class="verdict" tabindex="-1" ref={props.focus.clone()}>
                <span class="verdict-icon" aria-hidden="true">{ icon }</span>{ verdict }
            </h2>
            if !props.correct {
                <p class="right-answer"><strong>{ t(Text::CorrectAnswerWas) }</strong>{ " " }<span lang={props.right_answer_lang}>{ props.right_answer.clone() }</span></p>
            }
            { props.explanation.clone() }
            { props.source.clone() }
            <button type="button" class="button button-primary next" {onclick}>{ next }{ " →" }</button>
        </section>
    }
}
