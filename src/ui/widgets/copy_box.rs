//! Text to copy (a link, a code) in a read-only box with a copy button.
//! The box stays selectable when the browser has no clipboard.

use yew::prelude::*;

use super::text::{t, T};
use crate::i18n::Lang;
use crate::ui::clipboard;

#[derive(Properties, PartialEq)]
pub struct CopyBoxProps {
    pub label: AttrValue,
    pub value: AttrValue,
    /// An id for the box, unique on the page.
    pub id: AttrValue,
}

#[derive(Clone, Copy, PartialEq)]
enum Copied {
    Not,
    Yes,
    Failed,
}

#[component]
pub fn CopyBox(props: &CopyBoxProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let copied = use_state(|| Copied::Not);
    let input = use_node_ref();
    let onclick = {
        let (copied, value, input) = (copied.clone(), props.value.to_string(), input.clone());
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
    let status = match *copied {
        Copied::Not => "",
        Copied::Yes => t(lang, T::Copied),
        Copied::Failed => t(lang, T::CopyFailed),
    };
    html! {
        <div class="copy-box">
            <label for={props.id.clone()} class="field-label">{ props.label.clone() }</label>
            <div class="copy-row">
                <input id={props.id.clone()} ref={input} class="field copy-value" type="text" readonly=true spellcheck="false" value={props.value.clone()} {onfocus} />
                <button type="button" class="button" {onclick}>{ t(lang, T::Copy) }</button>
            </div>
            <p class="muted copy-status" role="status">{ status }</p>
        </div>
    }
}
