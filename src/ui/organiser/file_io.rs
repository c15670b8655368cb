//! The browser's side of importing: reading a chosen file's bytes, and
//! saving text as a download (a Blob behind an object URL and an
//! `<a download>`), so nothing leaves the device.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, HtmlInputElement, Url};

fn describe(e: &JsValue) -> String {
    e.as_string().unwrap_or_else(|| format!("{e:?}"))
}

/// The file chosen in `input`: its name and its bytes (a CSV's text or an
/// `.xlsx` workbook), or why it could not be read. `None` when no file is
/// chosen.
pub async fn read_chosen(input: &HtmlInputElement) -> Option<(String, Result<Vec<u8>, String>)> {
    let file = input.files()?.get(0)?;
    let name = file.name();
    let bytes = JsFuture::from(file.array_buffer())
        .await
        .map(|buffer| js_sys::Uint8Array::new(&buffer).to_vec())
        .map_err(|e| describe(&e));
    Some((name, bytes))
}

/// Offers `text` as a file named `name` to download.
pub fn download(name: &str, mime: &str, text: &str) -> Result<(), String> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let blob = Blob::new_with_str_sequence_and_options(&parts, &options).map_err(|e| describe(&e))?;
    let url = Url::create_object_url_with_blob(&blob).map_err(|e| describe(&e))?;
    let link: HtmlAnchorElement = gloo::utils::document()
        .create_element("a")
        .map_err(|e| describe(&e))?
        .dyn_into()
        .map_err(|e| describe(&e))?;
    link.set_href(&url);
    link.set_download(name);
    link.click();
    // The click has started the download; the URL is no longer needed.
    let _ignored = Url::revoke_object_url(&url);
    Ok(())
}
