//! The Tiếng Việt / English switch.

use yew::prelude::*;

use crate::i18n::{text, Lang, Text};

#[derive(Properties, PartialEq)]
pub struct LangSwitchProps {
    pub lang: Lang,
    pub on_change: Callback<Lang>,
}

#[component]
pub fn LangSwitch(props: &LangSwitchProps) -> Html {
    html! {
        <div class="lang-switch" role="group" aria-label={text(props.lang, Text::LanguageLabel)}>
            { for Lang::ALL.into_iter().map(|lang| {
                // Each language is named in itself, so a reader of either
                // finds their own.
                let label = match lang {
                    Lang::Vi => "Tiếng Việt",
                    Lang::En => "English",
                };
                let pressed = if lang == props.lang { "true" } else { "false" };
                let onclick = props.on_change.reform(move |_: MouseEvent| lang);
                html! {
                    <button type="button" class="lang" lang={lang.code()} aria-pressed={pressed} {onclick}>{ label }</button>
                }
            }) }
        </div>
    }
}
