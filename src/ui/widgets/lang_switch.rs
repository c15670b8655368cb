//! The Tiếng Việt / English switch.

use yew::prelude::*;

use crate::i18n::{text, Lang, Text};

/// The switch, with `shown` pressed. A function, not a component: it has no state, and each
/// component costs its own copy of Yew's lifecycle code in the wasm.
pub fn lang_switch(shown: Lang, on_change: &Callback<Lang>) -> Html {
    html! {
        <div class="lang-switch" role="group" aria-label={text(shown, Text::LanguageLabel)}>
            { for Lang::ALL.into_iter().map(|lang| {
                // Each language is named in itself, so a reader of either
                // finds their own.
                let label = match lang {
                    Lang::Vi => "Tiếng Việt",
                    Lang::En => "English",
                };
                let pressed = if lang == shown { "true" } else { "false" };
                let onclick = on_change.reform(move |_: MouseEvent| lang);
                html! {
                    <button type="button" class="lang" lang={lang.code()} aria-pressed={pressed} {onclick}>{ label }</button>
                }
            }) }
        </div>
    }
}
