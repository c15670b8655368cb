//! The browser's speech synthesis, for players who read with difficulty.
//! Only used when a voice for the page's language exists.

use wasm_bindgen::JsCast;
use web_sys::{SpeechSynthesis, SpeechSynthesisUtterance, SpeechSynthesisVoice};

use crate::i18n::Lang;

fn synth() -> Option<SpeechSynthesis> {
    gloo::utils::window().speech_synthesis().ok()
}

/// A voice that speaks `lang`. Chrome on Android lists voices whose
/// language data is not installed and then reads in English; there, only a
/// voice on the device itself (`localService`) is trusted.
#[must_use]
pub fn voice_for(lang: Lang) -> Option<SpeechSynthesisVoice> {
    let on_android = gloo::utils::window()
        .navigator()
        .user_agent()
        .is_ok_and(|ua| ua.contains("Android"));
    synth()?
        .get_voices()
        .iter()
        .filter_map(|v| v.dyn_into::<SpeechSynthesisVoice>().ok())
        .filter(|v| Lang::from_code(&v.lang()) == Some(lang))
        .find(|v| !on_android || v.local_service())
}

/// Reads `text` aloud in `lang`, interrupting anything being read.
pub fn speak(text: &str, lang: Lang) {
    let (Some(synth), Some(voice)) = (synth(), voice_for(lang)) else {
        return;
    };
    synth.cancel();
    if let Ok(utterance) = SpeechSynthesisUtterance::new_with_text(text) {
        utterance.set_lang(&voice.lang());
        utterance.set_voice(Some(&voice));
        synth.speak(&utterance);
    }
}

/// Stops reading.
pub fn stop() {
    if let Some(synth) = synth() {
        synth.cancel();
    }
}

/// Whether something is being read now.
#[must_use]
pub fn speaking() -> bool {
    synth().is_some_and(|s| s.speaking())
}
