//! The text size setting: 100%, 125% or 150% of the browser's size, for
//! players with weak eyesight. The layout is in rem, so everything scales.

use yew::prelude::*;

use crate::i18n::{text, Lang, Text};
use crate::storage::TextSize;

/// The switch, with `chosen` pressed. A function, not a component: it has no state, and each
/// component costs its own copy of Yew's lifecycle code in the wasm.
pub fn text_size_switch(lang: Lang, chosen: TextSize, on_change: &Callback<TextSize>) -> Html {
    html! {
        <div class="text-size" role="group" aria-labelledby="text-size-label">
            <span id="text-size-label">{ text(lang, Text::TextSize) }</span>
            { for TextSize::ALL.into_iter().map(|size| {
                let pressed = if size == chosen { "true" } else { "false" };
                let onclick = on_change.reform(move |_: MouseEvent| size);
                html! { <button type="button" class="size" aria-pressed={pressed} {onclick}>{ format!("{}%", size.percent()) }</button> }
            }) }
        </div>
    }
}
