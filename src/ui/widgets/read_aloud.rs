//! "Đọc to câu hỏi": reads the question and its options aloud, shown only
//! when the browser has a voice for the page's language. Reading stops when
//! the button goes away (the player moves on) or the language changes.

use gloo::events::EventListener;
use yew::prelude::*;

use crate::i18n::{text, Lang, Text};
use crate::ui::speech;

/// Whether to offer reading aloud: the browser has a voice for `lang`
/// (its voice list loads after the page starts, and is followed) and the
/// button is `shown`. When `shown` turns false or the screen goes, reading
/// stops. A hook the question screen calls, with `read_aloud` for the
/// button, not a component: each component costs its own copy of Yew's
/// lifecycle code in the wasm.
#[hook]
pub fn use_read_aloud(lang: Lang, shown: bool) -> bool {
    let has_voice = use_state(|| speech::voice_for(lang).is_some());
    {
        let has_voice = has_voice.clone();
        use_effect_with((lang, shown), move |&(lang, shown)| {
            let listener = if shown {
                has_voice.set(speech::voice_for(lang).is_some());
                gloo::utils::window().speech_synthesis().ok().map(|synth| {
                    EventListener::new(&synth, "voiceschanged", move |_| {
                        has_voice.set(speech::voice_for(lang).is_some());
                    })
                })
            } else {
                None
            };
            move || {
                drop(listener);
                speech::stop();
            }
        });
    }
    shown && *has_voice
}

/// The button that reads `script` (already in `lang`) aloud, or stops it.
pub fn read_aloud(lang: Lang, script: String) -> Html {
    let onclick = Callback::from(move |_: MouseEvent| {
        if speech::speaking() {
            speech::stop();
        } else {
            speech::speak(&script, lang);
        }
    });
    html! {
        <button type="button" class="button read-aloud" {onclick}>
            <span aria-hidden="true">{ "🔊 " }</span>{ text(lang, Text::ReadAloud) }
        </button>
    }
}
