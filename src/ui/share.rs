//! The Web Share API (`navigator.share`, `navigator.canShare`): the phone's
//! own share sheet (Zalo, Messenger, Facebook…). Only some browsers have it,
//! mostly on phones, so callers show the share button only where it exists.
//! Called through `Reflect`, as web-sys marks these APIs unstable.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

fn navigator_fn(name: &str) -> Option<(JsValue, js_sys::Function)> {
    let navigator: JsValue = gloo::utils::window().navigator().into();
    let f = js_sys::Reflect::get(&navigator, &name.into()).ok()?;
    Some((navigator, f.dyn_into().ok()?))
}

/// Whether this browser can share text.
pub fn can_share() -> bool {
    navigator_fn("share").is_some()
}

fn share_data(title: &str, text: &str, file: Option<&web_sys::File>) -> JsValue {
    let data = js_sys::Object::new();
    let set = |key: &str, value: &JsValue| {
        let _ignored = js_sys::Reflect::set(&data, &key.into(), value);
    };
    set("title", &title.into());
    set("text", &text.into());
    if let Some(file) = file {
        set("files", &js_sys::Array::of1(file).into());
    }
    data.into()
}

/// Whether this browser can share `file` (an image) through the share sheet.
pub fn can_share_file(file: &web_sys::File) -> bool {
    navigator_fn("canShare").is_some_and(|(navigator, can)| {
        can.call1(&navigator, &share_data("", "", Some(file)))
            .is_ok_and(|answer| answer.is_truthy())
    })
}

/// Opens the share sheet; `false` if the player cancelled or sharing failed.
pub async fn share(title: &str, text: &str, file: Option<&web_sys::File>) -> bool {
    let Some((navigator, share)) = navigator_fn("share") else {
        return false;
    };
    match share.call1(&navigator, &share_data(title, text, file)) {
        Ok(promise) => match promise.dyn_into::<js_sys::Promise>() {
            Ok(promise) => JsFuture::from(promise).await.is_ok(),
            Err(_) => false,
        },
        Err(_) => false,
    }
}
