//! One answer option as a large button, with its number for the keyboard.

use yew::prelude::*;
use yew::virtual_dom::Key;

use super::text::{t, T};
use crate::i18n::Lang;

/// How an option is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChoiceLook {
    /// Before answering; `ticked` for a multiple-select option picked so far.
    Open { ticked: bool, multiple: bool },
    /// After answering: whether it is right and whether the player picked it.
    Revealed { correct: bool, picked: bool },
}

/// What an option button shows, and what a tap on it does.
pub struct ChoiceButtonProps<'a> {
    /// Keeps the button with its option when the list is drawn again.
    pub key: Key,
    pub number: usize,
    pub text: &'a str,
    pub look: ChoiceLook,
    pub on_pick: Callback<()>,
}

/// The button. A function, not a component: it has no state, and each
/// component costs its own copy of Yew's lifecycle code in the wasm.
pub fn choice_button(lang: Lang, props: ChoiceButtonProps<'_>) -> Html {
    let (class, mark, verdict_note, pressed, disabled) = match props.look {
        ChoiceLook::Open { ticked, multiple } => (
            if ticked { "choice ticked" } else { "choice" },
            if ticked {
                "☑"
            } else if multiple {
                "☐"
            } else {
                ""
            },
            "",
            multiple.then_some(if ticked { "true" } else { "false" }),
            false,
        ),
        ChoiceLook::Revealed { correct, picked } => {
            let (class, mark) = match (correct, picked) {
                (true, _) => ("choice right", "✓"),
                (false, true) => ("choice wrong", "✗"),
                (false, false) => ("choice faded", ""),
            };
            let verdict_note = match (correct, picked) {
                (true, true) => t(lang, T::YourChoiceRight),
                (true, false) => t(lang, T::CorrectAnswer),
                (false, true) => t(lang, T::YourChoiceWrong),
                (false, false) => "",
            };
            (class, mark, verdict_note, None, true)
        }
    };
    let onclick = props.on_pick.reform(|_: MouseEvent| ());
    html! {
        <button key={props.key} type="button" {class} {onclick} {disabled} aria-pressed={pressed}>
            <span class="choice-number" aria-hidden="true">{ props.number }</span>
            <span class="choice-text">{ props.text.to_owned() }</span>
            if !mark.is_empty() {
                <span class="choice-mark" aria-hidden="true">{ mark }</span>
            }
            if !verdict_note.is_empty() {
                <span class="choice-note">{ verdict_note }</span>
            }
        </button>
    }
}
