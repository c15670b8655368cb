//! The browser's side of the tools page's files (the organiser's import, the
//! verify page's exports): reading a chosen file's bytes, and saving bytes or
//! text as a download (a Blob behind an object URL and an `<a download>`), so
//! nothing leaves the device.

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
    Some((file.name(), read_bytes(&file).await))
}

/// The bytes of `file`, or why the browser could not read them.
pub async fn read_bytes(file: &web_sys::File) -> Result<Vec<u8>, String> {
    let buffer = JsFuture::from(file.array_buffer()).await.map_err(|e| describe(&e))?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// Offers `text` as a file named `name` to download.
pub fn download(name: &str, mime: &str, text: &str) -> Result<(), String> {
    save_bytes(name, mime, text.as_bytes())
}

/// Offers `bytes` as a file named `name` to download.
pub fn save_bytes(name: &str, mime: &str, bytes: &[u8]) -> Result<(), String> {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let blob = Blob::new_with_u8_array_sequence_and_options(&parts, &options).map_err(|e| describe(&e))?;
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
