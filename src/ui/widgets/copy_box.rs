//! Text to copy (a link, a code) in a read-only box with a copy button.
//! The box stays selectable when the browser has no clipboard.

use yew::prelude::*;

use super::text::{t, T};
use crate::i18n::Lang;
use crate::ui::clipboard;

#[derive(Clone, Copy, PartialEq)]
enum Copied {
    Not,
    Yes,
    Failed,
}

/// A copy box's state: how the last copy went, and the box (selected for
/// copying by hand when the clipboard refuses).
#[derive(Clone)]
pub struct CopyBoxState {
    copied: UseStateHandle<Copied>,
    input: NodeRef,
}

/// The state of one copy box, held by the screen that shows it: the box
/// is a function (`copy_box`), not a component, since each component
/// costs its own copy of Yew's lifecycle code in the wasm.
#[hook]
pub fn use_copy_box() -> CopyBoxState {
    CopyBoxState {
        copied: use_state(|| Copied::Not),
        input: use_node_ref(),
    }
}

/// The box showing `value` under `label`, with `id` (unique on the page).
pub fn copy_box(lang: Lang, state: &CopyBoxState, id: &'static str, label: &str, value: String) -> Html {
    let onclick = {
        let (copied, value, input) = (state.copied.clone(), value.clone(), state.input.clone());
        Callback::from(move |_: MouseEvent| {
            let (copied, value, input) = (copied.clone(), value.clone(), input.clone());
            yew::platform::spawn_local(async move {
                if clipboard::copy(&value).await {
                    copied.set(Copied::Yes);
                } else {
                    if let Some(field) = input.cast::<web_sys::HtmlInputElement>() {
                        field.select();
                    }
                    copied.set(Copied::Failed);
                }
            });
        })
    };
    let onfocus = Callback::from(|e: FocusEvent| e.target_unchecked_into::<web_sys::HtmlInputElement>().select());
    let status = match *state.copied {
        Copied::Not => "",
        Copied::Yes => t(lang, T::Copied),
        Copied::Failed => t(lang, T::CopyFailed),
    };
    html! {
        <div class="copy-box">
            <label for={id} class="field-label">{ label.to_owned() }</label>
            <div class="copy-row">
                <input {id} ref={state.input.clone()} class="field copy-value" type="text" readonly=true spellcheck="false" {value} {onfocus} />
                <button type="button" class="button" {onclick}>{ t(lang, T::Copy) }</button>
            </div>
            <p class="muted copy-status" role="status">{ status }</p>
        </div>
    }
}
