//! Files in and out, entirely on the phone: a download made from a Blob, and reading a picked
//! file's text. Works offline.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// The media type of an export.
pub const JSON: &str = "application/json";
/// The media type of an iCalendar file (RFC 5545).
pub const CALENDAR: &str = "text/calendar";

/// Offers `text` as a file download named `filename`, of media type `mime`.
pub fn download(filename: &str, mime: &str, text: &str) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let a: web_sys::HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    a.set_href(&url);
    a.set_download(filename);
    a.click();
    web_sys::Url::revoke_object_url(&url)?;
    Ok(())
}

/// The bytes of the first file chosen in an `<input type="file">`, at most `limit` of them
/// (None when nothing was chosen; Err(size) when it is larger).
pub async fn read_chosen(
    input: &web_sys::HtmlInputElement,
    limit: usize,
) -> Option<Result<Vec<u8>, usize>> {
    let file = input.files()?.get(0)?;
    let size = file.size() as usize;
    if size > limit {
        return Some(Err(size));
    }
    let buffer = JsFuture::from(file.array_buffer()).await.ok()?;
    Some(Ok(js_sys::Uint8Array::new(&buffer).to_vec()))
}
