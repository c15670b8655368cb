//! The text size setting: 100%, 125% or 150% of the browser's size, for
//! players with weak eyesight. The layout is in rem, so everything scales.

use yew::prelude::*;

use crate::i18n::{text, Lang, Text};
use crate::storage::TextSize;

#[derive(Properties, PartialEq)]
pub struct TextSizeSwitchProps {
    pub size: TextSize,
    pub on_change: Callback<TextSize>,
}

#[component]
pub fn TextSizeSwitch(props: &TextSizeSwitchProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    html! {
        <div class="text-size" role="group" aria-labelledby="text-size-label">
            <span id="text-size-label">{ text(lang, Text::TextSize) }</span>
            { for TextSize::ALL.into_iter().map(|size| {
                let pressed = if size == props.size { "true" } else { "false" };
                let onclick = props.on_change.reform(move |_: MouseEvent| size);
                html! { <button type="button" class="size" aria-pressed={pressed} {onclick}>{ format!("{}%", size.percent()) }</button> }
            }) }
        </div>
    }
}
