//! "A new version is available, reload": shown when the service worker has
//! a newer build or a newer question bank. The service worker side lives in
//! `scripts/pwa/register.js`; the two talk through window events.

use gloo::events::EventListener;
use wasm_bindgen::JsValue;
use yew::prelude::*;

use crate::i18n::{text, Lang, Text};

const READY_EVENT: &str = "coopquiz:update-ready";
const READY_FLAG: &str = "coopquizUpdateReady";
const APPLY_EVENT: &str = "coopquiz:apply-update";

/// Whether the update was announced before the page listened.
fn announced_already() -> bool {
    js_sys::Reflect::get(&gloo::utils::window(), &JsValue::from_str(READY_FLAG)).is_ok_and(|v| v.is_truthy())
}

/// Whether the service worker has announced an update, now or before.
#[hook]
pub fn use_update_ready() -> bool {
    let ready = use_state(announced_already);
    {
        let ready = ready.clone();
        use_effect_with((), move |()| {
            let listener = EventListener::new(&gloo::utils::window(), READY_EVENT, move |_| ready.set(true));
            move || drop(listener)
        });
    }
    *ready
}

/// The prompt, once the update is `ready`. A function the shell calls
/// with `use_update_ready`'s answer, not a component: each component costs
/// its own copy of Yew's lifecycle code in the wasm.
pub fn update_prompt(lang: Lang, ready: bool) -> Html {
    if !ready {
        return Html::default();
    }
    let onclick = Callback::from(|_: MouseEvent| {
        if let Ok(event) = web_sys::Event::new(APPLY_EVENT) {
            let _delivered = gloo::utils::window().dispatch_event(&event);
        }
    });
    html! {
        <div class="update-prompt" role="status">
            <p>{ text(lang, Text::UpdateReady) }</p>
            <button type="button" class="button button-primary" {onclick}>{ text(lang, Text::UpdateNow) }</button>
        </div>
    }
}
