//! "Đọc to câu hỏi": reads the question and its options aloud, shown only
//! when the browser has a voice for the page's language. Reading stops when
//! the button goes away (the player moves on) or the language changes.

use gloo::events::EventListener;
use yew::prelude::*;

use crate::i18n::{text, Lang, Text};
use crate::ui::speech;

#[derive(Properties, PartialEq)]
pub struct ReadAloudProps {
    /// What to read, already in the page's language.
    pub script: AttrValue,
}

#[component]
pub fn ReadAloud(props: &ReadAloudProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let has_voice = use_state(|| speech::voice_for(lang).is_some());
    {
        // Browsers load their voice list after the page starts.
        let has_voice = has_voice.clone();
        use_effect_with(lang, move |lang| {
            let lang = *lang;
            has_voice.set(speech::voice_for(lang).is_some());
            let listener = gloo::utils::window().speech_synthesis().ok().map(|synth| {
                EventListener::new(&synth, "voiceschanged", move |_| {
                    has_voice.set(speech::voice_for(lang).is_some());
                })
            });
            move || {
                drop(listener);
                speech::stop();
            }
        });
    }
    if !*has_voice {
        return Html::default();
    }
    let onclick = {
        let script = props.script.clone();
        Callback::from(move |_: MouseEvent| {
            if speech::speaking() {
                speech::stop();
            } else {
                speech::speak(&script, lang);
            }
        })
    };
    html! {
        <button type="button" class="button read-aloud" {onclick}>
            <span aria-hidden="true">{ "🔊 " }</span>{ text(lang, Text::ReadAloud) }
        </button>
    }
}
