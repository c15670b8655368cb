//! The only module that touches browser storage. Keys carry a version; a
//! missing, unreadable or unknown value reads as `None`, and a failed write
//! is logged, never a crash: private windows and full storage are normal on
//! players' phones.

use crate::i18n::Lang;

/// The player's language choice.
const LANG_KEY: &str = "coopquiz.lang.v1";

fn local_storage() -> Option<web_sys::Storage> {
    // `local_storage()` throws in some private modes and when disabled.
    web_sys::window()?.local_storage().ok().flatten()
}

/// The language the player chose last time, if it was saved and readable.
#[must_use]
pub fn load_lang() -> Option<Lang> {
    let value = local_storage()?.get_item(LANG_KEY).ok().flatten()?;
    let lang = Lang::from_code(&value);
    if lang.is_none() {
        gloo::console::warn!(format!("ignoring unreadable {LANG_KEY}: {value:?}"));
        if let Some(storage) = local_storage() {
            let _removed = storage.remove_item(LANG_KEY);
        }
    }
    lang
}

/// Remembers the language; logs and carries on if storage refuses.
pub fn save_lang(lang: Lang) {
    match local_storage() {
        Some(storage) => {
            if storage.set_item(LANG_KEY, lang.code()).is_err() {
                gloo::console::warn!("could not save the language choice (storage full or blocked)");
            }
        }
        None => gloo::console::warn!("browser storage is unavailable; the language choice will not be kept"),
    }
}
