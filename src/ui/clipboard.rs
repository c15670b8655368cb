//! Copying text for the player (a challenge link, a result code). The
//! Clipboard API exists only on https and localhost; a commune laptop
//! serving the site over plain http has none, so the caller always shows
//! the text selectable as well.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Copies `text`; `false` when the browser offers no clipboard or refuses.
pub async fn copy(text: &str) -> bool {
    let navigator = gloo::utils::window().navigator();
    let Ok(clipboard) = js_sys::Reflect::get(&navigator, &"clipboard".into()) else {
        return false;
    };
    if clipboard.is_undefined() || clipboard.is_null() {
        return false;
    }
    let Ok(write) = js_sys::Reflect::get(&clipboard, &"writeText".into()) else {
        return false;
    };
    let Some(write) = write.dyn_ref::<js_sys::Function>() else {
        return false;
    };
    match write.call1(&clipboard, &text.into()) {
        Ok(promise) => match promise.dyn_into::<js_sys::Promise>() {
            Ok(promise) => JsFuture::from(promise).await.is_ok(),
            Err(_) => false,
        },
        Err(_) => false,
    }
}
