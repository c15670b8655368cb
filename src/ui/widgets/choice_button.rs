//! One answer option as a large button, with its number for the keyboard.

use yew::prelude::*;

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

#[derive(Properties, PartialEq)]
pub struct ChoiceButtonProps {
    pub number: usize,
    pub text: AttrValue,
    pub look: ChoiceLook,
    pub on_pick: Callback<()>,
}

#[component]
pub fn ChoiceButton(props: &ChoiceButtonProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let (class, mark, note, pressed, disabled) = match props.look {
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
            let note = match (correct, picked) {
                (true, true) => t(lang, T::YourChoiceRight),
                (true, false) => t(lang, T::CorrectAnswer),
                (false, true) => t(lang, T::YourChoiceWrong),
                (false, false) => "",
            };
            (class, mark, note, None, true)
        }
    };
    let onclick = props.on_pick.reform(|_: MouseEvent| ());
    html! {
        <button type="button" {class} {onclick} {disabled} aria-pressed={pressed}>
            <span class="choice-number" aria-hidden="true">{ props.number }</span>
            <span class="choice-text">{ props.text.clone() }</span>
            if !mark.is_empty() {
                <span class="choice-mark" aria-hidden="true">{ mark }</span>
            }
            if !note.is_empty() {
                <span class="choice-note">{ note }</span>
            }
        </button>
    }
}
