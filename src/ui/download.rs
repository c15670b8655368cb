//! Saving a file the app made (a ranking as CSV) to the player's device.

use wasm_bindgen::JsCast;

/// Offers `contents` as a download named `name`. `false` if the browser
/// would not make the file.
pub fn save(name: &str, mime: &str, contents: &str) -> bool {
    let parts = js_sys::Array::of1(&contents.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return false;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return false;
    };
    let document = gloo::utils::document();
    let Some(link) = document
        .create_element("a")
        .ok()
        .and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    else {
        return false;
    };
    link.set_href(&url);
    link.set_download(name);
    link.click();
    let _ignored = web_sys::Url::revoke_object_url(&url);
    true
}

/// The text of a file the player chose.
pub async fn read_file(file: web_sys::File) -> Option<String> {
    wasm_bindgen_futures::JsFuture::from(file.text())
        .await
        .ok()?
        .as_string()
}
